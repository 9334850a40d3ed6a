package nl.mantelsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Model;
import nl.mantelsim.population.Ipf;
import nl.mantelsim.report.StructureTally.Slot;

/**
 * How closely the simulated Netherlands of 1 January 2021 matches the published tables, cell by cell: every
 * margin the fit used (target, fitted weight, and the assembled synthetic population of replication 0 scaled to
 * the full population) and checks the fit did not use (households by size and type, the CBS narrow carer
 * definition, persons with a parent aged 80+, cost-sharers, care hours received, household consistency).
 */
public final class PopulationFit {
    private PopulationFit() {}

    /**
     * One cell; {@code count} rows are numbers of persons or households (the 1% rule applies to them). The tolerance
     * is 1%, or wider where the source publishes a figure only to a coarser precision (then the target is the middle
     * of the range the published words allow and the tolerance its half-width, both stated in the table name).
     */
    public record Row(String table, String cell, double target, double fitted, double synthetic, boolean count, double tolerance) {
        public Row(String table, String cell, double target, double fitted, double synthetic, boolean count) {
            this(table, cell, target, fitted, synthetic, count, TOLERANCE);
        }

        public double absoluteError() { return synthetic - target; }
        public double relativeError() { return target == 0 ? (synthetic == 0 ? 0 : Double.POSITIVE_INFINITY) : (synthetic - target) / target; }
    }

    public record TableSummary(String table, int cells, double srmse, Row worst) {}

    /** The rule of the fit report: cells of at least this many persons must be within this relative error. */
    public static final double LARGE_CELL = 10_000, TOLERANCE = 0.01;

    public static List<Row> rows(Model model, InputData in, long[] baseCells, long[] baseTally) {
        double scale = model.scale();
        double[] weights = model.fit().weights();
        double[] synthetic = new double[baseCells.length];
        for (int c = 0; c < baseCells.length; c++) synthetic[c] = baseCells[c] / scale;
        List<Row> rows = new ArrayList<>();
        for (Ipf.Margin m : model.fit().margins()) {
            double[] fitted = Ipf.sums(m, weights), synth = Ipf.sums(m, synthetic);
            for (int k = 0; k < m.targets().length; k++) {
                rows.add(new Row(m.name(), m.categoryNames()[k], m.targets()[k], fitted[k], synth[k], true));
            }
        }
        checks(rows, in, baseTally, scale);
        return rows;
    }

    private static void checks(List<Row> rows, InputData in, long[] t, double scale) {
        Table h = in.table(InputCatalog.HOUSEHOLDS);
        String[] measures = {"one_person_households", "households_2_persons", "households_3_persons", "households_4_persons", "households_5plus_persons"};
        for (int k = 0; k < 5; k++) {
            String measure = measures[k];
            double target = h.one(measure + " 2021", r -> r.is("measure", measure) && r.is("year", "2021")).number("value");
            rows.add(new Row("private households by size (CBS 37975, 2021; not fitted)", measure, target, Double.NaN,
                    Tally.structure(t, Slot.values()[Slot.HH_SIZE_1.ordinal() + k]) / scale, true));
        }
        double without = h.one("multi_person_households_without_children 2021", r -> r.is("measure", "multi_person_households_without_children") && r.is("year", "2021")).number("value");
        double with = h.one("multi_person_households_with_children 2021", r -> r.is("measure", "multi_person_households_with_children") && r.is("year", "2021")).number("value");
        rows.add(new Row("private households by type (CBS 37975, 2021; not fitted)", "multi-person without children", without, Double.NaN,
                (Tally.structure(t, Slot.HH_COUPLE_NO_CHILDREN) + Tally.structure(t, Slot.HH_OTHER)) / scale, true));
        rows.add(new Row("private households by type (CBS 37975, 2021; not fitted)", "multi-person with children", with, Double.NaN,
                (Tally.structure(t, Slot.HH_COUPLE_WITH_CHILDREN) + Tally.structure(t, Slot.HH_SINGLE_PARENT)) / scale, true));

        Table cbs = in.table(InputCatalog.CARER_PREVALENCE_CBS);
        int g = 0;
        double ageTableLevel = 0;
        for (Table.Row r : cbs.where(r -> r.is("definition", "cbs_narrow") && r.is("dimension", "age") && r.integer("year") == 2022)) {
            if (g >= StructureTally.NARROW_GROUPS) break;
            double pop = Tally.structure(t, Slot.POP_BY_AGE, g) / scale;
            ageTableLevel += r.number("share") * pop;
            rows.add(new Row("carers, CBS narrow definition, by age (CBS 2022; via care duration)", r.text("group"),
                    r.number("share") * pop, Double.NaN, Tally.structure(t, Slot.NARROW_BY_AGE, g) / scale, true));
            g++;
        }
        // CBS's two narrow tables disagree: the Gezondheidsenquête's shares by sex (16+) give 3% more carers than the
        // Gezondheidsmonitor's by age (20+). The age table wins on the level (the care-duration draw is solved to it,
        // and it is the larger survey); the sex table gives the split of those carers between women and men.
        double[] bySexTable = new double[2];
        String[] sexes = {"female", "male"};
        for (int s = 0; s < 2; s++) {
            String sex = sexes[s];
            double share = cbs.one("cbs_narrow " + sex + " 2022", r -> r.is("definition", "cbs_narrow") && r.is("group", sex) && r.integer("year") == 2022).number("share");
            bySexTable[s] = share * Tally.structure(t, s == 0 ? Slot.POP_FEMALE_16PLUS : Slot.POP_MALE_16PLUS) / scale;
        }
        for (int s = 0; s < 2; s++) {
            rows.add(new Row("carers, CBS narrow definition, 20+ by sex (CBS 2022 Gezondheidsenquête split, at the level of the age table)",
                    sexes[s], ageTableLevel * bySexTable[s] / (bySexTable[0] + bySexTable[1]), Double.NaN,
                    Tally.structure(t, s == 0 ? Slot.NARROW_FEMALE_20PLUS : Slot.NARROW_MALE_20PLUS) / scale, true));
        }
        Table wh = in.table(InputCatalog.WORKING_HOURS);
        Table receivers = in.table(InputCatalog.CARE_RECEIVERS);
        String[] receiverGroups = {"55-64", "65-74", "75+"};
        for (int sex = 0; sex < 2; sex++) {
            String sx = sex == 0 ? "male" : "female";
            for (int e = 0; e < 3; e++) {
                String group = "education " + nl.mantelsim.population.Cells.EDUCATION_NAMES[e];
                int k = sex * 3 + e;
                long employed = Tally.structure(t, Slot.EMPLOYED_BY_SEX_EDUCATION, k);
                double hours = wh.one("mean_usual_weekly_hours " + sx + " " + group, r -> r.is("measure", "mean_usual_weekly_hours")
                        && r.is("sex", sx) && r.is("group", group)).number("value");
                double partTime = wh.one("part_time_thousands " + sx + " " + group, r -> r.is("measure", "part_time_thousands")
                        && r.is("sex", sx) && r.is("group", group)).number("value")
                        / wh.one("employed_thousands " + sx + " " + group, r -> r.is("measure", "employed_thousands")
                        && r.is("sex", sx) && r.is("group", group)).number("value");
                rows.add(new Row("mean usual weekly hours by sex and education (CBS 82647NED 2022; drawn, not fitted)", sx + " " + group,
                        hours, Double.NaN, Tally.structure(t, Slot.WORK_MILLIHOURS_BY_SEX_EDUCATION, k) / 1000.0 / Math.max(1, employed), false));
                rows.add(new Row("employed working part-time (under 35 hours) by sex and education (CBS 82647NED 2022)", sx + " " + group,
                        partTime * employed / scale, Double.NaN, Tally.structure(t, Slot.PART_TIME_BY_SEX_EDUCATION, k) / scale, true));
            }
            for (int a = 0; a < 3; a++) {
                int g3 = a;
                String ag = receiverGroups[a];
                double share = receivers.one("receivers " + sx + " " + ag + " 2022", r -> r.is("sex", sx) && r.is("age_group", ag)
                        && r.integer("year") == 2022).number("share_receiving_informal_care");
                double pop = Tally.structure(t, Slot.POP_BY_SEX_AGE, sex * 3 + g3) / scale;
                rows.add(new Row("care receivers by sex and age, private households (CBS 2022; drawn, not fitted)", sx + " " + ag, share * pop,
                        Double.NaN, Tally.structure(t, Slot.RECEIVERS_BY_SEX_AGE, sex * 3 + g3) / scale, true));
            }
        }
        hoursByCare(rows, in.table(InputCatalog.CARE_AND_WORK), t);
        Table rel = in.table(InputCatalog.CARE_RELATIONS);
        Table.Row parents = rel.one("persons_with_parent_80plus", r -> r.is("measure", "persons_with_parent_80plus"));
        Published range = Published.of(parents);
        rows.add(new Row("kin: persons with a living parent aged 80+ (CBS 2022" + (range == null ? "" : String.format(Locale.ROOT,
                " '%s': %.2f-%.2f million", range.words(), range.from() / 1e6, range.to() / 1e6)) + "; derived kin, not fitted)", "all",
                range == null ? parents.number("value") : range.middle(), Double.NaN,
                Tally.structure(t, Slot.WITH_PARENT_80PLUS) / scale, true, range == null ? TOLERANCE : range.halfWidth()));
        Table pol = in.table(InputCatalog.POLICY_PARAMETERS);
        double shareSharers = pol.one("share_of_bijstand_recipients_under_kostendelersnorm", r -> r.is("parameter", "share_of_bijstand_recipients_under_kostendelersnorm")).number("value");
        long recipients = Tally.stock(t, Tally.Stock.BIJSTAND);
        rows.add(new Row("bijstand recipients sharing a home (kostendelersnorm; CBS 2022 share; from households)", "cost-sharers",
                shareSharers * recipients / scale, Double.NaN, Tally.stock(t, Tally.Stock.BIJSTAND_COST_SHARERS) / scale, true));
        Table hours = in.table(InputCatalog.CARE_RECEIVERS_HOURS);
        double h55 = hours.one("mean_informal_care_hours_received_55plus", r -> r.is("quantity", "mean_informal_care_hours_received_55plus")).number("value");
        rows.add(new Row("informal care hours received per week, receivers 55+ (CBS 2022)", "mean", h55, Double.NaN,
                Tally.structure(t, Slot.RECEIVED_MILLIHOURS_55PLUS) / 1000.0 / Math.max(1, Tally.structure(t, Slot.RECEIVERS_55PLUS)), false));
        for (Slot s : new Slot[] {Slot.BAD_PARTNER_LINK, Slot.CHILD_WITHOUT_PARENT, Slot.MIXED_INSTITUTION, Slot.HOUSEHOLD_SIZE_MISMATCH}) {
            rows.add(new Row("household consistency (must be 0)", s.name().toLowerCase(Locale.ROOT), 0, Double.NaN, Tally.structure(t, s) / scale, true));
        }
    }

    /**
     * SCP's hours of working carers among workers with a job of 12+ hours: the gaps of intensive carers and of all
     * carers to non-carers are what the hours draw is solved for (labour.HoursByCare); the levels and the hours of
     * intensive carers by sex are checks.
     */
    private static void hoursByCare(List<Row> rows, Table effects, long[] t) {
        String table = "weekly work hours, jobs of 12+ hours, by care (SCP 2019 Werk en mantelzorg; gaps to non-carers fitted by the hours draw)";
        long nf = Tally.stock(t, Tally.Stock.JOB12_INTENSIVE_FEMALE), nm = Tally.stock(t, Tally.Stock.JOB12_INTENSIVE_MALE);
        long hf = Tally.stock(t, Tally.Stock.JOB12_MILLIHOURS_INTENSIVE_FEMALE), hm = Tally.stock(t, Tally.Stock.JOB12_MILLIHOURS_INTENSIVE_MALE);
        rows.add(new Row(table, "intensive carers", scp(effects, "weekly_work_hours_intensive_carers", "all"), Double.NaN, mean(hf + hm, nf + nm), false));
        rows.add(new Row(table, "carers", scp(effects, "weekly_work_hours_carers", "all"), Double.NaN,
                mean(Tally.stock(t, Tally.Stock.JOB12_MILLIHOURS_CARERS), Tally.stock(t, Tally.Stock.JOB12_CARERS)), false));
        rows.add(new Row(table, "non-carers", scp(effects, "weekly_work_hours_non_carers", "all"), Double.NaN,
                mean(Tally.stock(t, Tally.Stock.JOB12_MILLIHOURS_NON_CARERS), Tally.stock(t, Tally.Stock.JOB12_NON_CARERS)), false));
        rows.add(new Row(table, "intensive carers, male (not fitted)", scp(effects, "intensive_carers_work_hours", "male"), Double.NaN, mean(hm, nm), false));
        rows.add(new Row(table, "intensive carers, female (not fitted)", scp(effects, "intensive_carers_work_hours", "female"), Double.NaN, mean(hf, nf), false));
    }

    /**
     * A figure published as "ruim X,Y miljoen" (a good X.Y million): the range its words allow, from X.Y million up
     * to the next step of its last digit (0.1 million for one decimal). A 1% rule cannot be checked against such a
     * figure, so the cell's target is the middle of the range and its tolerance the half-width.
     */
    record Published(String words, double from, double to) {
        private static final Pattern RUIM = Pattern.compile("ruim (\\d+),(\\d+) miljoen");

        /** The range quoted in the row's source, or null for a figure published exactly. */
        static Published of(Table.Row r) {
            Matcher m = RUIM.matcher(r.text("source"));
            if (!m.find()) return null;
            double from = Double.parseDouble(m.group(1) + "." + m.group(2)) * 1e6;
            if (Math.abs(from - r.number("value")) > 0.5) throw r.error("value", "the value " + r.number("value")
                    + " is not the '" + m.group() + "' its source quotes");
            return new Published(m.group(), from, from + 1e6 / Math.pow(10, m.group(2).length()));
        }

        double middle() { return (from + to) / 2; }

        double halfWidth() { return (to - from) / (to + from); }
    }

    private static double scp(Table effects, String quantity, String sex) {
        return effects.one(quantity + " " + sex, r -> r.is("quantity", quantity) && r.is("sex", sex)).number("value");
    }

    private static double mean(long millihours, long workers) { return workers == 0 ? Double.NaN : millihours / 1000.0 / workers; }

    public static void writeCsv(List<Row> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("table,cell,target,fitted,synthetic,absolute_error,relative_error,tolerance\n");
            for (Row r : rows) {
                w.write(String.format(Locale.ROOT, "\"%s\",\"%s\",%.3f,%s,%.3f,%.3f,%s,%s%n", r.table(), r.cell(), r.target(),
                        Double.isNaN(r.fitted()) ? "" : String.format(Locale.ROOT, "%.3f", r.fitted()), r.synthetic(),
                        r.absoluteError(), Double.isInfinite(r.relativeError()) ? "" : String.format(Locale.ROOT, "%.6f", r.relativeError()),
                        r.count() ? String.format(Locale.ROOT, "%.6f", r.tolerance()) : ""));
            }
        }
    }

    /** Standardised root mean square error per table (RMSE over the cells divided by the mean target). */
    public static List<TableSummary> summarise(List<Row> rows) {
        Map<String, List<Row>> byTable = new LinkedHashMap<>();
        for (Row r : rows) byTable.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(r);
        List<TableSummary> out = new ArrayList<>();
        for (var e : byTable.entrySet()) {
            double sq = 0, sum = 0;
            Row worst = null;
            for (Row r : e.getValue()) {
                sq += r.absoluteError() * r.absoluteError();
                sum += r.target();
                if (worst == null || Math.abs(r.absoluteError()) > Math.abs(worst.absoluteError())) worst = r;
            }
            int n = e.getValue().size();
            double mean = sum / n;
            out.add(new TableSummary(e.getKey(), n, mean == 0 ? Math.sqrt(sq / n) : Math.sqrt(sq / n) / mean, worst));
        }
        return out;
    }

    /** Cells of at least {@link #LARGE_CELL} whose synthetic value is further off than their tolerance ({@link #TOLERANCE} unless stated). */
    public static List<Row> largeCellsOff(List<Row> rows) {
        List<Row> off = new ArrayList<>();
        for (Row r : rows) {
            if (r.count() && r.target() >= LARGE_CELL && Math.abs(r.relativeError()) > r.tolerance()) off.add(r);
        }
        off.sort((a, b) -> Double.compare(Math.abs(b.relativeError()), Math.abs(a.relativeError())));
        return off;
    }
}
