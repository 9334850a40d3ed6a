package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Summaries of the long indicator table over replications: levels per scenario and paired
 * differences against a reference scenario.
 *
 * <p>Replications are the unit of pairing: scenario X and the baseline in replication r share
 * random numbers, so their difference is taken inside r before summarising. Summarising the
 * two levels separately and subtracting would mix noise from different draws and give bands
 * that are too wide (and can even straddle zero when the effect is clear).
 *
 * <p>All maps are sorted so that output built on top of this class is byte-for-byte repeatable.
 */
public final class IndicatorSummary {

    /** Name of the scenario every other one is compared with. */
    public static final String BASELINE = "baseline";

    /** Identifies one cell of the indicator table, across replications. */
    public record Key(String scenario, int year, String indicator, String group) implements Comparable<Key> {
        // nullsFirst: a malformed row must not crash a report that runs after hours of simulation.
        private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
        private static final Comparator<Key> ORDER = Comparator.comparing(Key::scenario, TEXT)
                .thenComparing(Key::indicator, TEXT)
                .thenComparing(Key::group, TEXT)
                .thenComparingInt(Key::year);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * Mean, range and standard error over replications; with one replication min == mean == max and the
     * standard error is NaN (one draw says nothing about the spread).
     */
    public record Band(double mean, double min, double max, int replications, double standardError) {
        /** True when there is more than one replication, i.e. the range and the interval say something. */
        public boolean hasSpread() {
            return replications > 1;
        }

        /** Half the width of the 95% interval: t(0.975, n-1) times the standard error; NaN when n = 1. */
        public double halfWidth95() {
            return hasSpread() ? StudentT.quantile975(replications - 1) * standardError : Double.NaN;
        }

        /** Lower end of the 95% interval of the mean over replications (NaN when n = 1). */
        public double lower95() {
            return mean - halfWidth95();
        }

        /** Upper end of the 95% interval of the mean over replications (NaN when n = 1). */
        public double upper95() {
            return mean + halfWidth95();
        }
    }

    private final SortedMap<Key, SortedMap<Integer, Double>> valuesByReplication = new TreeMap<>();
    private final SortedSet<Integer> replicationIds = new TreeSet<>();

    public IndicatorSummary(List<IndicatorRow> rows) {
        for (IndicatorRow row : rows) {
            Key key = new Key(row.scenario(), row.year(), row.indicator(), row.group());
            // A duplicate (key, replication) overwrites: the table contract has one value per cell.
            valuesByReplication.computeIfAbsent(key, k -> new TreeMap<>()).put(row.replication(), row.value());
            replicationIds.add(row.replication());
        }
    }

    /** Mean, min and max over replications of one scenario's value; empty if the cell is absent. */
    public Optional<Band> level(String scenario, int year, String indicator, String group) {
        SortedMap<Integer, Double> values = valuesByReplication.get(new Key(scenario, year, indicator, group));
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(summarise(values.values()));
    }

    /**
     * Paired difference {@code scenario - reference}: computed inside each replication that both
     * have, then summarised. Empty when the two share no replication for this cell.
     */
    public Optional<Band> difference(String scenario, String reference, int year, String indicator, String group) {
        SortedMap<Integer, Double> own = valuesByReplication.get(new Key(scenario, year, indicator, group));
        SortedMap<Integer, Double> ref = valuesByReplication.get(new Key(reference, year, indicator, group));
        if (own == null || ref == null) {
            return Optional.empty();
        }
        List<Double> diffs = new ArrayList<>();
        for (Map.Entry<Integer, Double> e : own.entrySet()) {
            Double base = ref.get(e.getKey());
            if (base != null) {
                diffs.add(e.getValue() - base);
            }
        }
        return diffs.isEmpty() ? Optional.empty() : Optional.of(summarise(diffs));
    }

    /** Paired difference against {@link #BASELINE}. */
    public Optional<Band> differenceVsBaseline(String scenario, int year, String indicator, String group) {
        return difference(scenario, BASELINE, year, indicator, group);
    }

    /** Every (scenario, year, indicator, group) cell of the table, sorted by scenario, indicator, group, year. */
    public SortedSet<Key> cells() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(valuesByReplication.keySet()));
    }

    /** All years present anywhere in the table. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        valuesByReplication.keySet().forEach(k -> years.add(k.year()));
        return years;
    }

    /** Years in which the given indicator/group has a value for at least one scenario. */
    public SortedSet<Integer> years(String indicator, String group) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Key k : valuesByReplication.keySet()) {
            if (same(k.indicator(), indicator) && same(k.group(), group)) {
                years.add(k.year());
            }
        }
        return years;
    }

    /** Whether the indicator/group appears at all (for any scenario or year). */
    public boolean hasIndicator(String indicator, String group) {
        return !years(indicator, group).isEmpty();
    }

    /** Number of distinct replication ids in the table (0 for an empty table). */
    public int replicationCount() {
        return replicationIds.size();
    }

    /** Replication ids present, ascending. */
    public SortedSet<Integer> replications() {
        return Collections.unmodifiableSortedSet(replicationIds);
    }

    /**
     * The scenario to compare against: {@link #BASELINE} when it is in the list, otherwise the
     * first one, so a run that renamed its reference still gets difference charts.
     */
    public static String referenceScenario(List<String> scenarios) {
        if (scenarios.contains(BASELINE) || scenarios.isEmpty()) {
            return BASELINE;
        }
        return scenarios.get(0);
    }

    /**
     * Mean, min, max and standard error (sample standard deviation / sqrt(n)) of a non-empty collection; NaN
     * propagates so bad data stays visible.
     */
    public static Band summarise(Collection<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("cannot summarise zero values");
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        int n = values.size();
        double mean = sum / n;
        if (n == 1) {
            // Exact equality for R=1, rather than trusting sum/1 and min/max to agree.
            return new Band(mean, mean, mean, 1, Double.NaN);
        }
        if (min == max) {
            // Identical values (e.g. the paired difference of an indicator a lever does not touch): exactly that
            // value and zero spread, not the rounding residue of sum / n.
            return new Band(min, min, max, n, 0.0);
        }
        // Two passes (deviations from the mean) rather than a sum of squares: counts of millions that differ
        // little between replications would otherwise lose most of their digits.
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        return new Band(mean, min, max, n, sd / Math.sqrt(n));
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
