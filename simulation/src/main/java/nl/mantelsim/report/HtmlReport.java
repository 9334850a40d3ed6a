package nl.mantelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/**
 * Writes the run's {@code index.html}: one self-contained page (inline CSS, no scripts, no
 * external resources) that can be mailed or archived and still opens years later. The markup is well-formed XML
 * (void elements closed, no named entities but XML's own), so {@link PdfReport} can read it without an HTML parser.
 */
public final class HtmlReport {

    /** Years a policy reader looks for; only those simulated are shown. */
    private static final int[] KEY_YEARS = {2025, 2030, 2035, 2040};

    /** How a model value is shown: multiplied by {@code scale}, with {@code decimals} digits. */
    private enum Kind {
        COUNT(1, 0), RATIO(1, 2), PERCENT(100, 1), HOURS(1, 1), POINTS(1, 1), MILLIONS(1e-6, 1);

        final double scale;
        final int decimals;

        Kind(double scale, int decimals) {
            this.scale = scale;
            this.decimals = decimals;
        }
    }

    private record Line(String label, String indicator, String group, Kind kind, String unit) {
        /** A difference of shares is in percentage points, not percent. */
        String differenceUnit() {
            return kind == Kind.PERCENT ? "percentage points" : unit;
        }
    }

    private static final List<Line> LINES = List.of(
            new Line("Population, all ages", "population", "all", Kind.COUNT, "persons"),
            new Line("Mantelzorgratio (50-74 per 85+)", "mantelzorgratio", "all", Kind.RATIO, "ratio"),
            new Line("Carers", "carers", "all", Kind.COUNT, "persons"),
            new Line("Intensive carers", "intensive_carers", "all", Kind.COUNT, "persons"),
            new Line("Working carers", "working_carers", "all", Kind.COUNT, "persons"),
            new Line("Care receivers", "care_receivers", "all", Kind.COUNT, "persons"),
            new Line("Employment rate 15-74, all", "employment_rate_15_74", "all", Kind.PERCENT, "%"),
            new Line("Employment rate 15-74, women", "employment_rate_15_74", "female", Kind.PERCENT, "%"),
            new Line("Employment rate 15-74, men", "employment_rate_15_74", "male", Kind.PERCENT, "%"),
            new Line("Mean work hours, employed women", "mean_work_hours", "female", Kind.HOURS, "hours/week"),
            new Line("Mean work hours, employed men", "mean_work_hours", "male", Kind.HOURS, "hours/week"),
            new Line("Mean work hours, intensive carers (jobs of 12+ hours; SCP: 31)", "mean_work_hours", "intensive_carers_12h", Kind.HOURS,
                    "hours/week"),
            new Line("Mean work hours, non-carers (jobs of 12+ hours; SCP: 35)", "mean_work_hours", "non_carers_12h", Kind.HOURS, "hours/week"),
            new Line("Labour supply (36-hour FTE)", "fte", "all", Kind.COUNT, "FTE"),
            new Line("Gender gap in employment (men - women)", "gender_gap_employment_pp", "all", Kind.POINTS,
                    "percentage points"),
            new Line("Gender gap in work hours (men - women)", "gender_gap_hours", "all", Kind.HOURS, "hours/week"),
            new Line("Public cost, total", "public_cost_eur", "total", Kind.MILLIONS, "EUR million/year"),
            new Line("Public cost, paid care leave", "public_cost_eur", "paid_leave", Kind.MILLIONS,
                    "EUR million/year"),
            new Line("Public cost, respite care (respijtzorg)", "public_cost_eur", "respijtzorg", Kind.MILLIONS,
                    "EUR million/year"),
            new Line("Public cost, kostendelersnorm", "public_cost_eur", "kostendelersnorm", Kind.MILLIONS,
                    "EUR million/year"),
            new Line("Public cost, SZW (leave benefit, extra bijstand)", "public_cost_eur", "szw", Kind.MILLIONS, "EUR million/year"),
            new Line("Public cost, VWS (respijtzorg)", "public_cost_eur", "vws", Kind.MILLIONS, "EUR million/year"),
            new Line("Employers' continued pay (leave and care-related sickness)", "public_cost_eur", "employers", Kind.MILLIONS, "EUR million/year"),
            new Line("Employers' continued pay during care-related sickness absence", "public_cost_eur", "employers_sickness", Kind.MILLIONS,
                    "EUR million/year"),
            new Line("Public return, Finance (tax and premiums)", "public_return_eur", "finance", Kind.MILLIONS, "EUR million/year"),
            new Line("of which tax on the leave benefit", "public_return_eur", "finance_leave_benefit", Kind.MILLIONS, "EUR million/year"),
            new Line("Public return, SZW (bijstand saved)", "public_return_eur", "szw", Kind.MILLIONS, "EUR million/year"),
            new Line("Public return, VWS (formal care saved)", "public_return_eur", "vws", Kind.MILLIONS, "EUR million/year"),
            new Line("Net public cost", "net_public_cost_eur", "all", Kind.MILLIONS, "EUR million/year"),
            new Line("Gender gap in FTE per person 15-74 (men - women)", "gender_gap_fte", "all", Kind.RATIO, "FTE/person"),
            new Line("Working intensive carers", "working_intensive_carers", "all", Kind.COUNT, "persons"),
            new Line("Share of workers 16-69 who care, women", "share_of_workers_16_69_who_care", "female", Kind.PERCENT, "%"),
            new Line("Employees with hours cut for care", "employees_reduced_hours_for_care", "all", Kind.COUNT, "persons"),
            new Line("Employees who stopped work for care (year)", "employees_stopped_work_for_care", "all", Kind.COUNT, "persons"),
            new Line("Long-term sickness absence related to care (year)", "sickness_absence_care", "all", Kind.COUNT, "persons"),
            new Line("Care leave users (year)", "leave_users", "all", Kind.COUNT, "persons"),
            new Line("Care leave weeks (year)", "leave_weeks", "all", Kind.COUNT, "weeks"),
            new Line("Respijtzorg users (year)", "respite_users", "all", Kind.COUNT, "persons"),
            new Line("Carers living with the person cared for", "cohabiting_carers", "all", Kind.COUNT, "persons"),
            new Line("Carers' income loss from care", "income_loss_carers_eur", "all", Kind.MILLIONS, "EUR million/year"));

    private static final Map<String, String> CAPTIONS = Map.of(
            "population.png", "Population of the Netherlands, all ages.",
            "mantelzorgratio.png", "Mantelzorgratio: persons aged 50-74 per person aged 85+. A falling ratio "
                    + "means fewer potential carers per very old person.",
            "employment_rate.png", "Employment rate of persons aged 15-74, in percent.",
            "fte_vs_baseline.png", "Labour supply in 36-hour full-time equivalents: paired difference of each "
                    + "scenario with the baseline.",
            "intensive_carers.png", "Number of intensive carers.",
            "public_cost.png", "Total public cost of the policy levers, in millions of euros per year.");

    private static final String CSS = String.join("\n",
            "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;"
                    + "line-height:1.45;padding:0 1em}",
            "h1{font-size:1.7em}h2{font-size:1.3em;margin-top:2em;border-bottom:1px solid #ccc}",
            "table{border-collapse:collapse;margin:0.8em 0}",
            "th,td{border:1px solid #ccc;padding:0.3em 0.6em;white-space:nowrap}",
            "th{background:#f0f0f0;text-align:center}td.num{text-align:right;font-variant-numeric:tabular-nums}",
            "td.label{text-align:left}.band{color:#666;font-size:0.85em}",
            // Wide year x scenario tables scroll sideways; keep the indicator name in view.
            "tbody td:first-child{position:sticky;left:0;background:#fff}",
            "thead tr:first-child th:first-child{position:sticky;left:0}",
            "figure{margin:1.5em 0}img{max-width:100%;height:auto;border:1px solid #ddd}",
            "figcaption{color:#444;font-size:0.95em}.note{color:#444}.scroll{overflow-x:auto}");

    private HtmlReport() {
    }

    /** Writes the report to {@code indexHtml}, creating parent folders; charts are linked as charts/NAME. */
    public static void write(Path indexHtml, String runId, LinkedHashMap<String, String> runFacts,
                             List<IndicatorRow> rows, List<String> scenarios, List<String> chartFiles)
            throws IOException {
        write(indexHtml, runId, runFacts, rows, scenarios, chartFiles, List.of());
    }

    /**
     * As above, with further sections (for example the base-population fit) appended before the reading note.
     * Each section is an HTML fragment whose text its maker has already escaped.
     */
    public static void write(Path indexHtml, String runId, LinkedHashMap<String, String> runFacts,
                             List<IndicatorRow> rows, List<String> scenarios, List<String> chartFiles,
                             List<String> sections) throws IOException {
        write(indexHtml, runId, runFacts, rows, scenarios, chartFiles, List.of(), sections);
    }

    /**
     * As above, with {@code leadSections} (for example the one-screen summary) placed right under the title, before
     * the run facts, so a reader sees the answer first. Fragments are escaped by their makers.
     */
    public static void write(Path indexHtml, String runId, LinkedHashMap<String, String> runFacts,
                             List<IndicatorRow> rows, List<String> scenarios, List<String> chartFiles,
                             List<String> leadSections, List<String> sections) throws IOException {
        IndicatorSummary summary = new IndicatorSummary(rows);
        String reference = IndicatorSummary.referenceScenario(scenarios);
        List<Integer> years = tableYears(summary);
        String title = "Mantelsim run " + (runId == null ? "" : runId);

        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        for (String section : leadSections) h.append(section);

        h.append("<h2>Run facts</h2>\n<table>\n");
        if (runFacts != null) {
            for (Map.Entry<String, String> fact : runFacts.entrySet()) {
                h.append("<tr><th scope=\"row\">").append(Html.escape(fact.getKey())).append("</th><td>")
                        .append(Html.escape(fact.getValue())).append("</td></tr>\n");
            }
        }
        h.append("<tr><th scope=\"row\">replications</th><td>").append(summary.replicationCount()).append("</td></tr>\n");
        h.append("<tr><th scope=\"row\">scenarios</th><td>").append(Html.escape(String.join(", ", scenarios)))
                .append("</td></tr>\n</table>\n");

        if (years.isEmpty()) {
            h.append("<p>This run produced no indicator values.</p>\n");
        } else {
            h.append("<h2>Key indicators</h2>\n<p class=\"note\">Mean over replications.</p>\n");
            levelTable(h, summary, scenarios, years);
            h.append("<h2>Differences with ").append(Html.escape(reference)).append("</h2>\n");
            List<String> others = new ArrayList<>(scenarios);
            others.remove(reference);
            if (others.isEmpty()) {
                h.append("<p>Only the ").append(Html.escape(reference))
                        .append(" scenario was run, so there are no differences to show.</p>\n");
            } else {
                h.append("<p class=\"note\">Scenario minus ").append(Html.escape(reference))
                        .append(", computed per replication and then averaged")
                        .append(summary.replicationCount() > 1
                                ? "; below each value its 95% interval (mean \u00b1 t \u00d7 standard error of the "
                                  + "per-replication differences)." : ".")
                        .append("</p>\n");
                differenceTable(h, summary, others, reference, years);
            }
        }

        if (!chartFiles.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            for (String file : chartFiles) {
                String caption = CAPTIONS.getOrDefault(file, "Chart " + file + ".");
                h.append("<figure><img src=\"charts/").append(Html.escape(file)).append("\" alt=\"")
                        .append(Html.escape(caption)).append("\"/>\n<figcaption>").append(Html.escape(caption))
                        .append("</figcaption></figure>\n");
            }
        }
        for (String section : sections) h.append(section);
        readingNote(h, reference, summary.replicationCount());
        h.append("</body>\n</html>\n");

        Path parent = indexHtml.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(indexHtml, h.toString(), StandardCharsets.UTF_8);
    }

    /** The key years that were simulated; failing that the last year, so a short run still shows something. */
    private static List<Integer> tableYears(IndicatorSummary summary) {
        SortedSet<Integer> present = summary.years();
        List<Integer> years = new ArrayList<>();
        for (int y : KEY_YEARS) {
            if (present.contains(y)) {
                years.add(y);
            }
        }
        if (years.isEmpty() && !present.isEmpty()) {
            years.add(present.last());
        }
        return years;
    }

    private static void levelTable(StringBuilder h, IndicatorSummary summary, List<String> scenarios,
                                   List<Integer> years) {
        header(h, scenarios, years);
        for (Line line : LINES) {
            if (!summary.hasIndicator(line.indicator(), line.group())) {
                continue;
            }
            rowStart(h, line.label(), line.unit());
            for (int year : years) {
                for (String s : scenarios) {
                    Optional<IndicatorSummary.Band> band = summary.level(s, year, line.indicator(), line.group());
                    h.append("<td class=\"num\">").append(band.map(b -> ReportFormat.number(
                            b.mean() * line.kind().scale, line.kind().decimals)).orElse("-")).append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static void differenceTable(StringBuilder h, IndicatorSummary summary, List<String> others,
                                        String reference, List<Integer> years) {
        header(h, others, years);
        for (Line line : LINES) {
            if (!summary.hasIndicator(line.indicator(), line.group())) {
                continue;
            }
            rowStart(h, line.label(), line.differenceUnit());
            Kind k = line.kind();
            for (int year : years) {
                for (String s : others) {
                    Optional<IndicatorSummary.Band> band =
                            summary.difference(s, reference, year, line.indicator(), line.group());
                    h.append("<td class=\"num\">");
                    if (band.isEmpty()) {
                        h.append("-");
                    } else {
                        IndicatorSummary.Band b = band.get();
                        h.append(ReportFormat.signed(b.mean() * k.scale, k.decimals));
                        if (b.hasSpread()) {
                            h.append("<br/><span class=\"band\">[").append(ReportFormat.signed(b.lower95() * k.scale, k.decimals))
                                    .append(", ").append(ReportFormat.signed(b.upper95() * k.scale, k.decimals))
                                    .append("]</span>");
                        }
                    }
                    h.append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** Two header rows: years spanning their scenarios, then the scenario names. */
    private static void header(StringBuilder h, List<String> scenarios, List<Integer> years) {
        h.append("<div class=\"scroll\"><table>\n<thead><tr><th rowspan=\"2\">Indicator</th><th rowspan=\"2\">Unit</th>");
        for (int year : years) {
            h.append("<th colspan=\"").append(scenarios.size()).append("\">").append(year).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (int i = 0; i < years.size(); i++) {
            for (String s : scenarios) {
                h.append("<th>").append(Html.escape(s)).append("</th>");
            }
        }
        h.append("</tr></thead>\n<tbody>\n");
    }

    private static void rowStart(StringBuilder h, String label, String unit) {
        h.append("<tr><td class=\"label\">").append(Html.escape(label)).append("</td><td class=\"label\">")
                .append(Html.escape(unit)).append("</td>");
    }

    private static void readingNote(StringBuilder h, String reference, int replications) {
        h.append("<h2>How to read these numbers</h2>\n<ul class=\"note\">\n")
                .append("<li>Counts (population, carers, care receivers, FTE) are scaled up from the simulated ")
                .append("sample to the full Dutch population.</li>\n")
                .append("<li>Numbers use a space as thousands separator and a point for decimals ")
                .append("(1 234 567.8). Costs are in millions of euros per year.</li>\n")
                .append("<li>Each value is the mean over ").append(replications).append(replications == 1
                        ? " replication, so no interval over replications can be shown.</li>\n"
                        : " replications. The interval [low, high] under a difference is its 95% interval over "
                          + "replications (Student's t with " + (replications - 1) + " degrees of freedom): it shows "
                          + "simulation noise, not the uncertainty of the model's assumptions. The same intervals "
                          + "for every indicator are in summary.csv.</li>\n")
                .append("<li>Differences are paired: in each replication a scenario uses the same random numbers ")
                .append("as ").append(Html.escape(reference)).append(", the difference is taken within the ")
                .append("replication and then averaged. Noise shared by both runs cancels, so a difference is ")
                .append("more precise than comparing two levels by eye.</li>\n")
                .append("<li>Differences in employment rates are in percentage points.</li>\n</ul>\n");
    }
}
