package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;
import static nl.mantelsim.population.Cells.MAX_AGE;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Deaths, births and ageing over one calendar year: the block of 1 January y becomes the block of 1 January y+1
 * before migration. Each person's fate is a keyed draw, so it does not depend on the block it sits in. A newborn
 * joins the mother's household with her (and her partner) as parents; links to the dead are cleared.
 */
public final class Demography {
    private Demography() {}

    public static PersonBlock step(PersonBlock in, int year, long seed, DemographyRates rates, double shareMale) {
        return step(in, year, seed, rates, shareMale, VitalAlignment.Shift.NONE);
    }

    /** With the year's logit shifts that align expected deaths and births to WPP2024 ({@link VitalAlignment}). */
    public static PersonBlock step(PersonBlock in, int year, long seed, DemographyRates rates, double shareMale,
                                   VitalAlignment.Shift shift) {
        return step(in, year, seed, rates, shareMale, shift, null, 0);
    }

    /**
     * The block's population change over the calendar year: deaths, births and ageing, then net migration
     * ({@link Migration}) at the driver's rates per resident, applied to the persons as they are after the deaths
     * and births (newborns included), all in one column-wise copy of the block. First every person's fates (keyed
     * draws), then the copy: survivors in order, each followed by its immigrant copies and then by its newborn and
     * the newborn's copies; emigrants are left out. Then what the events do to the others, in the order of the
     * definition (deaths, births, then migration): a newborn joins the mother's household, immigrants arrive
     * without ties, links to the dead are cleared, a new mother's partner becomes a parent too, links to emigrants
     * are cleared, immigrants form families. One copy instead of one for deaths and births and another for
     * migration: the copy writes every column of every person, and writing fresh blocks was the largest item of the
     * Spark task threads' profile (README, Benchmark). {@code migrationRates} null means no migration.
     */
    public static PersonBlock step(PersonBlock in, int year, long seed, DemographyRates rates, double shareMale,
                                   VitalAlignment.Shift shift, double[] migrationRates, double immigrantCoupleShare) {
        int n = in.size();
        Rows rows = new Rows(n + n / 20 + 8);
        // Where each person of 1 January is in the copy, for the links to them: a row, or DIED or LEFT.
        int[] linkTo = new int[n];
        // Emigrants who were there on 1 January: what their departure undoes is worked out from their state below.
        int[] leavers = new int[16];
        int leaving = 0, births = 0, deaths = 0, emigrants = 0, receiverDeaths = 0;
        for (int i = 0; i < n; i++) {
            long id = in.id[i];
            if (dies(in, i, year, seed, rates, shift)) {
                if (in.careNeed[i] == 1) receiverDeaths++;
                deaths++;
                linkTo[i] = Departures.DIED;
                continue;
            }
            boolean birth = givesBirth(in, i, year, seed, rates, shift);
            int motherRow = rows.size;
            int arrivals = Migration.arrivals(migrationRates, seed, id, in.sex[i], Math.min(in.age[i] + 1, MAX_AGE), year);
            if (arrivals < 0) {
                emigrants++;
                linkTo[i] = Departures.LEFT;
                if (leaving == leavers.length) leavers = java.util.Arrays.copyOf(leavers, 2 * leaving);
                leavers[leaving++] = i;
                motherRow = -1;
            } else {
                linkTo[i] = rows.size;
                rows.add(i, -1, -1, (byte) 0, arrivals);
            }
            if (!birth) continue;
            births++;
            byte sex = newbornSex(in, i, year, seed, shareMale);
            long newbornId = Draws.derivedId(seed, id, year, Purpose.NEWBORN_ID, 0);
            int newbornArrivals = Migration.arrivals(migrationRates, seed, newbornId, sex, 0, year);
            if (newbornArrivals < 0) emigrants++;
            else rows.add(-1, i, motherRow, sex, newbornArrivals);
        }
        PersonBlock out = in.gather(rows.source, rows.size, linkTo);
        List<Integer> newcomers = new ArrayList<>();
        for (int j = 0; j < rows.size; j++) {
            int mother = rows.mother[j];
            if (rows.source[j] >= 0) out.age[j] = (short) Math.min(out.age[j] + 1, MAX_AGE);
            else out.sex[j] = rows.sex[j];
            long agedId = mother < 0 ? out.id[j] : Draws.derivedId(seed, in.id[mother], year, Purpose.NEWBORN_ID, 0);
            if (rows.copy[j] >= 0) {
                Migration.arrive(out, j, seed, agedId, year, rows.copy[j]);
                newcomers.add(j);
            } else if (mother >= 0) {
                out.id[j] = agedId;
                out.householdId[j] = in.householdId[mother];
                out.position[j] = (byte) Position.CHILD_AT_HOME.ordinal();
                out.mother[j] = linkTo[mother];
                out.father[j] = in.partner[mother] < 0 ? -1 : linkTo[in.partner[mother]];
                if (rows.motherRow[j] >= 0) out.position[rows.motherRow[j]] = parentPosition(out.position[rows.motherRow[j]]);
            }
        }
        int stops = Departures.clear(out, Departures.DIED);
        // An emigrant's care spell ended first if the receiver died; a new parent's partner became a parent even if
        // the parent then left (the partner is then a single parent).
        int[] parentsPartners = new int[leaving];
        int partners = 0;
        for (int e = 0; e < leaving; e++) {
            int i = leavers[e];
            if (in.careReceiver[i] >= 0 && linkTo[in.careReceiver[i]] == Departures.DIED) stops++;
            byte position = givesBirth(in, i, year, seed, rates, shift) ? parentPosition(in.position[i]) : in.position[i];
            if (position == Position.PARTNER_WITH_CHILDREN.ordinal() && in.partner[i] >= 0) parentsPartners[partners++] = linkTo[in.partner[i]];
        }
        partnersFollowParenthood(out, parentsPartners, partners);
        stops += Departures.clear(out, Departures.LEFT);
        ImmigrantFamilies.join(out, newcomers, immigrantCoupleShare, seed, year);
        long[] ev = out.events;
        ev[PersonBlock.Event.DEATHS.ordinal()] = deaths;
        ev[PersonBlock.Event.BIRTHS.ordinal()] = births;
        ev[PersonBlock.Event.DEATHS_OF_CARE_RECEIVERS.ordinal()] = receiverDeaths;
        ev[PersonBlock.Event.CARE_STOPS.ordinal()] = stops;
        ev[PersonBlock.Event.IMMIGRANTS.ordinal()] = newcomers.size();
        ev[PersonBlock.Event.EMIGRANTS.ordinal()] = emigrants;
        return out;
    }

    /** A mother's position once she has a child at home. */
    private static byte parentPosition(byte position) {
        if (position == Position.SINGLE.ordinal()) return (byte) Position.SINGLE_PARENT.ordinal();
        if (position == Position.PARTNER_NO_CHILDREN.ordinal()) return (byte) Position.PARTNER_WITH_CHILDREN.ordinal();
        return position;
    }

    /**
     * The rows of the year's copy: the person copied ({@code source}, -1 for a newborn), the immigrant copy number
     * ({@code copy}, -1 for the person itself), for a newborn's rows the mother's row in the source block and in the
     * copy (-1 when she left) and the newborn's sex.
     */
    private static final class Rows {
        int[] source, copy, mother, motherRow;
        byte[] sex;
        int size;

        Rows(int capacity) {
            source = new int[capacity];
            copy = new int[capacity];
            mother = new int[capacity];
            motherRow = new int[capacity];
            sex = new byte[capacity];
        }

        /** The person and then its {@code arrivals} immigrant copies. */
        void add(int from, int motherIndex, int motherAt, byte newbornSex, int arrivals) {
            if (size + 1 + arrivals > source.length) {
                int c = 2 * source.length + arrivals;
                source = java.util.Arrays.copyOf(source, c);
                copy = java.util.Arrays.copyOf(copy, c);
                mother = java.util.Arrays.copyOf(mother, c);
                motherRow = java.util.Arrays.copyOf(motherRow, c);
                sex = java.util.Arrays.copyOf(sex, c);
            }
            for (int k = -1; k < arrivals; k++) {
                source[size] = from;
                copy[size] = k;
                mother[size] = motherIndex;
                motherRow[size] = motherAt;
                sex[size++] = newbornSex;
            }
        }
    }

    /**
     * Persons by sex and age ({@code sex * AGES + age}) of the block {@link #step} would return, from the same keyed
     * fates, without building it. The driver aligns the year's migration to these counts; working them out from the
     * fates lets each block's whole year run as one pass afterwards instead of keeping a generation of aged blocks
     * between two jobs (README, Benchmark: the collector copied every such block once or twice).
     */
    public static long[] countsAfter(PersonBlock in, int year, long seed, DemographyRates rates, double shareMale,
                                     VitalAlignment.Shift shift) {
        long[] counts = new long[2 * AGES];
        for (int i = 0; i < in.size(); i++) {
            if (dies(in, i, year, seed, rates, shift)) continue;
            counts[in.sex[i] * AGES + Math.min(in.age[i] + 1, MAX_AGE)]++;
            if (givesBirth(in, i, year, seed, rates, shift)) counts[newbornSex(in, i, year, seed, shareMale) * AGES]++;
        }
        return counts;
    }

    private static boolean dies(PersonBlock in, int i, int year, long seed, DemographyRates rates, VitalAlignment.Shift shift) {
        double q = VitalAlignment.apply(rates.deathProbability(year, in.sex[i], in.age[i]), shift.deaths());
        return Draws.chance(q, seed, in.id[i], year, Purpose.MORTALITY);
    }

    /** Asked of survivors only. */
    private static boolean givesBirth(PersonBlock in, int i, int year, long seed, DemographyRates rates, VitalAlignment.Shift shift) {
        return in.sex[i] == PersonBlock.FEMALE
                && Draws.chance(VitalAlignment.apply(rates.birthRate(year, in.age[i]), shift.births()), seed, in.id[i], year, Purpose.BIRTH);
    }

    private static byte newbornSex(PersonBlock in, int i, int year, long seed, double shareMale) {
        return Draws.chance(shareMale, seed, in.id[i], year, Purpose.NEWBORN_SEX) ? PersonBlock.MALE : PersonBlock.FEMALE;
    }

    /**
     * A woman who became a parent made her partner one too: the partners of the block's parents with a partner, and
     * the first {@code count} rows of {@code alsoPartnersOf} (partners of parents who have left the block; a
     * negative row is a partner who left too).
     */
    private static void partnersFollowParenthood(PersonBlock b, int[] alsoPartnersOf, int count) {
        for (int i = 0; i < b.size(); i++) {
            if (b.position[i] == Position.PARTNER_WITH_CHILDREN.ordinal()) becomesParent(b, b.partner[i]);
        }
        for (int k = 0; k < count; k++) becomesParent(b, alsoPartnersOf[k]);
    }

    private static void becomesParent(PersonBlock b, int p) {
        if (p >= 0 && b.position[p] == Position.PARTNER_NO_CHILDREN.ordinal()) b.position[p] = (byte) Position.PARTNER_WITH_CHILDREN.ordinal();
    }
}
