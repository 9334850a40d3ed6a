package nl.mantelsim.population;

import java.util.Arrays;

/**
 * The members of each household in a block, as runs of person indices sorted by household id: built in one sort,
 * then read as groups (cost-sharers, co-residence, household statistics) without a map per household.
 */
public final class Households {
    private final int[] order;
    private final int[] start; // start[k]..start[k+1]-1 are the members of household k in order

    /** Households numbered in order of first appearance, then a counting sort: linear in the block size. */
    public Households(PersonBlock b) {
        int n = b.size();
        int cap = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
        long[] keys = new long[cap];
        int[] slots = new int[cap];
        Arrays.fill(slots, -1);
        int[] dense = new int[n];
        int households = 0;
        for (int i = 0; i < n; i++) {
            long key = b.householdId[i];
            int h = (int) (nl.mantelsim.engine.Draws.mix64(key) & (cap - 1));
            while (slots[h] >= 0 && keys[h] != key) h = (h + 1) & (cap - 1);
            if (slots[h] < 0) {
                keys[h] = key;
                slots[h] = households++;
            }
            dense[i] = slots[h];
        }
        start = new int[households + 1];
        for (int i = 0; i < n; i++) start[dense[i] + 1]++;
        for (int k = 0; k < households; k++) start[k + 1] += start[k];
        int[] fill = Arrays.copyOf(start, households);
        order = new int[n];
        for (int i = 0; i < n; i++) order[fill[dense[i]]++] = i;
    }

    public int count() { return start.length - 1; }

    public int size(int household) { return start[household + 1] - start[household]; }

    public int member(int household, int k) { return order[start[household] + k]; }

    /** Whether a parent of member i (mother or father) lives in i's household. */
    public static boolean parentAtHome(PersonBlock b, int i) {
        return sameHousehold(b, b.mother[i], i) || sameHousehold(b, b.father[i], i);
    }

    /** Whether row r (a link, -1 for none) lives in i's household. */
    static boolean sameHousehold(PersonBlock b, int r, int i) {
        return r >= 0 && b.householdId[r] == b.householdId[i];
    }

    /** Adults aged 27 or over in i's household other than i and i's partner: the cost-sharers of the Participatiewet. */
    public static int costSharers(PersonBlock b, Households h, int household, int i, int minimumAge) {
        int n = 0;
        for (int k = 0; k < h.size(household); k++) {
            int j = h.member(household, k);
            if (j != i && j != b.partner[i] && b.age[j] >= minimumAge) n++;
        }
        return n;
    }

    /**
     * Makes positions agree with household composition after a year of deaths, births and moves: a household of
     * one is a person living alone; a person "living alone" with others becomes an other member; a single parent
     * or a partner with children without a child at home any more loses that position; an adult "child at home"
     * without a parent in the household is an other member. A minor left without a parent stays a child at home
     * (the indicator household_inconsistencies counts such cases).
     */
    public static void normalisePositions(PersonBlock b) {
        normalisePositions(b, new Households(b));
    }

    /** The same with the block's households already built (the year step shares them). */
    public static void normalisePositions(PersonBlock b, Households h) {
        int single = Position.SINGLE.ordinal(), other = Position.OTHER_MEMBER.ordinal(), child = Position.CHILD_AT_HOME.ordinal();
        for (int k = 0; k < h.count(); k++) {
            int n = h.size(k);
            if (b.position[h.member(k, 0)] == Position.INSTITUTION.ordinal()) continue;
            boolean hasChild = false;
            for (int x = 0; x < n; x++) {
                int i = h.member(k, x);
                if (b.position[i] != child) continue;
                if (parentAtHome(b, i)) hasChild = true;
                else if (b.age[i] >= 18) b.position[i] = (byte) other;
            }
            for (int x = 0; x < n; x++) {
                int i = h.member(k, x);
                Position p = Position.ALL[b.position[i]];
                if (n == 1 && p != Position.CHILD_AT_HOME) b.position[i] = (byte) single;
                else if (n > 1 && p == Position.SINGLE) b.position[i] = (byte) other;
                else if (!hasChild && p == Position.SINGLE_PARENT) b.position[i] = (byte) (n == 1 ? single : other);
                else if (!hasChild && p == Position.PARTNER_WITH_CHILDREN) b.position[i] = (byte) Position.PARTNER_NO_CHILDREN.ordinal();
                else if (hasChild && p == Position.PARTNER_NO_CHILDREN && isParentOfChildHere(b, h, k, i)) {
                    b.position[i] = (byte) Position.PARTNER_WITH_CHILDREN.ordinal();
                }
            }
        }
    }

    private static boolean isParentOfChildHere(PersonBlock b, Households h, int k, int i) {
        for (int x = 0; x < h.size(k); x++) {
            int c = h.member(k, x);
            if (b.position[c] == Position.CHILD_AT_HOME.ordinal() && (b.mother[c] == i || b.father[c] == i)) return true;
        }
        return false;
    }
}
