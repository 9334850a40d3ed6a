package nl.mantelsim.population;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Links adults who no longer live with their parents to a mother and a father in the same block, so that older
 * people know their living children (who may care for them). No table gives these links: each person of 15 or
 * over gets a completed number of children from the assumed distribution of their birth cohort
 * (data/model/parity.csv); children living at home use up part of it; other persons, oldest first (they have the
 * fewest possible parents alive), take the mother whose age is nearest their age plus a drawn age at birth, 16-50
 * years older, and her partner as father. Fathers living apart from the mother are drawn afterwards the same way
 * (16-60 years older), first for persons without a living mother, then for those whose mother lives without a
 * partner: an assumption that widowers' children are mostly those whose mother died, which keeps the children of
 * old fathers and of old mothers from being the same persons. A person whose possible parents are all dead or used
 * up has none alive, as in reality for most people over 60. The fit report compares the number of persons with a
 * parent aged 80+ to CBS's 1.6 million (2022).
 */
final class KinLinks {
    private KinLinks() {}

    static void link(PersonBlock b, long seed, HouseholdRules rules) {
        int[] capacity = new int[b.size()];
        for (int i = 0; i < b.size(); i++) {
            if (b.age[i] >= 15) capacity[i] = HouseholdRules.pick(rules.parityByAge()[b.age[i]], Draws.uniform(seed, b.id[i], 0, Purpose.PARITY));
        }
        for (int i = 0; i < b.size(); i++) {
            int m = b.mother[i], f = b.father[i];
            if (m >= 0) capacity[m]--;
            if (f >= 0) capacity[f]--;
        }
        AgeIndex mothers = new AgeIndex(), fathers = new AgeIndex();
        for (int i = 0; i < b.size(); i++) {
            if (capacity[i] > 0) (b.sex[i] == PersonBlock.FEMALE ? mothers : fathers).add(b.age[i], i);
        }
        List<Integer> adults = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            if (b.age[i] >= 16 && b.position[i] != Position.CHILD_AT_HOME.ordinal()) adults.add(i);
        }
        adults.sort(Comparator.<Integer>comparingInt(i -> -b.age[i]).thenComparingLong(i -> Draws.key(seed, b.id[i], 0, Purpose.HOUSEHOLD_ORDER, 1)));
        List<Integer> motherless = new ArrayList<>(), motherAlone = new ArrayList<>();
        for (int c : adults) {
            int age = b.age[c];
            if (age + 16 > Cells.MAX_AGE) continue;
            int m = mothers.take(age + rules.motherGapMean() + rules.gapSd() * gap(b, c, seed), age + 16, Math.min(Cells.MAX_AGE, age + 50));
            if (m < 0) {
                motherless.add(c);
                continue;
            }
            b.mother[c] = m;
            if (--capacity[m] > 0) mothers.add(b.age[m], m);
            int f = b.partner[m];
            if (f >= 0 && capacity[f] > 0) {
                b.father[c] = f;
                capacity[f]--;
            } else {
                motherAlone.add(c);
            }
        }
        // A father who does not live with the mother: first for persons whose mother has died (a widower's children),
        // then for those whose mother lives without a partner (separated parents). Drawing widowers for a widow's
        // children instead would give both parents' children to the same persons and undercount kin of the old.
        for (List<Integer> group : List.of(motherless, motherAlone)) {
            for (int c : group) {
                int age = b.age[c];
                double wanted = age + rules.fatherGapMean() + rules.gapSd() * gap(b, c, seed);
                int f = fathers.take(wanted, age + 16, Math.min(Cells.MAX_AGE, age + 60));
                while (f >= 0 && capacity[f] <= 0) f = fathers.take(wanted, age + 16, Math.min(Cells.MAX_AGE, age + 60));
                if (f < 0) continue;
                b.father[c] = f;
                if (--capacity[f] > 0) fathers.add(b.age[f], f);
            }
        }
    }

    /** The person's standardised deviation of the parents' age at birth from its mean (one draw for both parents). */
    private static double gap(PersonBlock b, int c, long seed) {
        return ZigguratSampler.NormalizedGaussian.of(Draws.stream(seed, b.id[c], 0, Purpose.MOTHER_AGE_GAP)).sample();
    }
}
