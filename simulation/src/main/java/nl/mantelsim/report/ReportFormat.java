package nl.mantelsim.report;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting shared by the HTML tables and the chart axes, so both read the same way.
 *
 * <p>Thousands are separated by a plain space and decimals by a point (1 234 567.8): this is
 * unambiguous to Dutch and English readers alike, where "1.234" or "1,234" would be read
 * differently by each.
 */
final class ReportFormat {

    static final String NOT_AVAILABLE = "n/a";

    private ReportFormat() {
    }

    /** A fresh formatter (DecimalFormat is not thread-safe) with space grouping and point decimals. */
    static DecimalFormat grouped(int decimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator('.');
        symbols.setMinusSign('-');
        String pattern = decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0";
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** Axis labels: grouping as in the tables, but only as many decimals as the tick needs. */
    static DecimalFormat axis() {
        DecimalFormat format = grouped(0);
        format.setMaximumFractionDigits(3);
        return format;
    }

    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NOT_AVAILABLE;
        }
        String text = grouped(decimals).format(value);
        // "-0.0" after rounding reads as a real negative effect; show plain zero instead.
        return isZero(text) ? grouped(decimals).format(0.0) : text;
    }

    /** Like {@link #number} but with an explicit "+" so a difference's direction is always visible. */
    static String signed(double value, int decimals) {
        String text = number(value, decimals);
        if (text.equals(NOT_AVAILABLE) || isZero(text) || text.startsWith("-")) {
            return text;
        }
        return "+" + text;
    }

    private static boolean isZero(String formatted) {
        return formatted.replaceAll("[-0. ]", "").isEmpty();
    }
}
