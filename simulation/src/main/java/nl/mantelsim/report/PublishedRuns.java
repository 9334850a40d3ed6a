package nl.mantelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The complete runs in a reports folder, read from their manifests: visible folders whose manifest.json says
 * "complete". Staging folders, `latest`, compare reports and unreadable manifests are not runs.
 */
public final class PublishedRuns {
    private PublishedRuns() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Run(String id, Path dir, JsonNode manifest) {
        public String text(String key) {
            JsonNode n = manifest.get(key);
            return n == null || n.isNull() ? "" : n.isValueNode() ? n.asText() : n.toString();
        }

        public String startTime() { return text("start_time"); }

        /** ISO_INSTANT drops a zero fraction ("...30Z" vs "...30.5Z"), so times are compared parsed, not as text. */
        Instant started() {
            try {
                return Instant.parse(startTime());
            } catch (java.time.format.DateTimeParseException e) {
                return Instant.EPOCH;
            }
        }
    }

    /** Newest first (by start time, then id). */
    public static List<Run> list(Path reportsDir) throws IOException {
        List<Run> runs = new ArrayList<>();
        if (!Files.isDirectory(reportsDir)) return runs;
        try (Stream<Path> s = Files.list(reportsDir)) {
            for (Path dir : s.sorted().toList()) {
                String name = dir.getFileName().toString();
                Path m = dir.resolve("manifest.json");
                if (name.startsWith(".") || name.equals("latest") || Files.isSymbolicLink(dir) || !Files.isRegularFile(m)) continue;
                Optional<JsonNode> manifest = read(m);
                if (manifest.isPresent() && "complete".equals(manifest.get().path("status").asText())) {
                    runs.add(new Run(name, dir, manifest.get()));
                }
            }
        }
        runs.sort(Comparator.comparing(Run::started).thenComparing(Run::id).reversed());
        return runs;
    }

    /** The newest complete run with this cache key. */
    public static Optional<Run> withCacheKey(Path reportsDir, String cacheKey) throws IOException {
        return list(reportsDir).stream().filter(r -> cacheKey.equals(r.text("cache_key"))).findFirst();
    }

    /** The newest complete run of the plan with this name. */
    public static Optional<Run> latestOfPlan(Path reportsDir, String planName) throws IOException {
        return list(reportsDir).stream().filter(r -> planName.equals(r.text("plan_name"))).findFirst();
    }

    public static Optional<JsonNode> read(Path manifest) {
        try {
            return Optional.of(JSON.readTree(manifest.toFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
