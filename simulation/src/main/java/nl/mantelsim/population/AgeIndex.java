package nl.mantelsim.population;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.TreeMap;

/**
 * Candidates (families, mothers, households) indexed by a reference age, for matching a person to the candidate
 * whose age is nearest a wanted age within bounds. Candidates of one age are served in turn, so matches spread
 * over them. Used inside one block: the cost is n log n, never a comparison of all pairs.
 */
final class AgeIndex {
    private final TreeMap<Integer, ArrayDeque<Integer>> byAge = new TreeMap<>();

    void add(int age, int candidate) {
        byAge.computeIfAbsent(age, k -> new ArrayDeque<>()).addLast(candidate);
    }

    boolean isEmpty() { return byAge.isEmpty(); }

    /**
     * Takes the candidate nearest the wanted age within [min, max], or -1. The caller re-adds it if it can take
     * more; it then goes to the back of its age's queue.
     */
    int take(double wanted, int min, int max) {
        Integer key = nearest(wanted, min, max);
        if (key == null) return -1;
        ArrayDeque<Integer> q = byAge.get(key);
        int c = q.pollFirst();
        if (q.isEmpty()) byAge.remove(key);
        return c;
    }

    /** Like take, but leaves the candidate in place (for matches that do not use up capacity). */
    int peek(double wanted, int min, int max) {
        Integer key = nearest(wanted, min, max);
        if (key == null) return -1;
        ArrayDeque<Integer> q = byAge.get(key);
        int c = q.pollFirst();
        q.addLast(c);
        return c;
    }

    /** How far the candidate {@link #take} would return is from the wanted age; infinite when there is none. */
    double distance(double wanted, int min, int max) {
        Integer key = nearest(wanted, min, max);
        return key == null ? Double.POSITIVE_INFINITY : Math.abs(key - Math.max(min, Math.min(max, wanted)));
    }

    private Integer nearest(double wanted, int min, int max) {
        int w = (int) Math.round(Math.max(min, Math.min(max, wanted)));
        Map.Entry<Integer, ArrayDeque<Integer>> lo = byAge.floorEntry(w), hi = byAge.ceilingEntry(w);
        boolean loOk = lo != null && lo.getKey() >= min, hiOk = hi != null && hi.getKey() <= max;
        if (!loOk && !hiOk) return null;
        if (!loOk) return hi.getKey();
        if (!hiOk) return lo.getKey();
        return (w - lo.getKey() <= hi.getKey() - w) ? lo.getKey() : hi.getKey();
    }
}
