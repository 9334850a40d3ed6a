package nl.mantelsim.data;

import java.io.Serializable;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The model's behavioural and policy numbers (data/model/parameters.csv): each with a range and a source or the
 * word "assumption". Scenarios override some of them; the range check applies to the overrides too, so an
 * implausible scenario value is refused before a run starts.
 */
public final class Parameters implements Serializable {
    public record Spec(double value, double min, double max, String unit, String source, int line) implements Serializable {
        /** An assumed number (no published estimate): its source starts with "assumption" and its range is plausible. */
        public boolean assumed() { return source.toLowerCase(java.util.Locale.ROOT).startsWith("assumption"); }
    }

    private final Map<String, Spec> specs;
    private final Map<String, Double> values;

    private Parameters(Map<String, Spec> specs, Map<String, Double> values) {
        this.specs = specs;
        this.values = values;
    }

    static Parameters from(Table t) {
        Map<String, Spec> specs = new TreeMap<>();
        Map<String, Double> values = new TreeMap<>();
        for (Table.Row r : t.rows()) {
            String name = r.text("name");
            double v = r.number("value"), lo = r.number("min"), hi = r.number("max");
            if (lo > hi) throw r.error("min", "min " + lo + " is above max " + hi);
            if (v < lo || v > hi) throw r.error("value", "value " + v + " is outside its range [" + lo + ", " + hi + "]");
            if (specs.containsKey(name)) throw r.error("name", "parameter '" + name + "' is defined twice");
            specs.put(name, new Spec(v, lo, hi, r.text("unit"), r.text("source"), r.line()));
            values.put(name, v);
        }
        return new Parameters(Collections.unmodifiableMap(specs), Collections.unmodifiableMap(values));
    }

    public boolean has(String name) { return specs.containsKey(name); }
    public Spec spec(String name) { return specs.get(name); }
    public Map<String, Spec> specs() { return specs; }

    public double get(String name) {
        Double v = values.get(name);
        if (v == null) throw InputError.of("data/" + InputCatalog.MODEL_PARAMETERS, "parameter '" + name + "' is missing");
        return v;
    }

    /** A copy with some values replaced; the caller has checked names and ranges (see ScenarioLoader). */
    public Parameters with(Map<String, Double> overrides) {
        Map<String, Double> v = new TreeMap<>(values);
        v.putAll(overrides);
        return new Parameters(specs, Collections.unmodifiableMap(v));
    }

    public Map<String, Double> values() { return values; }
}
