package nl.mantelsim.data;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML file read as flat dotted keys ("levers.paid_leave.weeks") with the line of each value, so that an
 * unknown key or a bad value can be reported with its line. Lists of scalars are kept as lists.
 */
public final class YamlFile {
    public record Value(String text, List<String> list, int line) {
        public boolean isList() { return list != null; }
    }

    private final String name;
    private final Map<String, Value> values;

    private YamlFile(String name, Map<String, Value> values) {
        this.name = name;
        this.values = values;
    }

    public static YamlFile read(Path path, String displayName) {
        if (!Files.isRegularFile(path)) throw InputError.of(displayName, "file does not exist (" + path + ")");
        Map<String, Value> values = new LinkedHashMap<>();
        // Decoded here rather than by the parser, so that a file in another encoding is named with its line.
        String text = String.join("\n", Utf8Lines.read(path, displayName));
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InputError(displayName, Math.max(1, line(p)), null, "expected a mapping of keys to values");
            }
            readObject(p, "", values, displayName);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputError(displayName, line, null, "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw InputError.of(displayName, "cannot be read: " + e);
        }
        return new YamlFile(displayName, values);
    }

    private static void readObject(JsonParser p, String prefix, Map<String, Value> out, String file) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix + p.currentName();
            JsonToken t = p.nextToken();
            int line = line(p);
            if (out.containsKey(key)) throw new InputError(file, line, key, "duplicate key");
            if (t == JsonToken.START_OBJECT) {
                readObject(p, key + ".", out, file);
            } else if (t == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t.isStructStart()) throw new InputError(file, line(p), key, "list items must be plain values");
                    items.add(p.getText());
                }
                out.put(key, new Value(null, List.copyOf(items), line));
            } else {
                out.put(key, new Value(t == JsonToken.VALUE_NULL ? "" : p.getText(), null, line));
            }
        }
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    public String name() { return name; }
    public Map<String, Value> values() { return values; }

    public String text(String key, String fallback) {
        Value v = values.get(key);
        return v == null ? fallback : v.text();
    }

    /** A number from the file, or the fallback when the key is absent; booleans read as 1 and 0. */
    public double number(String key, double fallback) {
        Value v = values.get(key);
        if (v == null) return fallback;
        return parseNumber(key, v);
    }

    public double parseNumber(String key, Value v) {
        if (v.isList()) throw new InputError(name, v.line(), key, "expected a single value, not a list");
        String s = v.text().trim();
        if (s.equalsIgnoreCase("true")) return 1;
        if (s.equalsIgnoreCase("false")) return 0;
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new InputError(name, v.line(), key, "'" + s + "' is not a number");
        }
    }

    public InputError error(String key, String problem) {
        Value v = values.get(key);
        return new InputError(name, v == null ? 0 : v.line(), key, problem);
    }
}
