package nl.mantelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * reports/index.html: every published run, newest first, with what a reader needs to pick one (plan, start,
 * scale, years, replications, scenarios, code) and a link to its report. Rewritten after every publish, through a
 * temporary file, so a reader never sees half a page.
 */
public final class RunIndex {
    private RunIndex() {}

    public static final String FILE = "index.html";

    public static void write(Path reportsDir) throws IOException {
        List<PublishedRuns.Run> runs = PublishedRuns.list(reportsDir);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mantelsim runs</title>\n")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}</style></head><body>\n")
                .append("<h1>Mantelsim runs</h1>\n<p>").append(runs.size()).append(" published run(s), newest first.</p>\n")
                .append("<table>\n<tr><th>run</th><th>plan</th><th>start (UTC)</th><th>scale</th><th>until</th>")
                .append("<th>replications</th><th>scenarios</th><th>git commit</th><th>reused from</th><th>gate</th></tr>\n");
        for (PublishedRuns.Run r : runs) {
            List<String> scenarios = new ArrayList<>();
            r.manifest().path("scenario_overrides").fieldNames().forEachRemaining(scenarios::add);
            String link = Html.escape(r.id()) + "/index.html";
            h.append("<tr><td><a href=\"").append(link).append("\">").append(Html.escape(r.id())).append("</a></td>")
                    .append(td(r.text("plan_name"))).append(td(r.startTime())).append(td(r.text("scale")))
                    .append(td(r.text("until"))).append(td(r.text("replications")))
                    .append(td(String.join(", ", scenarios))).append(td(r.text("git_commit")))
                    .append(td(r.text("reused_from"))).append(td(r.manifest().path("gate").path("status").asText("")))
                    .append("</tr>\n");
        }
        h.append("</table>\n</body></html>\n");
        Path tmp = reportsDir.resolve(".index.html.tmp");
        Files.writeString(tmp, h.toString(), StandardCharsets.UTF_8);
        Files.move(tmp, reportsDir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String td(String text) {
        return "<td>" + Html.escape(text) + "</td>";
    }
}
