package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;
import static nl.mantelsim.population.Cells.MAX_AGE;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.BlockIndex;
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
        // First the fates (keyed draws), then one column-wise copy: survivors in order, each newborn after its mother.
        int n = in.size();
        int[] source = new int[n + n / 20 + 8];
        byte[] newbornSex = new byte[n / 20 + 8];
        long[] dead = new long[16];
        int deaths = 0, size = 0, births = 0, receiverDeaths = 0;
        for (int i = 0; i < n; i++) {
            long id = in.id[i];
            if (dies(in, i, year, seed, rates, shift)) {
                if (deaths == dead.length) dead = java.util.Arrays.copyOf(dead, 2 * deaths);
                if (in.careNeed[i] == 1) receiverDeaths++;
                dead[deaths++] = id;
                continue;
            }
            if (size + 2 > source.length) source = java.util.Arrays.copyOf(source, 2 * source.length);
            source[size++] = i;
            if (givesBirth(in, i, year, seed, rates, shift)) {
                if (births == newbornSex.length) newbornSex = java.util.Arrays.copyOf(newbornSex, 2 * births);
                newbornSex[births++] = newbornSex(in, i, year, seed, shareMale);
                source[size++] = -1;
            }
        }
        PersonBlock out = in.gather(source, size);
        out.events[PersonBlock.Event.DEATHS_OF_CARE_RECEIVERS.ordinal()] = receiverDeaths;
        int born = 0;
        for (int j = 0; j < size; j++) {
            if (source[j] >= 0) {
                out.age[j] = (short) Math.min(out.age[j] + 1, MAX_AGE);
                continue;
            }
            int mother = j - 1; // a newborn follows its mother
            long motherId = out.id[mother];
            out.id[j] = Draws.derivedId(seed, motherId, year, Purpose.NEWBORN_ID, 0);
            out.sex[j] = newbornSex[born++];
            out.householdId[j] = out.householdId[mother];
            out.position[j] = (byte) Position.CHILD_AT_HOME.ordinal();
            out.motherId[j] = motherId;
            out.fatherId[j] = out.partnerId[mother];
            if (out.position[mother] == Position.SINGLE.ordinal()) out.position[mother] = (byte) Position.SINGLE_PARENT.ordinal();
            if (out.position[mother] == Position.PARTNER_NO_CHILDREN.ordinal()) out.position[mother] = (byte) Position.PARTNER_WITH_CHILDREN.ordinal();
        }
        out.events[PersonBlock.Event.CARE_STOPS.ordinal()] += Departures.clear(out, dead, deaths);
        partnersFollowParenthood(out);
        out.events[PersonBlock.Event.DEATHS.ordinal()] = deaths;
        out.events[PersonBlock.Event.BIRTHS.ordinal()] = births;
        return out;
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

    /** A woman who became a parent made her partner one too. */
    private static void partnersFollowParenthood(PersonBlock b) {
        BlockIndex index = new BlockIndex(b);
        for (int i = 0; i < b.size(); i++) {
            if (b.position[i] != Position.PARTNER_WITH_CHILDREN.ordinal()) continue;
            int p = index.of(b.partnerId[i]);
            if (p >= 0 && b.position[p] == Position.PARTNER_NO_CHILDREN.ordinal()) b.position[p] = (byte) Position.PARTNER_WITH_CHILDREN.ordinal();
        }
    }
}
