package nl.mantelsim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what produced a run (code commit, settings, Spark, every input file and scenario with its
 * SHA-256) and how long each stage took. Written last into the run folder: a folder with a manifest whose
 * status is "complete" is a finished run.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = JSON.createObjectNode();

    public ObjectNode root() { return root; }

    public Manifest put(String key, Object value) {
        root.set(key, JSON.valueToTree(value));
        return this;
    }

    /** Adds {file, sha256} for each path, shown relative to the project root. */
    public Manifest files(String key, Path projectRoot, List<Path> files) throws IOException {
        ArrayNode arr = root.putArray(key);
        for (Path f : files) {
            ObjectNode o = arr.addObject();
            o.put("file", projectRoot.toAbsolutePath().normalize().relativize(f.toAbsolutePath().normalize()).toString());
            o.put("sha256", Sha256.of(f));
        }
        return this;
    }

    public Manifest stages(Map<String, Long> millis) {
        ObjectNode o = root.putObject("wall_seconds");
        millis.forEach((k, v) -> o.put(k, v / 1000.0));
        return this;
    }

    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), root);
    }
}
