package nl.mantelsim.report;

import nl.mantelsim.population.Cells;
import nl.mantelsim.population.PersonBlock;

/** Persons of a block counted by fit cell, to compare the assembled base population with the published margins. */
public final class BaseCells {
    private BaseCells() {}

    public static long[] count(PersonBlock b) {
        long[] n = new long[Cells.COUNT];
        for (int i = 0; i < b.size(); i++) {
            int care = b.careHours[i] > 8 ? Cells.INTENSIVE_CARER : b.careHours[i] > 0 ? Cells.LIGHT_CARER : Cells.NON_CARER;
            n[Cells.index(b.sex[i], b.age[i], b.position[i], care, b.employed[i], b.education[i], b.bijstand[i])]++;
        }
        return n;
    }
}
