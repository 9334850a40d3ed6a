package nl.mantelsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdSetTest {
    @Test
    void answersAsAHashSetDoesForIdsInAndOutOfTheSet() {
        SplittableRandom random = new SplittableRandom(7);
        long[] ids = new long[5000];
        Set<Long> expected = new HashSet<>();
        // Base ids (block << 32 | index) and hashed ids, with duplicates, as the simulation makes them.
        for (int k = 0; k < ids.length; k++) {
            ids[k] = k % 3 == 0 ? ((long) random.nextInt(40) << 32) | random.nextInt(65_536) : random.nextLong();
            if (ids[k] == -1) ids[k] = 0;
            if (k % 10 == 9) ids[k] = ids[k - 1];
        }
        int count = 4000; // only the first count ids belong to the set
        for (int k = 0; k < count; k++) expected.add(ids[k]);
        IdSet set = new IdSet(ids, count);
        for (long id : ids) assertEquals(expected.contains(id), set.contains(id), "id " + id);
        int hits = 0;
        for (int k = 0; k < 200_000; k++) {
            long id = k % 2 == 0 ? ((long) random.nextInt(40) << 32) | random.nextInt(65_536) : random.nextLong();
            assertEquals(expected.contains(id), set.contains(id), "id " + id);
            if (set.contains(id)) hits++;
        }
        assertTrue(hits < 1000, "random ids rarely hit a set of 4,000: " + hits);
    }

    @Test
    void noPersonAndEmptySets() {
        IdSet empty = new IdSet(new long[0], 0);
        assertFalse(empty.contains(0));
        assertFalse(empty.contains(-1));
        IdSet withMinusOne = new IdSet(new long[] {-1, 5}, 2);
        assertFalse(withMinusOne.contains(-1));
        assertTrue(withMinusOne.contains(5));
    }
}
