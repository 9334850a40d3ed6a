package nl.mantelsim.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;

/**
 * Puts the persons of one block into households consistent with their positions: couples of a woman and a man
 * matched by age rank (quantile matching keeps each sex's age distribution and gives the usual age gap), children
 * living at home placed with a mother (or single father) 16-50 years older, nearest the usual age at birth,
 * other members paired or placed with a family (older ones with a family of the next generation), singles alone,
 * institutional residents grouped. Children at home of cost-sharing age and other members stay out of households
 * where a parent or partner is on bijstand, which the fit has placed in their own household (kostendelersnorm
 * share, {@link BijstandMargins}). Where the fitted positions cannot all be honoured in a block (an unmatched
 * partner, a family left without children) the person's position is changed to the nearest consistent one; the
 * fit report shows the resulting deviations.
 */
final class HouseholdAssembly {
    private final PersonBlock b;
    private final long seed;
    private final HouseholdRules rules;
    private long nextHousehold;
    /** Families: reference parent (mother, or the single parent), children wanted and placed. */
    private final List<int[]> families = new ArrayList<>();
    private static final int REF = 0, WANTED = 1, PLACED = 2;

    private HouseholdAssembly(PersonBlock b, long seed, HouseholdRules rules) {
        this.b = b;
        this.seed = seed;
        this.rules = rules;
        this.nextHousehold = (long) b.blockId << 32;
    }

    static void assemble(PersonBlock b, long seed, HouseholdRules rules) {
        new HouseholdAssembly(b, seed, rules).run();
    }

    private void run() {
        List<Integer> children = new ArrayList<>(), others = new ArrayList<>(), institution = new ArrayList<>();
        List<List<Integer>> partners = new ArrayList<>();
        for (int k = 0; k < 4; k++) partners.add(new ArrayList<>());
        for (int i = 0; i < b.size(); i++) {
            Position p = Position.ALL[b.position[i]];
            switch (p) {
                case PARTNER_NO_CHILDREN -> partners.get(b.sex[i]).add(i);
                case PARTNER_WITH_CHILDREN -> partners.get(2 + b.sex[i]).add(i);
                case CHILD_AT_HOME -> children.add(i);
                case SINGLE_PARENT -> family(i, -1, rules.singleParentChildren());
                case OTHER_MEMBER -> others.add(i);
                case INSTITUTION -> institution.add(i);
                case SINGLE -> b.householdId[i] = newHousehold();
            }
        }
        couples(partners.get(1), partners.get(0), false);
        couples(partners.get(3), partners.get(2), true);
        placeChildren(children);
        for (int[] f : families) if (f[PLACED] == 0) withoutChildren(f[REF]);
        placeOthers(others);
        groupInstitutions(institution);
    }

    private long newHousehold() { return nextHousehold++; }

    private Comparator<Integer> byAge() {
        return Comparator.<Integer>comparingInt(i -> b.age[i]).thenComparingLong(i -> Draws.key(seed, b.id[i], 0, Purpose.HOUSEHOLD_ORDER, 0));
    }

    private void couples(List<Integer> women, List<Integer> men, boolean withChildren) {
        women.sort(byAge());
        men.sort(byAge());
        int n = Math.min(women.size(), men.size());
        // A block rarely has exactly as many women as men in a partner position. Childless partners left unmatched
        // (they will live alone) are taken at random (keyed), not the oldest of the longer list as an age-ranked
        // match would leave them: that made men of 70+ living alone 1% too many. With children, the oldest are left
        // (they head a single-parent family of adult children, which keeps the households of 4 that young families
        // would lose).
        if (!withChildren) {
            leaveUnmatchedAtRandom(women, n);
            leaveUnmatchedAtRandom(men, n);
        }
        for (int k = 0; k < n; k++) {
            int w = women.get(k), m = men.get(k);
            long h = newHousehold();
            b.householdId[w] = h;
            b.householdId[m] = h;
            b.partner[w] = m;
            b.partner[m] = w;
            if (withChildren) family(w, m, rules.coupleChildren());
        }
        // Unmatched partners (a block rarely has exactly as many women as men) live alone or head a single-parent family.
        for (List<Integer> rest : List.of(women, men)) {
            for (int k = n; k < rest.size(); k++) {
                int i = rest.get(k);
                if (withChildren) {
                    b.position[i] = (byte) Position.SINGLE_PARENT.ordinal();
                    family(i, -1, rules.singleParentChildren());
                } else {
                    b.position[i] = (byte) Position.SINGLE.ordinal();
                    b.householdId[i] = newHousehold();
                }
            }
        }
    }

    /** Moves a keyed random choice of all but n of the age-sorted list to its end, the rest staying in age order. */
    private void leaveUnmatchedAtRandom(List<Integer> sorted, int n) {
        if (sorted.size() <= n) return;
        List<Integer> byKey = new ArrayList<>(sorted);
        byKey.sort(Comparator.comparingLong(i -> Draws.key(seed, b.id[i], 0, Purpose.HOUSEHOLD_ORDER, 3)));
        Set<Integer> left = new HashSet<>(byKey.subList(n, byKey.size()));
        sorted.removeIf(left::contains);
        sorted.addAll(byKey.subList(n, byKey.size()));
    }

    private void family(int ref, int second, double[] childrenShares) {
        if (second < 0) b.householdId[ref] = newHousehold();
        int wanted = rules.childrenWanted(childrenShares, Draws.uniform(seed, b.id[ref], 0, Purpose.CHILDREN_WANTED));
        families.add(new int[] {ref, wanted, 0});
    }

    /** A household where a parent or partner is on bijstand: adults of cost-sharing age would cut their benefit. */
    private boolean onBijstand(int head) {
        int partner = b.partner[head];
        return b.bijstand[head] == 1 || (partner >= 0 && b.bijstand[partner] == 1);
    }

    private void placeChildren(List<Integer> children) {
        // Families where a parent is on bijstand are indexed apart (index 1): a child at home of cost-sharing age
        // (27+) goes to another family when one fits, because CBS finds only 12% of recipients sharing their home
        // with cost-sharers, and children at home and other members already make up that share in the fit.
        AgeIndex[] open = {new AgeIndex(), new AgeIndex()}, all = {new AgeIndex(), new AgeIndex()};
        // Families of one age are served in turn, in a keyed random order (not couples before single parents).
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < families.size(); f++) order.add(f);
        order.sort(Comparator.comparingLong(f -> Draws.key(seed, b.id[families.get(f)[REF]], 0, Purpose.HOUSEHOLD_ORDER, 2)));
        for (int f : order) {
            int k = onBijstand(families.get(f)[REF]) ? 1 : 0;
            open[k].add(b.age[families.get(f)[REF]], f);
            all[k].add(b.age[families.get(f)[REF]], f);
        }
        // Youngest first: young children fit few families (mothers 16-50 years older), adult children many, so placing
        // the hardest first fills families closer to the children they want (households of 3 vs 4: fit report).
        children.sort(byAge());
        for (int c : children) {
            int age = b.age[c];
            double z = org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian
                    .of(Draws.stream(seed, b.id[c], 0, Purpose.MOTHER_AGE_GAP)).sample();
            double wanted = age + rules.motherGapMean() + rules.gapSd() * z;
            int min = age + 16, max = Math.min(Cells.MAX_AGE, age + 50);
            boolean sharerAge = age >= rules.costSharerMinimumAge();
            boolean fits = open[0].distance(wanted, min, max) < Double.POSITIVE_INFINITY;
            // Of cost-sharing age: a family without bijstand, if need be one more child than it wanted.
            boolean overfill = sharerAge && !fits && all[0].distance(wanted, min, max) < Double.POSITIVE_INFINITY;
            // Younger: a family with bijstand when one is within a standard deviation of the age gap of the best
            // match, so that those families still get their children while the others keep places for adults.
            int k = sharerAge ? (fits || overfill ? 0 : 1)
                    : open[1].distance(wanted, min, max) <= open[0].distance(wanted, min, max) + rules.gapSd() ? 1 : 0;
            int f = overfill ? -1 : open[k].take(wanted, min, max);
            if (f >= 0) {
                if (families.get(f)[PLACED] + 1 < families.get(f)[WANTED]) open[k].add(b.age[families.get(f)[REF]], f);
            } else {
                k = overfill ? 0 : nearer(all, wanted, min, max);
                f = all[k].peek(wanted, min, max);
            }
            if (f < 0 && !families.isEmpty()) f = all[nearer(all, wanted, 0, Cells.MAX_AGE)].peek(wanted, 0, Cells.MAX_AGE);
            if (f < 0) { // no family in the block at all: the child forms a household of its own (reported as a deviation)
                b.householdId[c] = newHousehold();
                continue;
            }
            int[] fam = families.get(f);
            fam[PLACED]++;
            int ref = fam[REF];
            b.householdId[c] = b.householdId[ref];
            if (b.sex[ref] == PersonBlock.FEMALE) {
                b.mother[c] = ref;
                b.father[c] = b.partner[ref];
            } else {
                b.father[c] = ref;
            }
        }
    }

    /** Which of the two indices holds the candidate nearest the wanted age (the first on a tie). */
    private static int nearer(AgeIndex[] index, double wanted, int min, int max) {
        return index[1].distance(wanted, min, max) < index[0].distance(wanted, min, max) ? 1 : 0;
    }

    private void withoutChildren(int ref) {
        if (b.partner[ref] != -1) {
            b.position[ref] = (byte) Position.PARTNER_NO_CHILDREN.ordinal();
            b.position[b.partner[ref]] = (byte) Position.PARTNER_NO_CHILDREN.ordinal();
        } else {
            b.position[ref] = (byte) Position.SINGLE.ordinal();
        }
    }

    private void placeOthers(List<Integer> others) {
        others.sort(Comparator.comparingLong(i -> Draws.key(seed, b.id[i], 0, Purpose.OTHER_MEMBER_PAIRING, 0)));
        int pairs = (int) Math.round(others.size() * rules.otherPairShare() / 2);
        costSharingMates(others, Math.min(2 * pairs, others.size() & ~1));
        for (int k = 0; k < 2 * pairs && k + 1 < others.size(); k += 2) {
            long h = newHousehold();
            b.householdId[others.get(k)] = h;
            b.householdId[others.get(k + 1)] = h;
        }
        // Hosts: 0 childless couples, 1 couples with children, 2 single parents. The rules give each list its share
        // of the members who join a family (CBS's household sizes put most of them with families with children, at
        // the same rate for couples and single parents; HouseholdRules).
        AgeIndex[] households = {new AgeIndex(), new AgeIndex(), new AgeIndex()};
        List<List<Integer>> heads = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < b.size(); i++) {
            Position p = Position.ALL[b.position[i]];
            boolean head = (p.isPartner() && b.sex[i] == PersonBlock.FEMALE) || p == Position.SINGLE_PARENT;
            // A household with a recipient on bijstand takes no other member: the fit already puts CBS's 12% of
            // recipients sharing a home among the other members and children at home themselves.
            if (head && !onBijstand(i)) heads.get(p == Position.PARTNER_NO_CHILDREN ? 0 : p == Position.SINGLE_PARENT ? 2 : 1).add(i);
        }
        // Heads of one age are served in turn: in a keyed random order, not the block's cell order (which put male
        // single parents first and sent them most of the older members).
        for (int k = 0; k < 3; k++) {
            heads.get(k).sort(Comparator.comparingLong(i -> Draws.key(seed, b.id[i], 0, Purpose.HOUSEHOLD_ORDER, 1)));
            for (int i : heads.get(k)) households[k].add(b.age[i], i);
        }
        for (int k = 2 * pairs; k < others.size(); k++) {
            int o = others.get(k);
            int list = rules.hostList(Draws.uniform(seed, b.id[o], 0, Purpose.OTHER_MEMBER_PAIRING, 2));
            for (int tries = 1; tries < 3 && heads.get(list).isEmpty(); tries++) list = (list + 1) % 3;
            int host = -1;
            // An older member most often lives with a child's family: a head one generation younger.
            if (b.age[o] >= 65) host = households[list].peek(b.age[o] - 30, b.age[o] - 45, b.age[o] - 18);
            List<Integer> candidates = heads.get(list);
            if (host < 0 && !candidates.isEmpty()) {
                // A recipient on bijstand joins a head of cost-sharing age (a few keyed tries), as the fit assumed.
                int tries = b.bijstand[o] == 1 ? 4 : 1;
                for (int t = 0; t < tries; t++) {
                    host = candidates.get((int) Math.floorMod(Draws.key(seed, b.id[o], 0, Purpose.OTHER_MEMBER_PAIRING, 1 + 2 * t), (long) candidates.size()));
                    if (b.age[host] >= rules.costSharerMinimumAge()) break;
                }
            }
            b.householdId[o] = host >= 0 ? b.householdId[host] : newHousehold();
        }
    }

    /**
     * A recipient on bijstand living as an other member shares a home with a cost-sharer (the fit put CBS's 12% of
     * recipients there): a pair mate under the cost-sharing age is swapped with an older member who joins a family.
     */
    private void costSharingMates(List<Integer> others, int paired) {
        int minimum = rules.costSharerMinimumAge(), spare = paired;
        for (int k = 0; k < paired; k += 2) {
            int a = others.get(k), m = others.get(k + 1);
            int mate = b.bijstand[a] == 1 ? k + 1 : b.bijstand[m] == 1 ? k : -1;
            if (mate < 0 || b.age[others.get(mate)] >= minimum) continue;
            while (spare < others.size() && (b.age[others.get(spare)] < minimum || b.bijstand[others.get(spare)] == 1)) spare++;
            if (spare == others.size()) return;
            Collections.swap(others, mate, spare++);
        }
    }

    private void groupInstitutions(List<Integer> residents) {
        residents.sort(byAge());
        long h = -1;
        for (int k = 0; k < residents.size(); k++) {
            if (k % rules.institutionSize() == 0) h = newHousehold();
            b.householdId[residents.get(k)] = h;
        }
    }
}
