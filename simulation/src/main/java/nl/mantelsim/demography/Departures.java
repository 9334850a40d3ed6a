package nl.mantelsim.demography;

import nl.mantelsim.population.IdSet;
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
    static int clear(PersonBlock b, IdSet gone) {
        int ended = 0;
        for (int i = 0; i < b.size(); i++) {
            if (gone.contains(b.partnerId[i])) {
                b.partnerId[i] = -1;
                b.position[i] = (byte) (b.position[i] == Position.PARTNER_WITH_CHILDREN.ordinal()
                        ? Position.SINGLE_PARENT : Position.SINGLE).ordinal();
            }
            if (gone.contains(b.motherId[i])) b.motherId[i] = -1;
            if (gone.contains(b.fatherId[i])) b.fatherId[i] = -1;
            if (gone.contains(b.careReceiverId[i])) {
                CareLinks.unlink(b, i);
                ended++;
            }
        }
        return ended;
    }
}
