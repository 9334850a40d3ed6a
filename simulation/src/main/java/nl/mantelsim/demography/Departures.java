package nl.mantelsim.demography;

import java.util.Arrays;
import nl.mantelsim.care.CareLinks;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Clears the links to persons who died or emigrated: a partner is widowed (living alone, or a single parent when
 * there are children at home), a child loses the parent link, and a care spell ends when its receiver is gone.
 * Partners, parents and linked receivers live in the same block, so this never leaves the block.
 */
final class Departures {
    private Departures() {}

    /** Returns the number of care spells that ended because their receiver left. */
    static int clear(PersonBlock b, long[] departed, int count) {
        if (count == 0) return 0;
        int ended = 0;
        long[] gone = Arrays.copyOf(departed, count);
        Arrays.sort(gone);
        long[] filter = filter(gone);
        for (int i = 0; i < b.size(); i++) {
            if (in(gone, filter, b.partnerId[i])) {
                b.partnerId[i] = -1;
                b.position[i] = (byte) (b.position[i] == Position.PARTNER_WITH_CHILDREN.ordinal()
                        ? Position.SINGLE_PARENT : Position.SINGLE).ordinal();
            }
            if (in(gone, filter, b.motherId[i])) b.motherId[i] = -1;
            if (in(gone, filter, b.fatherId[i])) b.fatherId[i] = -1;
            if (in(gone, filter, b.careReceiverId[i])) {
                CareLinks.unlink(b, i);
                ended++;
            }
        }
        return ended;
    }

    /*
     * Four look-ups a person a year, nearly all misses: a bit per hashed id (65,536 bits) answers most of them
     * before the binary search (a hot spot measured with JFR).
     */
    private static final int FILTER_BITS = 1 << 16;

    private static long[] filter(long[] gone) {
        long[] bits = new long[FILTER_BITS / 64];
        for (long id : gone) {
            int h = (int) (nl.mantelsim.engine.Draws.mix64(id) & (FILTER_BITS - 1));
            bits[h >>> 6] |= 1L << h;
        }
        return bits;
    }

    private static boolean in(long[] sorted, long[] filter, long id) {
        if (id == -1) return false;
        int h = (int) (nl.mantelsim.engine.Draws.mix64(id) & (FILTER_BITS - 1));
        return (filter[h >>> 6] & (1L << h)) != 0 && Arrays.binarySearch(sorted, id) >= 0;
    }
}
