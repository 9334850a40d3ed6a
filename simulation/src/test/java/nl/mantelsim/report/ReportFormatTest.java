package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void groupsThousandsWithSpaceAndSignsDifferences() {
        assertEquals("17 500 000", ReportFormat.number(17_499_999.6, 0));
        assertEquals("72.5", ReportFormat.number(0.725 * 100, 1));
        assertEquals("+1 234.6", ReportFormat.signed(1234.56, 1));
        assertEquals("-2 000", ReportFormat.signed(-2000, 0));
        assertEquals("0.0", ReportFormat.signed(-0.01, 1));
        assertEquals("n/a", ReportFormat.number(Double.NaN, 1));
    }

    @Test
    void escapesMarkup() {
        assertEquals("a&lt;b &amp; &quot;c&quot; &#39;d&#39; e&gt;", Html.escape("a<b & \"c\" 'd' e>"));
        assertEquals("", Html.escape(null));
    }
}
