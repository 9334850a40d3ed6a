package nl.mantelsim.demography;

import nl.mantelsim.care.CareLinks;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Clears the links to persons who died or emigrated: a partner is widowed (living alone, or a single parent when
 * there are children at home), a child loses the parent link, and a care spell ends when its receiver is gone.
 * Partners, parents and linked receivers live in the same block, so this never leaves the block. While the year's
 * copy is made ({@link Demography}), a link to a person who died or left holds a mark instead of a row.
 */
final class Departures {
    /** Marks of a link to a person who died this year and to one who emigrated. */
    static final int DIED = -2, LEFT = -3;

    private Departures() {}

    /** Clears the links that hold {@code mark}; returns the number of care spells that ended because their receiver left. */
    static int clear(PersonBlock b, int mark) {
        int ended = 0;
        for (int i = 0; i < b.size(); i++) {
            if (b.partner[i] == mark) {
                b.partner[i] = -1;
                b.position[i] = (byte) (b.position[i] == Position.PARTNER_WITH_CHILDREN.ordinal()
                        ? Position.SINGLE_PARENT : Position.SINGLE).ordinal();
            }
            if (b.mother[i] == mark) b.mother[i] = -1;
            if (b.father[i] == mark) b.father[i] = -1;
            if (b.careReceiver[i] == mark) {
                CareLinks.unlink(b, i);
                ended++;
            }
        }
        return ended;
    }
}
