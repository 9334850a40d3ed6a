package nl.mantelsim.population;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A block of persons held as parallel primitive arrays (struct of arrays). Spark distributes and retries whole
 * blocks while each stage loops over plain arrays: measured 10x faster than a row per person
 * (shared notes, addition 3). A person is a set of columns, not an object with behaviour.
 *
 * <p>A block belongs to one (scenario, replication); each yearly stage reads one block and writes a new one, so a
 * cached block is never mutated and a recomputed partition gives the same result.
 */
public final class PersonBlock implements Serializable {
    public static final byte MALE = 0, FEMALE = 1;

    public final int scenario;
    public final int replication;
    public final int blockId;

    private int size;
    public long[] id;
    public byte[] sex;
    public short[] age;
    public byte[] employed;
    /** Usual weekly work hours; 0 when not employed. */
    public float[] workHours;
    /** Gross hourly wage in euros (potential wage when not employed). */
    public float[] wage;
    /** Weekly hours of informal care given; 0 for a non-carer. */
    public float[] careHours;
    /** Months the current care episode has lasted on 1 January (0 for a non-carer). */
    public short[] careMonths;
    /** Relation of a carer to the person cared for ({@link CareRelation}); 0 for a non-carer. */
    public byte[] careRelation;
    /** Row in this block of the person cared for when that person is in the population; -1 otherwise. */
    public int[] careReceiver;
    /** Weekly informal care hours a care receiver gets, and the hours of need left unmet (care.CareMarket). */
    public float[] careHoursReceived;
    public float[] careHoursUnmet;
    /** Household id; members of a household are always in the same block. */
    public long[] householdId;
    /** {@link Position} ordinal. */
    public byte[] position;
    /** Row in this block of the partner in the same household; -1 without a partner. */
    public int[] partner;
    /** Rows in this block of the mother and the father when they are alive in the population; -1 otherwise. */
    public int[] mother;
    public int[] father;
    /** Highest education attained: 0 low, 1 middle, 2 high (classified from age 15). */
    public byte[] education;
    /** Employment status and main income source (labour.LabourStatus ordinals), derived each year. */
    public byte[] status;
    public byte[] incomeSource;
    /** 1 when the person needs and receives informal care. */
    public byte[] careNeed;
    /** 1 when the person receives general social assistance (bijstand). */
    public byte[] bijstand;
    /** For a bijstand recipient: the number of cost-sharers 27+ besides the recipient and partner (0 = none). */
    public byte[] costSharer;
    /** 1 when a carer lives with the person cared for. */
    public byte[] livesWithReceiver;
    /** Care leave taken this year (policy.CareLeave.Use ordinal); 0 = none. */
    public byte[] onLeave;
    /** 1 when the carer used respijtzorg this year. */
    public byte[] respite;
    // Work responses to care (labour.WorkResponse, issue 5): kept apart so that merges with other stages stay easy.
    /** Weekly hours given up for care: cut hours (kept after care ends) or, after leaving work for care, all former hours. */
    public float[] hoursCutForCare;
    /** This year's work response to care (labour.WorkResponse ordinal); 0 = none. */
    public byte[] workResponse;

    /**
     * Flows during the calendar year of the step that produced this block: demographic events (for the
     * conservation identity), lever use and public spending in euro cents (integers, so sums are exact in any order).
     */
    public final long[] events = new long[Event.values().length];

    /**
     * The block's integer tallies (report.Tally) when the year step made them while its households
     * were at hand; null otherwise. Private, so it is not a person column.
     */
    private long[] tally;

    public long[] tally() { return tally; }

    public void tally(long[] t) { tally = t; }

    public enum Event {
        DEATHS, BIRTHS, IMMIGRANTS, EMIGRANTS,
        LEAVE_TAKERS, RESPITE_USERS, MOVED_IN_WITH_RECEIVER,
        COST_PAID_LEAVE_CENTS, COST_RESPIJTZORG_CENTS, COST_KOSTENDELERSNORM_CENTS,
        CARE_STARTS, CARE_STOPS, INSTITUTION_MOVES, LEFT_HOME, NEW_COUPLES, SEPARATIONS, DEATHS_OF_CARE_RECEIVERS,
        // Issue 5: work responses, leave by type and payer, public accounts (labour, policy, cost).
        LEAVE_USERS_PAID, LEAVE_USERS_UNPAID, LEAVE_USERS_LONG, LEAVE_USERS_HOLIDAY_DAYS,
        LEAVE_MILLIWEEKS_EMPLOYER, LEAVE_MILLIWEEKS_PUBLIC, LEAVE_MILLIWEEKS_UNPAID,
        COST_LEAVE_EMPLOYER_CENTS, LEAVE_INCOME_LOSS_CENTS,
        REDUCED_HOURS_FEMALE, REDUCED_HOURS_MALE, STOPPED_TEMPORARILY_FEMALE, STOPPED_TEMPORARILY_MALE,
        LEFT_WORK_FEMALE, LEFT_WORK_MALE, SICKNESS_ABSENCE_FEMALE, SICKNESS_ABSENCE_MALE, NO_CHANGE,
        RETIREMENTS, CARE_INCOME_LOSS_FEMALE_CENTS, CARE_INCOME_LOSS_MALE_CENTS,
        WAGE_BILL_CENTS, BIJSTAND_SPENDING_CENTS, INFORMAL_CARE_MILLIHOURS,
        // Employers' continued pay during care-related sickness absence; wages in WAGE_BILL_CENTS that no employer
        // paid (weeks of leave not paid by the employer, temporary stops, sickness absence below full pay).
        COST_SICKNESS_EMPLOYER_CENTS, WAGES_NOT_PAID_CENTS
    }

    public PersonBlock(int scenario, int replication, int blockId, int capacity) {
        this.scenario = scenario;
        this.replication = replication;
        this.blockId = blockId;
        int c = Math.max(capacity, 4);
        id = new long[c];
        sex = new byte[c];
        age = new short[c];
        employed = new byte[c];
        workHours = new float[c];
        wage = new float[c];
        careHours = new float[c];
        careMonths = new short[c];
        careRelation = new byte[c];
        careReceiver = new int[c];
        careHoursReceived = new float[c];
        careHoursUnmet = new float[c];
        householdId = new long[c];
        position = new byte[c];
        partner = new int[c];
        mother = new int[c];
        father = new int[c];
        education = new byte[c];
        status = new byte[c];
        incomeSource = new byte[c];
        careNeed = new byte[c];
        bijstand = new byte[c];
        costSharer = new byte[c];
        livesWithReceiver = new byte[c];
        onLeave = new byte[c];
        respite = new byte[c];
        hoursCutForCare = new float[c];
        workResponse = new byte[c];
    }

    public int size() { return size; }

    /** A copy of this block's persons for another scenario (the base population is shared by all scenarios). */
    public PersonBlock forScenario(int newScenario) {
        PersonBlock b = new PersonBlock(newScenario, replication, blockId, 0);
        b.copyAll(this, size);
        return b;
    }

    /**
     * A new block of exactly {@code n} persons: person j is a copy of person {@code source[j]} of this block, or a
     * new person when {@code source[j]} is -1 (every link -1, everything else 0, as {@link #appendNew}). The
     * year's stages that drop and add persons (deaths, births, migration) use it rather than appending row by row:
     * copying column by column is several times faster, and the arrays have no spare capacity (memory at scale 1).
     * Links follow their persons: a link to a person copied points to the person's first row in the new block, a
     * link to a person left out becomes -1. Events are not copied.
     */
    public PersonBlock gather(int[] source, int n) {
        return gather(source, n, firstRows(source, n));
    }

    /**
     * The same with the links renumbered by {@code linkTo}: a link to row r of this block becomes {@code linkTo[r]},
     * a row of the new block or a negative mark that the caller resolves (deaths and emigration clear their links
     * in the order of their definition, demography.Demography).
     */
    public PersonBlock gather(int[] source, int n, int[] linkTo) {
        PersonBlock b = new PersonBlock(scenario, replication, blockId, 0);
        b.copyColumns(this, source, n);
        b.partner = relink(partner, source, n, linkTo);
        b.mother = relink(mother, source, n, linkTo);
        b.father = relink(father, source, n, linkTo);
        b.careReceiver = relink(careReceiver, source, n, linkTo);
        return b;
    }

    /** Each row of this block's first row in a block gathered from {@code source}, or -1 when it is left out. */
    public int[] firstRows(int[] source, int n) {
        int[] first = new int[size];
        Arrays.fill(first, -1);
        for (int j = n - 1; j >= 0; j--) if (source[j] >= 0) first[source[j]] = j;
        return first;
    }

    private static int[] relink(int[] links, int[] source, int n, int[] linkTo) {
        int[] c = new int[n];
        for (int j = 0; j < n; j++) {
            int r = source[j] < 0 ? -1 : links[source[j]];
            c[j] = r < 0 ? -1 : linkTo[r];
        }
        return c;
    }

    /**
     * The links between persons: rows of this block, 4 bytes a link instead of an 8-byte id, and no id look-up to
     * follow one. {@link #gather} renumbers them; every other column is copied as it is.
     */
    private static final java.util.Set<String> LINKS = java.util.Set.of("partner", "mother", "father", "careReceiver");

    /** Every person column but the links, found once by reflection so that a column added later is never forgotten here. */
    private static final java.lang.reflect.Field[] COLUMNS = java.util.Arrays.stream(PersonBlock.class.getFields())
            .filter(f -> f.getType().isArray() && !java.lang.reflect.Modifier.isStatic(f.getModifiers())
                    && !java.lang.reflect.Modifier.isFinal(f.getModifiers()) && !LINKS.contains(f.getName()))
            .toArray(java.lang.reflect.Field[]::new);

    /** A copy of the first n rows, links included (they keep their rows). */
    private void copyAll(PersonBlock src, int n) {
        copyColumns(src, null, n);
        partner = Arrays.copyOf(src.partner, n);
        mother = Arrays.copyOf(src.mother, n);
        father = Arrays.copyOf(src.father, n);
        careReceiver = Arrays.copyOf(src.careReceiver, n);
    }

    private void copyColumns(PersonBlock src, int[] source, int n) {
        try {
            for (java.lang.reflect.Field f : COLUMNS) f.set(this, column(f.get(src), source, n));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        size = n;
    }

    /** Gathers one column; source null means the first n rows in order. */
    private static Object column(Object from, int[] source, int n) {
        if (from instanceof long[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            long[] c = new long[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? -1 : a[source[j]];
            return c;
        }
        if (from instanceof byte[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            byte[] c = new byte[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? 0 : a[source[j]];
            return c;
        }
        if (from instanceof short[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            short[] c = new short[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? 0 : a[source[j]];
            return c;
        }
        if (from instanceof float[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            float[] c = new float[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? 0 : a[source[j]];
            return c;
        }
        if (from instanceof int[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            int[] c = new int[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? 0 : a[source[j]];
            return c;
        }
        if (from instanceof double[] a) {
            if (source == null) return Arrays.copyOf(a, n);
            double[] c = new double[n];
            for (int j = 0; j < n; j++) c[j] = source[j] < 0 ? 0 : a[source[j]];
            return c;
        }
        throw new IllegalStateException("a person column of an unexpected type: " + from.getClass());
    }

    /** Appends a person with all attributes zero except id, sex and age. */
    public int appendNew(long personId, byte personSex, int personAge) {
        int j = grow();
        id[j] = personId;
        sex[j] = personSex;
        age[j] = (short) personAge;
        employed[j] = 0;
        workHours[j] = 0;
        wage[j] = 0;
        careHours[j] = 0;
        careMonths[j] = 0;
        careRelation[j] = 0;
        careReceiver[j] = -1;
        careHoursReceived[j] = 0;
        careHoursUnmet[j] = 0;
        householdId[j] = -1;
        position[j] = 0;
        partner[j] = -1;
        mother[j] = -1;
        father[j] = -1;
        education[j] = 0;
        status[j] = 0;
        incomeSource[j] = 0;
        careNeed[j] = 0;
        bijstand[j] = 0;
        costSharer[j] = 0;
        livesWithReceiver[j] = 0;
        onLeave[j] = 0;
        respite[j] = 0;
        hoursCutForCare[j] = 0;
        workResponse[j] = 0;
        return j;
    }

    public PersonBlock emptyLike(int capacity) {
        return new PersonBlock(scenario, replication, blockId, capacity);
    }

    public boolean isCarer(int i) { return careHours[i] > 0; }

    private int grow() {
        if (size == id.length) {
            int c = size + (size >> 1) + 16;
            id = Arrays.copyOf(id, c);
            sex = Arrays.copyOf(sex, c);
            age = Arrays.copyOf(age, c);
            employed = Arrays.copyOf(employed, c);
            workHours = Arrays.copyOf(workHours, c);
            wage = Arrays.copyOf(wage, c);
            careHours = Arrays.copyOf(careHours, c);
            careMonths = Arrays.copyOf(careMonths, c);
            careRelation = Arrays.copyOf(careRelation, c);
            careReceiver = Arrays.copyOf(careReceiver, c);
            careHoursReceived = Arrays.copyOf(careHoursReceived, c);
            careHoursUnmet = Arrays.copyOf(careHoursUnmet, c);
            householdId = Arrays.copyOf(householdId, c);
            position = Arrays.copyOf(position, c);
            partner = Arrays.copyOf(partner, c);
            mother = Arrays.copyOf(mother, c);
            father = Arrays.copyOf(father, c);
            education = Arrays.copyOf(education, c);
            status = Arrays.copyOf(status, c);
            incomeSource = Arrays.copyOf(incomeSource, c);
            careNeed = Arrays.copyOf(careNeed, c);
            bijstand = Arrays.copyOf(bijstand, c);
            costSharer = Arrays.copyOf(costSharer, c);
            livesWithReceiver = Arrays.copyOf(livesWithReceiver, c);
            onLeave = Arrays.copyOf(onLeave, c);
            respite = Arrays.copyOf(respite, c);
            hoursCutForCare = Arrays.copyOf(hoursCutForCare, c);
            workResponse = Arrays.copyOf(workResponse, c);
        }
        return size++;
    }
}
