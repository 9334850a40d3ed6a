package nl.mantelsim.report;

import static nl.mantelsim.report.CsvCells.num;
import static nl.mantelsim.report.CsvCells.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed between two published runs A and B: files (plan, scenarios, inputs) whose SHA-256 differs or that
 * only one run read, settings that differ, and indicator means that moved: beyond A's 95% interval when A has
 * one (more than one replication), else by more than a relative tolerance.
 */
public final class RunComparison {
    private RunComparison() {}

    /** One differing file or setting: kind is plan, scenario, input or setting. */
    public record Difference(String kind, String item, String a, String b) {}

    public record Moved(SummaryCsv.Cell cell, double meanA, double meanB, double ci95LowA, double ci95HighA, String rule) {}

    public record Result(String runA, String runB, List<Difference> differences, List<Moved> moved, int cellsCompared) {}

    static final List<String> SETTINGS = List.of("plan_name", "seed", "scale", "base_year", "until", "replications",
            "block_size", "partitions", "git_commit");

    public static Result compare(PublishedRuns.Run a, PublishedRuns.Run b, double tolerance) throws IOException {
        List<Difference> diffs = new ArrayList<>();
        for (String[] section : new String[][] {{"plan", "plan"}, {"scenarios", "scenario"}, {"inputs", "input"}}) {
            Map<String, String> fa = files(a.manifest().path(section[0])), fb = files(b.manifest().path(section[0]));
            TreeMap<String, String> all = new TreeMap<>(fa);
            fb.forEach(all::putIfAbsent);
            for (String f : all.keySet()) {
                if (!Objects.equals(fa.get(f), fb.get(f))) diffs.add(new Difference(section[1], f, orAbsent(fa.get(f)), orAbsent(fb.get(f))));
            }
        }
        for (String s : SETTINGS) {
            String va = a.text(s), vb = b.text(s);
            if (!va.equals(vb)) diffs.add(new Difference("setting", s, va, vb));
        }
        Map<SummaryCsv.Cell, SummaryCsv.Mean> sa = SummaryCsv.read(a.dir().resolve("summary.csv"));
        Map<SummaryCsv.Cell, SummaryCsv.Mean> sb = SummaryCsv.read(b.dir().resolve("summary.csv"));
        List<Moved> moved = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<SummaryCsv.Cell, SummaryCsv.Mean> e : sa.entrySet()) {
            SummaryCsv.Mean ma = e.getValue(), mb = sb.get(e.getKey());
            if (mb == null) {
                moved.add(new Moved(e.getKey(), ma.mean(), Double.NaN, ma.ci95Low(), ma.ci95High(), "only in A"));
                continue;
            }
            compared++;
            if (Double.isNaN(ma.mean()) || Double.isNaN(mb.mean())) {
                if (Double.isNaN(ma.mean()) != Double.isNaN(mb.mean())) {
                    moved.add(new Moved(e.getKey(), ma.mean(), mb.mean(), ma.ci95Low(), ma.ci95High(), "defined in one run only"));
                }
            } else if (ma.hasInterval()) {
                if (mb.mean() < ma.ci95Low() || mb.mean() > ma.ci95High()) {
                    moved.add(new Moved(e.getKey(), ma.mean(), mb.mean(), ma.ci95Low(), ma.ci95High(), "outside A's 95% interval"));
                }
            } else if (SummaryCsv.relativeChange(ma.mean(), mb.mean()) > tolerance) {
                moved.add(new Moved(e.getKey(), ma.mean(), mb.mean(), ma.ci95Low(), ma.ci95High(), "relative change above " + tolerance));
            }
        }
        for (SummaryCsv.Cell c : sb.keySet()) {
            if (!sa.containsKey(c)) moved.add(new Moved(c, Double.NaN, sb.get(c).mean(), Double.NaN, Double.NaN, "only in B"));
        }
        return new Result(a.id(), b.id(), diffs, moved, compared);
    }

    private static Map<String, String> files(JsonNode list) {
        Map<String, String> m = new TreeMap<>();
        // Copies of data/ elsewhere are compared by their path inside the data folder.
        for (JsonNode f : list) m.put(f.path("file").asText().replaceFirst("^.*?data/", "data/"), f.path("sha256").asText());
        return m;
    }

    private static String orAbsent(String s) {
        return s == null ? "(absent)" : s;
    }

    /** changes.csv (files and settings), indicators.csv (cells that moved) and index.html into the folder. */
    public static void write(Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder c = new StringBuilder("kind,item,a,b\n");
        for (Difference d : r.differences()) c.append(text(d.kind())).append(',').append(text(d.item())).append(',')
                .append(text(d.a())).append(',').append(text(d.b())).append('\n');
        Files.writeString(dir.resolve("changes.csv"), c, StandardCharsets.UTF_8);
        StringBuilder i = new StringBuilder("scenario,year,indicator,group,mean_a,mean_b,ci95_low_a,ci95_high_a,rule\n");
        for (Moved m : r.moved()) i.append(text(m.cell().scenario())).append(',').append(m.cell().year()).append(',')
                .append(text(m.cell().indicator())).append(',').append(text(m.cell().group())).append(',')
                .append(num(m.meanA())).append(',').append(num(m.meanB())).append(',').append(num(m.ci95LowA())).append(',')
                .append(num(m.ci95HighA())).append(',').append(text(m.rule())).append('\n');
        Files.writeString(dir.resolve("indicators.csv"), i, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.html"), html(r), StandardCharsets.UTF_8);
    }

    private static String html(Result r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Compare ")
                .append(Html.escape(r.runA())).append(" and ").append(Html.escape(r.runB())).append("</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}</style></head><body>\n")
                .append("<h1>What changed from ").append(Html.escape(r.runA())).append(" (A) to ").append(Html.escape(r.runB()))
                .append(" (B)</h1>\n<h2>Files and settings</h2>\n");
        if (r.differences().isEmpty()) h.append("<p>Same plan, scenario and input files (by SHA-256) and the same settings.</p>\n");
        else {
            h.append("<table><tr><th>kind</th><th>item</th><th>A</th><th>B</th></tr>\n");
            for (Difference d : r.differences()) h.append("<tr><td>").append(Html.escape(d.kind())).append("</td><td>")
                    .append(Html.escape(d.item())).append("</td><td>").append(Html.escape(d.a())).append("</td><td>")
                    .append(Html.escape(d.b())).append("</td></tr>\n");
            h.append("</table>\n");
        }
        h.append("<h2>Indicators that moved</h2>\n<p>").append(r.moved().size()).append(" of ").append(r.cellsCompared())
                .append(" cells compared (mean over replications; against A's 95% interval where A has one, else a relative tolerance).</p>\n");
        if (!r.moved().isEmpty()) {
            h.append("<table><tr><th>scenario</th><th>year</th><th>indicator</th><th>group</th><th>mean A</th><th>mean B</th><th>rule</th></tr>\n");
            for (Moved m : r.moved()) h.append("<tr><td>").append(Html.escape(m.cell().scenario())).append("</td><td>")
                    .append(m.cell().year()).append("</td><td>").append(Html.escape(m.cell().indicator())).append("</td><td>")
                    .append(Html.escape(m.cell().group())).append("</td><td>").append(num(m.meanA())).append("</td><td>")
                    .append(num(m.meanB())).append("</td><td>").append(Html.escape(m.rule())).append("</td></tr>\n");
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
