package nl.mantelsim.demography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Immigrants arrive in households: a share of adults aged 20-64 as couples (matched by age rank among this year's
 * immigrants of the block), and minors join an adult immigrant 16-50 years older (nearest 30 years) as a child:
 * children rarely migrate alone. Net migration by age comes without family ties, so
 * this pairing is an approximation; a minor for whom no adult is found stays alone and is counted by the
 * household_inconsistencies indicator.
 */
final class ImmigrantFamilies {
    private ImmigrantFamilies() {}

    /**
     * @param newcomers indices of this year's immigrants in the block
     * @param coupleShare share of adult immigrants aged 20-64 who arrive with a partner (matched by age rank)
     */
    static void join(PersonBlock b, List<Integer> newcomers, double coupleShare, long seed, int year) {
        List<Integer> minors = new ArrayList<>(), women = new ArrayList<>(), men = new ArrayList<>();
        TreeMap<Integer, List<Integer>> adults = new TreeMap<>();
        for (int i : newcomers) {
            if (b.age[i] >= 20 && b.age[i] <= 64 && nl.mantelsim.engine.Draws.chance(coupleShare, seed, b.id[i], year,
                    nl.mantelsim.engine.Purpose.COUPLE_FORMATION)) {
                (b.sex[i] == PersonBlock.FEMALE ? women : men).add(i);
            }
        }
        HouseholdEvents.formCouples(b, women, men, seed);
        for (int i : newcomers) {
            if (b.age[i] < 18) minors.add(i);
            else if (b.age[i] >= 18 && b.age[i] <= 60) adults.computeIfAbsent((int) b.age[i], k -> new ArrayList<>()).add(i);
        }
        for (int c : minors) {
            int wanted = b.age[c] + 30;
            Integer key = nearest(adults, wanted, b.age[c] + 16, b.age[c] + 50);
            if (key == null) continue;
            List<Integer> list = adults.get(key);
            int p = list.get(list.size() - 1);
            b.householdId[c] = b.householdId[p];
            if (b.sex[p] == PersonBlock.FEMALE) {
                b.mother[c] = p;
                b.father[c] = b.partner[p];
            } else {
                b.father[c] = p;
            }
            if (b.partner[p] == -1) b.position[p] = (byte) Position.SINGLE_PARENT.ordinal();
        }
    }

    private static Integer nearest(TreeMap<Integer, List<Integer>> byAge, int wanted, int min, int max) {
        Map.Entry<Integer, List<Integer>> lo = byAge.floorEntry(wanted), hi = byAge.ceilingEntry(wanted);
        boolean loOk = lo != null && lo.getKey() >= min, hiOk = hi != null && hi.getKey() <= max;
        if (!loOk && !hiOk) return null;
        if (!loOk) return hi.getKey();
        if (!hiOk) return lo.getKey();
        return wanted - lo.getKey() <= hi.getKey() - wanted ? lo.getKey() : hi.getKey();
    }
}
