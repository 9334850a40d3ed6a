package nl.mantelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a run's numbers depend on, as SHA-256 hashes: the code, the input tables, the scenario files (in plan
 * order) and the settings that change results (seed, scale, until, replications, block size; not partitions or
 * the master, which only change where the work runs). Two runs with the same key produce the same indicators, so
 * `mantelsim plan` may publish the earlier run's files instead of simulating again.
 */
public record CacheKey(String code, String inputs, String scenarios, String settings) {

    public static CacheKey of(String codeVersion, Path projectRoot, List<Path> dataFiles, List<Path> scenarioFiles,
                              String planName, long seed, double scale, int until, int replications, int blockSize)
            throws IOException {
        return of(codeVersion, projectRoot, dataFiles, scenarioFiles, planName, seed, scale, until, replications, blockSize, null);
    }

    /**
     * With a further setting that changes the outputs ({@code extra}, one line such as a sensitivity's), added to the
     * settings only when present so the keys of runs without it are unchanged.
     */
    public static CacheKey of(String codeVersion, Path projectRoot, List<Path> dataFiles, List<Path> scenarioFiles,
                              String planName, long seed, double scale, int until, int replications, int blockSize,
                              String extra) throws IOException {
        return new CacheKey(sha(codeVersion), filesHash(projectRoot, dataFiles), filesHash(projectRoot, scenarioFiles),
                sha("plan=" + planName + "\nseed=" + seed + "\nscale=" + Double.toString(scale) + "\nuntil=" + until
                        + "\nreplications=" + replications + "\nblock_size=" + blockSize + "\n"
                        + (extra == null ? "" : extra + "\n")));
    }

    /**
     * One key per scenario, for reusing a scenario's indicator rows on its own (`scenario_cache` in the manifest):
     * the code, the shared input tables, that scenario's name and file, and the settings that change numbers except
     * the plan's name. A scenario's rows do not depend on the other scenarios of its run (each has its own blocks
     * and alignment; they share only the base population and the keyed draws), except the public returns, which are
     * differences with the baseline and are computed again from the rows.
     */
    public static java.util.Map<String, String> scenarioKeys(String codeVersion, Path projectRoot, List<Path> dataFiles,
                                                             List<String> names, List<Path> scenarioFiles, long seed,
                                                             double scale, int until, int replications, int blockSize)
            throws IOException {
        String common = "code=" + sha(codeVersion) + "\ninputs=" + filesHash(projectRoot, dataFiles)
                + "\nseed=" + seed + "\nscale=" + Double.toString(scale) + "\nuntil=" + until
                + "\nreplications=" + replications + "\nblock_size=" + blockSize + "\n";
        java.util.Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            keys.put(names.get(i), sha(common + "scenario=" + names.get(i) + "\nfile=" + Sha256.of(scenarioFiles.get(i)) + "\n"));
        }
        return keys;
    }

    /** The combined key stored as `cache_key` in the manifest. */
    public String combined() {
        return sha("code=" + code + "\ninputs=" + inputs + "\nscenarios=" + scenarios + "\nsettings=" + settings + "\n");
    }

    /** Everything but the code: what must be equal for a change in the numbers to be the code's doing. */
    public boolean sameInputsAs(CacheKey other) {
        return inputs.equals(other.inputs) && scenarios.equals(other.scenarios) && settings.equals(other.settings);
    }

    public Map<String, String> parts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("inputs", inputs);
        m.put("scenarios", scenarios);
        m.put("settings", settings);
        return m;
    }

    public static CacheKey fromParts(Map<String, String> parts) {
        return new CacheKey(parts.get("code"), parts.get("inputs"), parts.get("scenarios"), parts.get("settings"));
    }

    /**
     * The code's identity: the git commit when the tree is clean; otherwise (a dirty tree, no git) the commit label
     * plus the hash of the jar or classes folder the model was loaded from, so uncommitted code never reuses a run.
     */
    public static String codeVersion(String gitCommit) {
        if (!gitCommit.equals("unknown") && !gitCommit.endsWith("-dirty")) return "git:" + gitCommit;
        try {
            Path code = Path.of(CacheKey.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return gitCommit + "+code:" + (Files.isDirectory(code) ? treeHash(code) : Sha256.of(code));
        } catch (Exception e) {
            // Without a way to name the code, never match a previous run.
            return gitCommit + "+uncached:" + System.nanoTime();
        }
    }

    private static String treeHash(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(dir.relativize(f)).append(' ').append(Sha256.of(f)).append('\n');
            }
        }
        return sha(sb.toString());
    }

    private static String filesHash(Path root, List<Path> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        Path r = root.toAbsolutePath().normalize();
        for (Path f : files) {
            Path a = f.toAbsolutePath().normalize();
            // Data folders are compared by content and relative name, so a copy of data/ elsewhere hits the same key.
            String name = a.startsWith(r) ? r.relativize(a).toString() : a.getFileName().toString();
            sb.append(name.replaceFirst("^[^/]*/", "")).append(' ').append(Sha256.of(f)).append('\n');
        }
        return sha(sb.toString());
    }

    static String sha(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
