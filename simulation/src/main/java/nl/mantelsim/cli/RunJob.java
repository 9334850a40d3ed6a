package nl.mantelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.engine.GitCommit;
import nl.mantelsim.engine.Model;
import nl.mantelsim.engine.Progress;
import nl.mantelsim.engine.RunSettings;
import nl.mantelsim.engine.Sensitivity;
import nl.mantelsim.engine.Simulation;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.report.ChartWriter;
import nl.mantelsim.report.CostChartsSection;
import nl.mantelsim.report.SensitivityRow;
import nl.mantelsim.report.SensitivitySection;
import nl.mantelsim.report.SensitivityWriter;
import nl.mantelsim.report.SummarySection;
import nl.mantelsim.report.HtmlReport;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorWriter;
import nl.mantelsim.report.Manifest;
import nl.mantelsim.report.FitSection;
import nl.mantelsim.report.PdfReport;
import nl.mantelsim.report.PopulationFit;
import nl.mantelsim.report.RunFolder;
import nl.mantelsim.report.SummaryRow;
import nl.mantelsim.report.SummaryTable;
import nl.mantelsim.report.SummaryWriter;
import org.apache.spark.sql.SparkSession;

/**
 * One run from checked inputs to a published run folder. Inputs are checked and the model fitted before any
 * output exists; outputs go to a staging folder that is renamed into place only when every file is written.
 */
public final class RunJob {
    private RunJob() {}

    public record Outcome(Path runDir, Simulation.Result result) {}

    /** data/model/parameters.csv: the fewest simulated persons a count may rest on before it is flagged. */
    static final String SMALL_CELL_PARAMETER = "report.small_cell_persons";

    public static Outcome run(Inputs inputs, RunSettings settings, Path reportsDir, String runId, SparkSession spark)
            throws IOException {
        return run(inputs, settings, reportsDir, runId, spark, Progress.NONE);
    }

    public static Outcome run(Inputs inputs, RunSettings settings, Path reportsDir, String runId, SparkSession spark,
                              Progress progress) throws IOException {
        return run(inputs, settings, reportsDir, runId, spark, progress, dir -> Map.of());
    }

    /** What a caller adds to the manifest once every other file is in the staging folder (a cache key, a gate's result). */
    @FunctionalInterface
    public interface ManifestExtras {
        Map<String, Object> of(Path stagingDir) throws IOException;
    }

    public static Outcome run(Inputs inputs, RunSettings settings, Path reportsDir, String runId, SparkSession spark,
                              Progress progress, ManifestExtras extras) throws IOException {
        return run(inputs, settings, reportsDir, runId, spark, progress, extras, Options.DEFAULT);
    }

    /** As above, with a sensitivity analysis (null: none) run after the scenarios in the same Spark session. */
    public static Outcome run(Inputs inputs, RunSettings settings, Path reportsDir, String runId, SparkSession spark,
                              Progress progress, ManifestExtras extras, Sensitivity.Spec sensitivity) throws IOException {
        return run(inputs, settings, reportsDir, runId, spark, progress, extras, new Options(false, null, sensitivity));
    }

    /**
     * What a run writes besides the contract: report.pdf on request, which scenarios are simulated (the others'
     * rows come from earlier runs; {@code scenarios} null: all simulated, no per-scenario keys recorded), and a
     * sensitivity analysis (null: none) run after the scenarios in the same Spark session.
     */
    record Options(boolean pdf, ScenarioCache scenarios, Sensitivity.Spec sensitivity) {
        static final Options DEFAULT = new Options(false, null, null);
    }

    static Outcome run(Inputs inputs, RunSettings settings, Path reportsDir, String runId, SparkSession spark,
                       Progress progress, ManifestExtras extras, Options options) throws IOException {
        Sensitivity.Spec sensitivity = options.sensitivity();
        Instant start = Instant.now();
        Map<String, Long> stages = new LinkedHashMap<>();
        long t = System.nanoTime();
        Model model = Model.build(inputs.data(), settings.until(), settings.scale());
        double smallCellPersons = inputs.data().parameters().get(SMALL_CELL_PARAMETER);
        stages.put("fit", (System.nanoTime() - t) / 1_000_000);
        progress.stageDone("fit");

        RunFolder folder = new RunFolder(reportsDir, runId);
        try {
            ScenarioCache cache = options.scenarios();
            List<Scenario> simulated = cache == null ? inputs.scenarios()
                    : inputs.scenarios().stream().filter(sc -> cache.computes(sc.name())).toList();
            Simulation.Result result = new Simulation(spark, model, simulated, settings).withProgress(progress).run();
            stages.putAll(result.stageMillis());
            t = System.nanoTime();
            List<IndicatorRow> rows = IndicatorWriter.sorted(cache == null ? result.rows() : cache.combine(result.rows(), inputs.scenarios()));
            Path dir = folder.dir();
            DiskFull.write(dir.resolve("indicators.csv"), f -> IndicatorWriter.writeCsv(rows, f));
            DiskFull.write(dir.resolve("indicators.parquet"), f -> IndicatorWriter.writeParquet(rows, f));
            List<PopulationFit.Row> fit = PopulationFit.rows(model, inputs.data(), result.baseCells(), result.baseTally());
            DiskFull.write(dir.resolve("population-fit.csv"), f -> PopulationFit.writeCsv(fit, f));
            List<String> names = inputs.scenarios().stream().map(Scenario::name).toList();
            List<SummaryRow> summary = SummaryTable.build(rows, names, settings.scale(), smallCellPersons);
            DiskFull.write(dir.resolve("summary.csv"), f -> SummaryWriter.writeCsv(summary, f));
            DiskFull.write(dir.resolve("summary.parquet"), f -> SummaryWriter.writeParquet(summary, f));
            List<String> charts = DiskFull.written(dir.resolve("charts"), f -> ChartWriter.writeCharts(rows, names, f));
            CostChartsSection.Charts costCharts = DiskFull.written(dir.resolve("charts"), f -> CostChartsSection.write(rows, names, f));
            stages.put("outputs", (System.nanoTime() - t) / 1_000_000);
            final List<SensitivityRow> sensitivityRows;
            if (sensitivity != null && settings.until() > model.baseYear()) {
                t = System.nanoTime();
                sensitivityRows = Sensitivity.run(spark, inputs.data(), model.fit(), scenario(inputs, names.get(0)),
                        scenario(inputs, sensitivity.scenario()), settings, sensitivity, progress);
                DiskFull.write(dir.resolve("sensitivity.csv"), f -> SensitivityWriter.writeCsv(sensitivityRows, f));
                DiskFull.write(dir.resolve("sensitivity.parquet"), f -> SensitivityWriter.writeParquet(sensitivityRows, f));
                stages.put("sensitivity", (System.nanoTime() - t) / 1_000_000);
                t = System.nanoTime();
            } else {
                sensitivityRows = List.of();
            }
            Map<String, String> tornados = DiskFull.written(dir.resolve("charts"), f -> SensitivitySection.writeCharts(sensitivityRows, f));
            LinkedHashMap<String, String> facts = new LinkedHashMap<>();
            facts.put("plan", inputs.plan().name());
            facts.put("seed", String.valueOf(settings.seed()));
            facts.put("scale", String.valueOf(settings.scale()));
            facts.put("persons simulated (base year, per scenario)", String.valueOf(result.basePersons()));
            facts.put("until", String.valueOf(settings.until()));
            // The replications are the report's own row (from the summary), not a fact of the caller's.
            facts.put("code", GitCommit.of(inputs.projectRoot()));
            if (cache != null && cache.reusesAny()) facts.put("scenarios taken from earlier runs", cache.reusedSummary());
            var summarySections = List.of(SummarySection.html(summary, names));
            var sections = List.of(CostChartsSection.html(costCharts), nl.mantelsim.report.DynamicsSection.html(rows, names.get(0)),
                    FitSection.html(fit, settings.scale()), nl.mantelsim.report.AssumptionsSection.html(
                            inputs.data().parameters(), inputs.scenarios(),
                            inputs.data().table(nl.mantelsim.data.InputCatalog.WORK_RESPONSE_PROFILES)),
                    SensitivitySection.html(sensitivityRows, tornados, sensitivity == null ? 0 : sensitivity.replications()));
            DiskFull.write(dir.resolve("index.html"), f -> HtmlReport.write(f, runId, facts, rows, names, charts, summarySections, sections));
            stages.merge("outputs", (System.nanoTime() - t) / 1_000_000, Long::sum);
            progress.stageDone("outputs");
            if (options.pdf()) {
                t = System.nanoTime();
                DiskFull.write(dir.resolve(PdfReport.FILE), f -> PdfReport.write(dir.resolve("index.html"), f));
                stages.put("pdf", (System.nanoTime() - t) / 1_000_000);
                progress.stageDone("pdf");
            }

            Manifest manifest = manifest(inputs, settings, runId, spark, start, stages, result, model);
            List<String> outputs = new java.util.ArrayList<>(options.pdf() ? withPdf() : OUTPUTS);
            if (!sensitivityRows.isEmpty()) {
                SensitivityRow first = sensitivityRows.get(0);
                manifest.put("sensitivity", Map.of("scenario", first.scenario(), "reference", first.reference(), "year", first.year(),
                        "replications", sensitivity.replications(),
                        "parameters", sensitivityRows.stream().map(SensitivityRow::parameter).distinct().toList()));
                outputs.add("sensitivity.csv");
                outputs.add("sensitivity.parquet");
            }
            if (outputs.size() != OUTPUTS.size()) manifest.put("outputs", outputs);
            if (cache != null) manifest.put("scenario_cache", cache.manifest());
            extras.of(dir).forEach(manifest::put);
            DiskFull.write(dir.resolve("manifest.json"), manifest::write);
            return new Outcome(folder.publish(), result);
        } catch (Throwable e) {
            // Spark's exceptions are checked in Java terms but undeclared (Scala), so catch everything here.
            folder.discard();
            throw e;
        }
    }

    private static Scenario scenario(Inputs inputs, String name) {
        return inputs.scenarios().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
    }

    static final List<String> OUTPUTS = List.of("indicators.csv", "indicators.parquet", "summary.csv", "summary.parquet",
            "population-fit.csv", "index.html", "charts/");

    private static List<String> withPdf() {
        List<String> o = new java.util.ArrayList<>(OUTPUTS);
        o.add(PdfReport.FILE);
        return o;
    }

    private static Manifest manifest(Inputs inputs, RunSettings s, String runId, SparkSession spark, Instant start,
                                     Map<String, Long> stages, Simulation.Result result, Model model) throws IOException {
        Manifest m = new Manifest();
        m.put("run_id", runId).put("status", "complete").put("seed", s.seed()).put("scale", s.scale())
                .put("base_year", model.baseYear()).put("until", s.until()).put("replications", s.replications())
                .put("partitions", s.partitions()).put("block_size", s.blockSize())
                .put("persons_per_batch", s.personsPerBatch())
                .put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()))
                .put("java", System.getProperty("java.version"))
                .put("start_time", iso(start)).put("end_time", iso(Instant.now()))
                .put("git_commit", GitCommit.of(inputs.projectRoot()))
                .put("plan_name", inputs.plan().name())
                .put("base_persons_per_scenario", result.basePersons())
                .put("person_years_simulated", result.personYears())
                .put("population_fit", Map.of("iterations", model.fit().iterations(),
                        "max_relative_margin_error", model.fit().maxRelativeError(), "notes", model.fit().notes()));
        m.stages(stages);
        m.files("plan", inputs.projectRoot(), List.of(inputs.planFile()));
        m.files("scenarios", inputs.projectRoot(), inputs.scenarioFiles());
        m.files("inputs", inputs.projectRoot(), inputs.dataFiles());
        m.put("scenario_overrides", scenarioOverrides(inputs.scenarios()));
        m.put("outputs", OUTPUTS);
        return m;
    }

    private static Map<String, Map<String, Double>> scenarioOverrides(List<Scenario> scenarios) {
        Map<String, Map<String, Double>> o = new LinkedHashMap<>();
        for (Scenario sc : scenarios) o.put(sc.name(), new java.util.TreeMap<>(sc.overrides()));
        return o;
    }

    static String iso(Instant i) {
        return DateTimeFormatter.ISO_INSTANT.format(i);
    }

    public static String defaultRunId(String planName) {
        return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now()) + "-" + planName;
    }

    public static String uniqueRunId(Path reportsDir, String base) {
        String id = base;
        for (int k = 2; Files.exists(reportsDir.resolve(id)); k++) id = base + "-" + k;
        return id;
    }
}
