package nl.mantelsim.report;

import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Integer counts on ageing and care for the dynamics indicators: older persons, care receivers by age and living
 * situation, carers and intensive carers by sex and age band, care hours of working and non-working carers, by the
 * carer's age band and by relation to the person cared for, and heavily burdened carers. Added to {@link Tally}.
 */
public final class CareTally {
    private CareTally() {}

    public static final String[] RECEIVER_BANDS = {"age_under_55", "age_55_64", "age_65_74", "age_75_84", "age_85plus"};
    public static final String[] CARER_BANDS = {"age_18_49", "age_50_64", "age_65_74", "age_75plus"};
    /** Relations to the person cared for, in the order of population.CareRelation after NONE. */
    public static final String[] RELATIONS = {"partner", "parent", "other_kin", "non_kin"};

    public enum Slot {
        POP_65PLUS, POP_80PLUS, RECEIVERS_AT_HOME, RECEIVERS_IN_INSTITUTION, RECEIVERS_75PLUS_HOME,
        CARE_MILLIHOURS_WORKING, CARE_MILLIHOURS_NOT_WORKING, HEAVILY_BURDENED,
        RECEIVED_MILLIHOURS, UNMET_MILLIHOURS, MET_WLZ, MET_WMO, MET_INFORMAL, MET_UNMET,
        RECEIVERS_BY_BAND, CARERS_BY_SEX_BAND, INTENSIVE_BY_SEX_BAND, CARE_MILLIHOURS_BY_BAND, CARE_MILLIHOURS_BY_RELATION;

        int width() {
            return switch (this) {
                case RECEIVERS_BY_BAND -> RECEIVER_BANDS.length;
                case CARERS_BY_SEX_BAND, INTENSIVE_BY_SEX_BAND -> 2 * CARER_BANDS.length;
                case CARE_MILLIHOURS_BY_BAND -> CARER_BANDS.length;
                case CARE_MILLIHOURS_BY_RELATION -> RELATIONS.length;
                default -> 1;
            };
        }
    }

    private static final int[] START = new int[Slot.values().length + 1];
    static {
        for (Slot s : Slot.values()) START[s.ordinal() + 1] = START[s.ordinal()] + s.width();
    }

    public static final int SIZE = START[Slot.values().length];

    public static int at(Slot s) { return START[s.ordinal()]; }

    static int receiverBand(int age) {
        return age < 55 ? 0 : age < 65 ? 1 : age < 75 ? 2 : age < 85 ? 3 : 4;
    }

    static int carerBand(int age) {
        return age < 50 ? 0 : age < 65 ? 1 : age < 75 ? 2 : 3;
    }

    static void fill(PersonBlock b, long[] t, int offset, double heavyBurdenHours, java.util.function.IntPredicate wmo) {
        for (int i = 0; i < b.size(); i++) {
            int age = b.age[i];
            if (age >= 65) t[offset + at(Slot.POP_65PLUS)]++;
            if (age >= 80) t[offset + at(Slot.POP_80PLUS)]++;
            if (b.careNeed[i] == 1) {
                boolean institution = b.position[i] == Position.INSTITUTION.ordinal();
                t[offset + at(institution ? Slot.RECEIVERS_IN_INSTITUTION : Slot.RECEIVERS_AT_HOME)]++;
                if (!institution && age >= 75) t[offset + at(Slot.RECEIVERS_75PLUS_HOME)]++;
                t[offset + at(Slot.RECEIVERS_BY_BAND) + receiverBand(age)]++;
                long received = Math.round(1000.0 * b.careHoursReceived[i]), unmet = Math.round(1000.0 * b.careHoursUnmet[i]);
                t[offset + at(Slot.RECEIVED_MILLIHOURS)] += received;
                t[offset + at(Slot.UNMET_MILLIHOURS)] += unmet;
                // How the need is met: Wlz in an institution; else mostly unmet; else Wmo help at home; else informal.
                Slot met = institution ? Slot.MET_WLZ : unmet > received ? Slot.MET_UNMET : wmo.test(i) ? Slot.MET_WMO : Slot.MET_INFORMAL;
                t[offset + at(met)]++;
            }
            if (b.careHours[i] > 0) {
                int k = b.sex[i] * CARER_BANDS.length + carerBand(age);
                t[offset + at(Slot.CARERS_BY_SEX_BAND) + k]++;
                if (b.careHours[i] > 8) t[offset + at(Slot.INTENSIVE_BY_SEX_BAND) + k]++;
                long milli = Math.round(1000.0 * b.careHours[i]);
                t[offset + at(b.employed[i] == 1 ? Slot.CARE_MILLIHOURS_WORKING : Slot.CARE_MILLIHOURS_NOT_WORKING)] += milli;
                t[offset + at(Slot.CARE_MILLIHOURS_BY_BAND) + carerBand(age)] += milli;
                if (b.careRelation[i] > 0) t[offset + at(Slot.CARE_MILLIHOURS_BY_RELATION) + b.careRelation[i] - 1] += milli;
                if (b.careHours[i] >= heavyBurdenHours) t[offset + at(Slot.HEAVILY_BURDENED)]++;
            }
        }
    }
}
