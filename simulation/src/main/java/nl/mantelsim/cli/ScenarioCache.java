package nl.mantelsim.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.cost.PublicReturns;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorSummary;
import nl.mantelsim.report.PublishedRuns;

/**
 * Reuse of single scenarios: a scenario whose key (code, shared inputs, its own file, settings; see
 * {@code CacheKey.scenarioKeys}) equals one recorded in an earlier complete run's `scenario_cache` takes its
 * indicator rows from that run's indicators.csv instead of being simulated again. A scenario's rows do not
 * depend on the other scenarios of its run, but for the public returns, which are differences with the baseline
 * and are recomputed from the rows; the summary, charts and report are built from the rows as always.
 */
final class ScenarioCache {
    /** Where one scenario's rows come from: {@code run} is null when it is computed in this run. */
    record Source(String key, PublishedRuns.Run run) {
        String describe() { return run == null ? "computed" : "reused from " + run.id(); }
    }

    private final Map<String, Source> sources;

    private ScenarioCache(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** Every scenario computed; the keys are recorded so that later runs may reuse them. */
    static ScenarioCache computeAll(Map<String, String> keys) {
        Map<String, Source> s = new LinkedHashMap<>();
        keys.forEach((name, key) -> s.put(name, new Source(key, null)));
        return new ScenarioCache(s);
    }

    /**
     * Each scenario from the newest complete run in {@code reportsDir} that recorded the same key, else computed.
     * When every scenario could be reused the first (the baseline) is computed all the same: the run's base
     * population figures (fit report, persons simulated) come from the simulation.
     */
    static ScenarioCache lookup(Path reportsDir, Map<String, String> keys) throws IOException {
        List<PublishedRuns.Run> runs = PublishedRuns.list(reportsDir);
        Map<String, Source> s = new LinkedHashMap<>();
        keys.forEach((name, key) -> s.put(name, new Source(key, runs.stream()
                .filter(r -> key.equals(r.manifest().path("scenario_cache").path(name).path("key").asText(null)))
                .filter(r -> Files.isRegularFile(r.dir().resolve("indicators.csv")))
                .findFirst().orElse(null))));
        if (!s.isEmpty() && s.values().stream().allMatch(src -> src.run() != null)) {
            String first = s.keySet().iterator().next();
            s.put(first, new Source(s.get(first).key(), null));
        }
        return new ScenarioCache(s);
    }

    boolean computes(String scenario) {
        Source s = sources.get(scenario);
        return s == null || s.run() == null;
    }

    boolean reusesAny() {
        return sources.values().stream().anyMatch(s -> s.run() != null);
    }

    /** For the report's run facts: "paid-leave (run-id), ..." for the reused scenarios. */
    String reusedSummary() {
        List<String> parts = new ArrayList<>();
        sources.forEach((name, s) -> {
            if (s.run() != null) parts.add(name + " (" + s.run().id() + ")");
        });
        return String.join(", ", parts);
    }

    /** For the manifest: per scenario its key and "computed" or "reused from RUN-ID". */
    Map<String, Map<String, String>> manifest() {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        sources.forEach((name, s) -> {
            Map<String, String> e = new LinkedHashMap<>();
            e.put("key", s.key());
            e.put("source", s.describe());
            m.put(name, e);
        });
        return m;
    }

    /**
     * The run's rows: the computed scenarios' rows and the reused scenarios' rows read back (doubles are written in
     * a form that reads back to the same value), with the public returns taken again against the reference.
     */
    List<IndicatorRow> combine(List<IndicatorRow> computed, List<Scenario> scenarios) throws IOException {
        if (!reusesAny()) return computed;
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorRow r : computed) if (!PublicReturns.INDICATORS.contains(r.indicator())) rows.add(r);
        for (Scenario sc : scenarios) {
            Source s = sources.get(sc.name());
            if (s != null && s.run() != null) rows.addAll(read(s.run().dir().resolve("indicators.csv"), sc.name()));
        }
        Map<String, Parameters> parameters = new HashMap<>();
        for (Scenario sc : scenarios) parameters.put(sc.name(), sc.parameters());
        String reference = IndicatorSummary.referenceScenario(scenarios.stream().map(Scenario::name).toList());
        rows.addAll(PublicReturns.rows(rows, reference, parameters));
        return rows;
    }

    /** One scenario's rows of an indicators.csv, without the public returns (they are derived, not simulated). */
    static List<IndicatorRow> read(Path indicatorsCsv, String scenario) throws IOException {
        List<IndicatorRow> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(indicatorsCsv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (!"scenario,replication,year,indicator,group,value".equals(header)) {
                throw new IOException(indicatorsCsv + ": unexpected header " + header);
            }
            String prefix = scenario + ",";
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith(prefix)) continue;
                String[] f = line.split(",", -1);
                if (f.length != 6) throw new IOException(indicatorsCsv + ": malformed line " + line);
                if (PublicReturns.INDICATORS.contains(f[3])) continue;
                rows.add(new IndicatorRow(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4],
                        f[5].isEmpty() ? Double.NaN : Double.parseDouble(f[5])));
            }
        }
        if (rows.isEmpty()) throw new IOException(indicatorsCsv + " has no rows of scenario " + scenario);
        return rows;
    }
}
