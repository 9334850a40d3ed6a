package nl.mantelsim.report;

import nl.mantelsim.population.CareRelation;
import nl.mantelsim.population.Households;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Integer counts of the population's structure in a block: households by size and type, carers by the CBS narrow
 * definition, carers by relation, kin, care received, and violations of household consistency (which must be
 * zero in the base population). Added to {@link Tally}.
 */
public final class StructureTally {
    private StructureTally() {}

    /** CBS narrow carer groups: 5-year groups from 20-24 to 95+ (16), as in care-labour/carer_prevalence_cbs.csv. */
    public static final int NARROW_GROUPS = 16;

    public enum Slot {
        HH_SIZE_1, HH_SIZE_2, HH_SIZE_3, HH_SIZE_4, HH_SIZE_5PLUS,
        HH_SINGLE, HH_COUPLE_NO_CHILDREN, HH_COUPLE_WITH_CHILDREN, HH_SINGLE_PARENT, HH_OTHER, INSTITUTION_RESIDENTS,
        NARROW_FEMALE_16PLUS, NARROW_MALE_16PLUS, POP_FEMALE_16PLUS, POP_MALE_16PLUS, NARROW_FEMALE_20PLUS, NARROW_MALE_20PLUS,
        CARERS_PARTNER, CARERS_PARENT, CARERS_OTHER_KIN, CARERS_NON_KIN,
        WITH_PARENT_80PLUS, RECEIVERS_55PLUS, RECEIVED_MILLIHOURS_55PLUS, RECEIVERS_75PLUS, RECEIVED_MILLIHOURS_75PLUS,
        BAD_PARTNER_LINK, CHILD_WITHOUT_PARENT, MIXED_INSTITUTION, HOUSEHOLD_SIZE_MISMATCH,
        // Groups of counts from here on: see width().
        NARROW_BY_AGE, POP_BY_AGE,
        EMPLOYED_BY_SEX_EDUCATION, WORK_MILLIHOURS_BY_SEX_EDUCATION, PART_TIME_BY_SEX_EDUCATION,
        RECEIVERS_BY_SEX_AGE, POP_BY_SEX_AGE;

        /** Counts in the slot: CBS narrow groups by age, sex x education (6), sex x 55-64/65-74/75+ (6). */
        int width() {
            return switch (this) {
                case NARROW_BY_AGE, POP_BY_AGE -> NARROW_GROUPS;
                case EMPLOYED_BY_SEX_EDUCATION, WORK_MILLIHOURS_BY_SEX_EDUCATION, PART_TIME_BY_SEX_EDUCATION,
                        RECEIVERS_BY_SEX_AGE, POP_BY_SEX_AGE -> 6;
                default -> 1;
            };
        }
    }

    private static final int[] START = new int[Slot.values().length + 1];
    static {
        for (Slot s : Slot.values()) START[s.ordinal() + 1] = START[s.ordinal()] + s.width();
    }

    public static final int SIZE = START[Slot.values().length];

    public static int at(Slot s) {
        return START[s.ordinal()];
    }

    /** Receiver age groups of CBS's table: 55-64, 65-74, 75+ (-1 below 55). */
    public static int receiverGroup(int age) {
        return age < 55 ? -1 : age < 65 ? 0 : age < 75 ? 1 : 2;
    }

    /** CBS narrow definition: care lasting over 3 months and/or over 8 hours a week. */
    public static boolean narrow(PersonBlock b, int i) {
        return b.careHours[i] > 8 || (b.careHours[i] > 0 && b.careMonths[i] >= 3);
    }

    static void fill(PersonBlock b, Households h, long[] t, int offset) {
        for (int i = 0; i < b.size(); i++) {
            int age = b.age[i];
            boolean female = b.sex[i] == PersonBlock.FEMALE;
            if (age >= 16) {
                t[offset + at(female ? Slot.POP_FEMALE_16PLUS : Slot.POP_MALE_16PLUS)]++;
                if (narrow(b, i)) t[offset + at(female ? Slot.NARROW_FEMALE_16PLUS : Slot.NARROW_MALE_16PLUS)]++;
            }
            if (age >= 20) {
                int g = Math.min(NARROW_GROUPS - 1, (age - 20) / 5);
                t[offset + at(Slot.POP_BY_AGE) + g]++;
                if (narrow(b, i)) {
                    t[offset + at(Slot.NARROW_BY_AGE) + g]++;
                    t[offset + at(female ? Slot.NARROW_FEMALE_20PLUS : Slot.NARROW_MALE_20PLUS)]++;
                }
            }
            if (b.employed[i] == 1) {
                int k = b.sex[i] * 3 + b.education[i];
                t[offset + at(Slot.EMPLOYED_BY_SEX_EDUCATION) + k]++;
                t[offset + at(Slot.WORK_MILLIHOURS_BY_SEX_EDUCATION) + k] += Math.round(1000.0 * b.workHours[i]);
                if (b.workHours[i] < 35) t[offset + at(Slot.PART_TIME_BY_SEX_EDUCATION) + k]++;
            }
            int rg = receiverGroup(age);
            // CBS's health survey asks persons in private households only.
            if (rg >= 0 && b.position[i] != Position.INSTITUTION.ordinal()) {
                t[offset + at(Slot.POP_BY_SEX_AGE) + b.sex[i] * 3 + rg]++;
                if (b.careNeed[i] == 1) t[offset + at(Slot.RECEIVERS_BY_SEX_AGE) + b.sex[i] * 3 + rg]++;
            }
            if (b.careHours[i] > 0) {
                CareRelation r = CareRelation.ALL[b.careRelation[i]];
                switch (r) {
                    case PARTNER -> t[offset + at(Slot.CARERS_PARTNER)]++;
                    case PARENT -> t[offset + at(Slot.CARERS_PARENT)]++;
                    case OTHER_KIN -> t[offset + at(Slot.CARERS_OTHER_KIN)]++;
                    case NON_KIN -> t[offset + at(Slot.CARERS_NON_KIN)]++;
                    default -> { }
                }
            }
            if (aged80Plus(b, b.mother[i]) || aged80Plus(b, b.father[i])) t[offset + at(Slot.WITH_PARENT_80PLUS)]++;
            if (b.careNeed[i] == 1 && age >= 55) {
                t[offset + at(Slot.RECEIVERS_55PLUS)]++;
                t[offset + at(Slot.RECEIVED_MILLIHOURS_55PLUS)] += Math.round(1000.0 * b.careHoursReceived[i]);
                if (age >= 75) {
                    t[offset + at(Slot.RECEIVERS_75PLUS)]++;
                    t[offset + at(Slot.RECEIVED_MILLIHOURS_75PLUS)] += Math.round(1000.0 * b.careHoursReceived[i]);
                }
            }
        }
        households(b, h, t, offset);
    }

    private static final Slot[] SLOTS = Slot.values();

    /** Whether row r (a parent link, -1 for none) is a person aged 80+. */
    private static boolean aged80Plus(PersonBlock b, int r) {
        return r >= 0 && b.age[r] >= 80;
    }

    private static void households(PersonBlock b, Households h, long[] t, int offset) {
        for (int k = 0; k < h.count(); k++) {
            int n = h.size(k);
            boolean institution = false, privateMember = false, couple = false, parent;
            int partnersWithChildren = 0, singleParents = 0;
            for (int x = 0; x < n; x++) {
                int i = h.member(k, x);
                Position p = Position.ALL[b.position[i]];
                if (p == Position.INSTITUTION) institution = true;
                else privateMember = true;
                if (p.isPartner()) couple = true;
                if (p == Position.PARTNER_WITH_CHILDREN) partnersWithChildren++;
                if (p == Position.SINGLE_PARENT) singleParents++;
                if (p == Position.CHILD_AT_HOME && !Households.parentAtHome(b, i)) t[offset + at(Slot.CHILD_WITHOUT_PARENT)]++;
                // A partner link is good when the partner lives here and points back.
                int q = b.partner[i];
                if (q >= 0 && (b.partner[q] != i || b.householdId[q] != b.householdId[i])) t[offset + at(Slot.BAD_PARTNER_LINK)]++;
            }
            parent = partnersWithChildren > 0 || singleParents > 0;
            if (institution) {
                if (privateMember) t[offset + at(Slot.MIXED_INSTITUTION)]++;
                t[offset + at(Slot.INSTITUTION_RESIDENTS)] += n;
                continue;
            }
            t[offset + at(n >= 5 ? Slot.HH_SIZE_5PLUS : SLOTS[Slot.HH_SIZE_1.ordinal() + n - 1])]++;
            Slot type = n == 1 ? Slot.HH_SINGLE : couple && partnersWithChildren > 0 ? Slot.HH_COUPLE_WITH_CHILDREN
                    : couple ? Slot.HH_COUPLE_NO_CHILDREN : parent ? Slot.HH_SINGLE_PARENT : Slot.HH_OTHER;
            t[offset + at(type)]++;
            // Positions must agree with the household's size: living alone means a household of one and back.
            int alone = 0;
            for (int x = 0; x < n; x++) if (b.position[h.member(k, x)] == Position.SINGLE.ordinal()) alone++;
            if ((n == 1 && alone == 0) || (n > 1 && alone > 0)) t[offset + at(Slot.HOUSEHOLD_SIZE_MISMATCH)]++;
        }
    }
}
