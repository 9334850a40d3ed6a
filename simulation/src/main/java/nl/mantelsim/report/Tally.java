package nl.mantelsim.report;

import nl.mantelsim.population.PersonBlock;

/**
 * Integer sums over the persons of a block: counts, hours in thousandths and money in cents. Integers add up to
 * the same total in any order, so indicators are identical whatever the partitioning (floating-point sums are
 * not, shared notes 1.5). The flows of the year are appended from the block's event counters.
 */
public final class Tally {
    private Tally() {}

    public enum Stock {
        POP_ALL, POP_FEMALE, POP_MALE, POP_0_19, POP_20_49, POP_50_74, POP_75_84, POP_85PLUS,
        CARERS, INTENSIVE_CARERS, WORKING_CARERS, CARE_RECEIVERS, CARERS_WITH_RECEIVER,
        POP_15_74_FEMALE, POP_15_74_MALE, EMPLOYED_15_74_FEMALE, EMPLOYED_15_74_MALE,
        EMPLOYED_FEMALE, EMPLOYED_MALE, WORK_MILLIHOURS_FEMALE, WORK_MILLIHOURS_MALE,
        CARE_MILLIHOURS, BIJSTAND, BIJSTAND_COST_SHARERS,
        STATUS_CHILD, STATUS_EMPLOYED, STATUS_UNEMPLOYED, STATUS_INACTIVE, STATUS_STUDENT, STATUS_RETIRED,
        INCOME_NONE, INCOME_WAGE, INCOME_AOW, INCOME_BIJSTAND, INCOME_OTHER_BENEFIT,
        // Labour and gender indicators (issue 5), by sex where the issue asks for it.
        WORKING_CARERS_FEMALE, WORKING_CARERS_MALE, WORKING_INTENSIVE_CARERS_FEMALE, WORKING_INTENSIVE_CARERS_MALE,
        EMPLOYED_16_69_FEMALE, EMPLOYED_16_69_MALE, EMPLOYED_CARERS_16_69_FEMALE, EMPLOYED_CARERS_16_69_MALE,
        COHABITING_CARERS_FEMALE, COHABITING_CARERS_MALE, REDUCED_HOURS_FOR_CARE_FEMALE, REDUCED_HOURS_FOR_CARE_MALE,
        WORK_MILLIHOURS_INTENSIVE_CARERS, EMPLOYED_NON_CARERS, WORK_MILLIHOURS_NON_CARERS,
        // Workers with a job of 12+ hours, the population SCP (2019) compares: non-carers, carers, intensive by sex.
        JOB12_NON_CARERS, JOB12_MILLIHOURS_NON_CARERS, JOB12_CARERS, JOB12_MILLIHOURS_CARERS,
        JOB12_INTENSIVE_FEMALE, JOB12_MILLIHOURS_INTENSIVE_FEMALE, JOB12_INTENSIVE_MALE, JOB12_MILLIHOURS_INTENSIVE_MALE
    }

    public static final int STOCKS = Stock.values().length;
    private static final int CARE = STOCKS + StructureTally.SIZE;
    private static final int EVENTS = CARE + CareTally.SIZE;
    public static final int SIZE = EVENTS + PersonBlock.Event.values().length;

    /**
     * @param heavyBurdenHours weekly care hours from which a carer counts as heavily burdened (CareModel)
     * @param minimumJobHours  the least weekly hours of the workers SCP compares carers' hours among (LabourModel)
     * @param wmo whether receiver i at home gets Wmo household help
     */
    public static long[] of(PersonBlock b, double heavyBurdenHours, double minimumJobHours, java.util.function.IntPredicate wmo) {
        return of(b, new nl.mantelsim.population.Households(b), heavyBurdenHours, minimumJobHours, wmo);
    }

    /** The same with the block's households already built (the year step shares them). */
    public static long[] of(PersonBlock b, nl.mantelsim.population.Households h,
                            double heavyBurdenHours, double minimumJobHours, java.util.function.IntPredicate wmo) {
        long[] t = new long[SIZE];
        for (int i = 0; i < b.size(); i++) {
            int age = b.age[i];
            boolean female = b.sex[i] == PersonBlock.FEMALE;
            boolean employed = b.employed[i] == 1;
            t[Stock.POP_ALL.ordinal()]++;
            t[(female ? Stock.POP_FEMALE : Stock.POP_MALE).ordinal()]++;
            t[ageBand(age).ordinal()]++;
            if (b.careHours[i] > 0) {
                t[Stock.CARERS.ordinal()]++;
                if (b.careHours[i] > 8) t[Stock.INTENSIVE_CARERS.ordinal()]++;
                if (employed) t[Stock.WORKING_CARERS.ordinal()]++;
                if (b.livesWithReceiver[i] == 1) t[Stock.CARERS_WITH_RECEIVER.ordinal()]++;
                t[Stock.CARE_MILLIHOURS.ordinal()] += Math.round(1000.0 * b.careHours[i]);
            }
            if (b.careNeed[i] == 1) t[Stock.CARE_RECEIVERS.ordinal()]++;
            labour(b, i, female, employed, minimumJobHours, t);
            if (age >= 15 && age <= 74) {
                t[(female ? Stock.POP_15_74_FEMALE : Stock.POP_15_74_MALE).ordinal()]++;
                if (employed) t[(female ? Stock.EMPLOYED_15_74_FEMALE : Stock.EMPLOYED_15_74_MALE).ordinal()]++;
            }
            if (employed) {
                t[(female ? Stock.EMPLOYED_FEMALE : Stock.EMPLOYED_MALE).ordinal()]++;
                t[(female ? Stock.WORK_MILLIHOURS_FEMALE : Stock.WORK_MILLIHOURS_MALE).ordinal()] += Math.round(1000.0 * b.workHours[i]);
            }
            t[Stock.STATUS_CHILD.ordinal() + b.status[i]]++;
            t[Stock.INCOME_NONE.ordinal() + b.incomeSource[i]]++;
            if (b.bijstand[i] == 1) {
                t[Stock.BIJSTAND.ordinal()]++;
                if (b.costSharer[i] > 0) t[Stock.BIJSTAND_COST_SHARERS.ordinal()]++;
            }
        }
        StructureTally.fill(b, h, t, STOCKS);
        CareTally.fill(b, t, CARE, heavyBurdenHours, wmo);
        System.arraycopy(b.events, 0, t, EVENTS, b.events.length);
        return t;
    }

    private static void labour(PersonBlock b, int i, boolean female, boolean employed, double minimumJobHours, long[] t) {
        boolean carer = b.careHours[i] > 0, intensive = b.careHours[i] > 8;
        if (carer && b.livesWithReceiver[i] == 1) t[(female ? Stock.COHABITING_CARERS_FEMALE : Stock.COHABITING_CARERS_MALE).ordinal()]++;
        if (!employed) return;
        long milli = Math.round(1000.0 * b.workHours[i]);
        if (carer) t[(female ? Stock.WORKING_CARERS_FEMALE : Stock.WORKING_CARERS_MALE).ordinal()]++;
        if (intensive) {
            t[(female ? Stock.WORKING_INTENSIVE_CARERS_FEMALE : Stock.WORKING_INTENSIVE_CARERS_MALE).ordinal()]++;
            t[Stock.WORK_MILLIHOURS_INTENSIVE_CARERS.ordinal()] += milli;
        }
        if (!carer) {
            t[Stock.EMPLOYED_NON_CARERS.ordinal()]++;
            t[Stock.WORK_MILLIHOURS_NON_CARERS.ordinal()] += milli;
        }
        if (b.workHours[i] >= minimumJobHours) {
            t[(carer ? Stock.JOB12_CARERS : Stock.JOB12_NON_CARERS).ordinal()]++;
            t[(carer ? Stock.JOB12_MILLIHOURS_CARERS : Stock.JOB12_MILLIHOURS_NON_CARERS).ordinal()] += milli;
            if (intensive) {
                t[(female ? Stock.JOB12_INTENSIVE_FEMALE : Stock.JOB12_INTENSIVE_MALE).ordinal()]++;
                t[(female ? Stock.JOB12_MILLIHOURS_INTENSIVE_FEMALE : Stock.JOB12_MILLIHOURS_INTENSIVE_MALE).ordinal()] += milli;
            }
        }
        if (b.age[i] >= 16 && b.age[i] <= 69) {
            t[(female ? Stock.EMPLOYED_16_69_FEMALE : Stock.EMPLOYED_16_69_MALE).ordinal()]++;
            if (carer) t[(female ? Stock.EMPLOYED_CARERS_16_69_FEMALE : Stock.EMPLOYED_CARERS_16_69_MALE).ordinal()]++;
        }
        if (b.hoursCutForCare[i] > 0) t[(female ? Stock.REDUCED_HOURS_FOR_CARE_FEMALE : Stock.REDUCED_HOURS_FOR_CARE_MALE).ordinal()]++;
    }

    static Stock ageBand(int age) {
        if (age < 20) return Stock.POP_0_19;
        if (age < 50) return Stock.POP_20_49;
        if (age < 75) return Stock.POP_50_74;
        if (age < 85) return Stock.POP_75_84;
        return Stock.POP_85PLUS;
    }

    public static long[] add(long[] a, long[] b) {
        long[] s = new long[a.length];
        for (int i = 0; i < a.length; i++) s[i] = a[i] + b[i];
        return s;
    }

    public static long stock(long[] t, Stock s) { return t[s.ordinal()]; }

    public static long event(long[] t, PersonBlock.Event e) { return t[EVENTS + e.ordinal()]; }

    public static long structure(long[] t, StructureTally.Slot s) { return t[STOCKS + StructureTally.at(s)]; }

    public static long care(long[] t, CareTally.Slot s) { return t[CARE + CareTally.at(s)]; }

    public static long care(long[] t, CareTally.Slot s, int k) { return t[CARE + CareTally.at(s) + k]; }

    /** Narrow carers (or persons, with POP_BY_AGE) in CBS 5-year group g (0 = 20-24 .. 15 = 95+). */
    public static long structure(long[] t, StructureTally.Slot s, int group) { return t[STOCKS + StructureTally.at(s) + group]; }
}
