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
        for (int i = 0; i < b.size(); i++) {
            if (in(gone, b.partnerId[i])) {
                b.partnerId[i] = -1;
                b.position[i] = (byte) (b.position[i] == Position.PARTNER_WITH_CHILDREN.ordinal()
                        ? Position.SINGLE_PARENT : Position.SINGLE).ordinal();
            }
            if (in(gone, b.motherId[i])) b.motherId[i] = -1;
            if (in(gone, b.fatherId[i])) b.fatherId[i] = -1;
            if (in(gone, b.careReceiverId[i])) {
                CareLinks.unlink(b, i);
                ended++;
            }
        }
        return ended;
    }

    private static boolean in(long[] sorted, long id) {
        return id != -1 && Arrays.binarySearch(sorted, id) >= 0;
    }
}
