package nl.mantelsim.care;

import static nl.mantelsim.population.Cells.AGES;
import static nl.mantelsim.population.Cells.MAX_AGE;
import static nl.mantelsim.population.Cells.sexName;

import java.io.Serializable;
import java.util.List;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.AgeBands;
import nl.mantelsim.population.CareRelation;
import nl.mantelsim.population.Cells;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.Position;
import nl.mantelsim.demography.DemographyRates;

/**
 * Who needs care and who gives it, with how many hours. Built on the driver from the tables and the fitted base
 * population; used on the executors.
 *
 * <p>Need: CBS 2022 shares of persons receiving informal care by sex for 55-64, 65-74 and 75+; within 75+ the share
 * rises exponentially with age (gradient in parameters.csv) and is scaled so the 2021 population reproduces the
 * published 75+ share; under 55 a small assumed share. Each person has a fixed latent frailty draw, so need persists
 * and rises as the person ages instead of being redrawn every year.
 *
 * <p>Hours given: light carers (up to 8 hours) uniform with the mean implied by SCP's 7.4 hours over all carers and
 * 19% over 8 hours; intensive carers 8 hours plus an exponential excess with the SCP 2018 mean by sex. Within its
 * intensity class a carer's hours are scaled by multiplicative factors for employment, relation to the receiver and
 * living with the receiver ({@link CareHoursFactors}); the class is kept (light stays at most 8 hours).
 */
public final class CareModel implements Serializable {
    final double[] needShare = new double[2 * AGES];
    final double[] baseCarerShare = new double[2 * AGES];
    final double[] intensiveShareOfCarers = new double[2 * AGES];
    final double lightMin, lightMax;
    final double[] intensiveMean = new double[2];
    final double stopRate, demandElasticity, meanDurationYears;
    final double shareNonKin, heavyBurdenHours;
    /** Mean informal hours a receiver needs: under 75 and 75+ (CBS). */
    final double[] needHoursMean;
    final double wmo7584, wmo85plus, shareOfUnlinkedHoursToReceivers, lastYearRatio;
    /** Share of light carers whose care has lasted over 3 months, by sex and age: what makes CBS's narrow prevalence hold. */
    final double[] longShareOfLight = new double[2 * AGES];
    final CareHoursFactors hoursFactors;

    /** @param rates the demography, for the base year's deaths: need is higher in the last year of life */
    public CareModel(InputData in, FittedPopulation fit, DemographyRates rates) {
        Parameters p = in.parameters();
        // Before the need shares: they are solved with the last year of life's weight.
        lastYearRatio = p.get("care_need.last_year_of_life_ratio");
        fillNeed(in.table(InputCatalog.CARE_RECEIVERS), p, fit, rates);
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < AGES; a++) {
                baseCarerShare[sex * AGES + a] = fit.carerShare(sex, a);
                intensiveShareOfCarers[sex * AGES + a] = fit.intensiveShareOfCarers(sex, a);
            }
        }
        Table intensity = in.table(InputCatalog.CARER_INTENSITY_SCP);
        double meanAll = intensity.one("mean_care_hours_all_carers", r -> r.is("quantity", "mean_care_hours_all_carers")).number("value");
        double shareOver8 = intensity.one("share_of_carers_over_8_hours", r -> r.is("quantity", "share_of_carers_over_8_hours")).number("value");
        Table effects = in.table(InputCatalog.CARE_AND_WORK);
        for (int sex = 0; sex < 2; sex++) {
            String s = sex == 0 ? "male" : "female";
            intensiveMean[sex] = effects.one("intensive_carers_care_hours " + s,
                    r -> r.is("quantity", "intensive_carers_care_hours") && r.is("sex", s)).number("value");
        }
        double meanIntensive = (intensiveMean[0] + intensiveMean[1]) / 2;
        double lightMean = (meanAll - shareOver8 * meanIntensive) / (1 - shareOver8);
        lightMin = p.get("care.light_hours_min");
        lightMax = Math.min(8, 2 * lightMean - lightMin);
        stopRate = p.get("care.stop_rate");
        demandElasticity = p.get("care.demand_elasticity");
        meanDurationYears = p.get("care.mean_duration_years_base");
        shareNonKin = p.get("care.share_non_kin_among_unlinked");
        needHoursMean = needMeans(in, fit);
        shareOfUnlinkedHoursToReceivers = p.get("care.share_of_unlinked_hours_to_receivers");
        Table formal = in.table(InputCatalog.FORMAL_CARE);
        wmo7584 = formal.one("wmo 75-84", r -> r.is("measure", "wmo_household_help_share_using") && r.is("age_group", "75-84")).number("value");
        wmo85plus = formal.one("wmo 85+", r -> r.is("measure", "wmo_household_help_share_using") && r.is("age_group", "85+")).number("value");
        heavyBurdenHours = p.get("care.heavy_burden_hours");
        hoursFactors = new CareHoursFactors(p);
        fillDuration(in.table(InputCatalog.CARER_PREVALENCE_CBS), fit);
    }

    /**
     * CBS's narrow definition counts carers whose care lasts over 3 months and/or over 8 hours a week (CBS 2022, by
     * 5-year group from 20, and by sex from 16). Intensive carers count anyway; the rest of each group's narrow carers
     * must be light carers of long duration. Their numbers by sex and age group are raked to both tables (a small
     * IPF over the groups x sex, capped at the light carers of the cell), starting from one share per group; where
     * the two tables imply different totals the age table wins and the sex targets are scaled to it. Ages 18-19 take
     * the 20-24 share. The 2022 tables are applied to 2021, the nearest year published.
     */
    private void fillDuration(Table cbs, FittedPopulation fit) {
        List<Table.Row> groups = cbs.where(r -> r.is("definition", "cbs_narrow") && r.is("dimension", "age") && r.integer("year") == 2022);
        int n = groups.size();
        int[][] bands = new int[n][];
        double[][] intensive = new double[2][n], light = new double[2][n], longLight = new double[2][n];
        double[] rowTarget = new double[n], colTarget = new double[2];
        for (int g = 0; g < n; g++) {
            Table.Row r = groups.get(g);
            bands[g] = AgeBands.parse(r, "group");
            if (bands[g][0] == 20) bands[g] = new int[] {18, bands[g][1]};
            double pop = 0, intensiveAll = 0, lightAll = 0;
            for (int sex = 0; sex < 2; sex++) {
                for (int a = bands[g][0]; a <= Math.min(bands[g][1], MAX_AGE); a++) {
                    double persons = fit.persons(sex, a), carers = persons * fit.carerShare(sex, a), share = fit.intensiveShareOfCarers(sex, a);
                    pop += persons;
                    intensive[sex][g] += carers * share;
                    light[sex][g] += carers * (1 - share);
                }
                intensiveAll += intensive[sex][g];
                lightAll += light[sex][g];
            }
            rowTarget[g] = Math.max(0, r.number("share") * pop - intensiveAll);
            double start = lightAll > 0 ? Math.min(1, rowTarget[g] / lightAll) : 0;
            for (int sex = 0; sex < 2; sex++) longLight[sex][g] = start * light[sex][g];
        }
        double rows = 0;
        for (double t : rowTarget) rows += t;
        for (int sex = 0; sex < 2; sex++) {
            String sx = sexName(sex);
            double share = cbs.one("cbs_narrow " + sx + " 2022", r -> r.is("definition", "cbs_narrow") && r.is("dimension", "sex")
                    && r.is("group", sx) && r.integer("year") == 2022).number("share");
            double pop16 = 0, intensive16 = 0;
            for (int a = 16; a <= MAX_AGE; a++) {
                pop16 += fit.persons(sex, a);
                intensive16 += fit.persons(sex, a) * fit.carerShare(sex, a) * fit.intensiveShareOfCarers(sex, a);
            }
            colTarget[sex] = Math.max(0, share * pop16 - intensive16);
        }
        double colScale = rows / (colTarget[0] + colTarget[1]);
        for (int sex = 0; sex < 2; sex++) colTarget[sex] *= colScale;
        for (int it = 0; it < 200; it++) {
            for (int sex = 0; sex < 2; sex++) {
                double sum = 0;
                for (int g = 0; g < n; g++) sum += longLight[sex][g];
                for (int g = 0; g < n; g++) longLight[sex][g] = sum > 0 ? Math.min(light[sex][g], longLight[sex][g] * colTarget[sex] / sum) : 0;
            }
            for (int g = 0; g < n; g++) {
                double sum = longLight[0][g] + longLight[1][g];
                for (int sex = 0; sex < 2; sex++) {
                    longLight[sex][g] = sum > 0 ? Math.min(light[sex][g], longLight[sex][g] * rowTarget[g] / sum) : 0;
                }
            }
        }
        for (int g = 0; g < n; g++) {
            for (int sex = 0; sex < 2; sex++) {
                double share = light[sex][g] > 0 ? longLight[sex][g] / light[sex][g] : 0;
                for (int a = bands[g][0]; a <= Math.min(bands[g][1], MAX_AGE); a++) longShareOfLight[sex * AGES + a] = share;
            }
        }
    }

    /** The share of light carers of this sex and age whose care has lasted over 3 months (base population). */
    public double longShareOfLight(int sex, int age) { return longShareOfLight[sex * AGES + Math.min(age, AGES - 1)]; }

    /** Months the care episode has lasted: over 3 months for intensive and long light care, else under 3. */
    public short drawCareMonths(boolean longCare, long seed, long id, int year) {
        if (!longCare) return (short) (Draws.uniform(seed, id, year, Purpose.CARE_DURATION) * 3);
        return (short) Math.min(Short.MAX_VALUE, 3 + Draws.exponential(12 * meanDurationYears, seed, id, year, Purpose.CARE_DURATION));
    }

    /**
     * Yearly chance that a carer of this sex and age is caring on 1 January of the next year, for someone not
     * caring now: the start rate that keeps the share at its target given that short episodes (under 3 months) end
     * within the year and long ones at the stop rate.
     */
    double startRate(int sex, int age, double target) {
        double shortShare = (1 - intensiveShareOfCarers[sex * AGES + age]) * (1 - longShareOfLight[sex * AGES + age]);
        double stop = shortShare + (1 - shortShare) * stopRate;
        return Math.min(1, stop * target / (1 - target));
    }

    /** Kinds of care episode: intensive, light over 3 months, light under 3 months. */
    static final int INTENSIVE = 0, LONG_LIGHT = 1, SHORT_LIGHT = 2;

    /**
     * The kind of a new episode. Each kind enters in proportion to how fast its stock drains (short episodes every
     * year, long ones at the stop rate), so the mix of carers on 1 January stays the base year's mix.
     */
    int newEpisode(int sex, int age, long seed, long id, int year) {
        return newEpisode(sex, age, seed, id, year, 1);
    }

    /** The same with the intensive episode's weight multiplied (selection of part-time workers, labour.LabourModel). */
    int newEpisode(int sex, int age, long seed, long id, int year, double intensiveWeight) {
        double intensive = Math.min(1, intensiveShareOfCarers[sex * AGES + age] * intensiveWeight);
        double light = 1 - intensive;
        double longShare = longShareOfLight[sex * AGES + age];
        double wI = intensive * stopRate, wL = light * longShare * stopRate, wS = light * (1 - longShare);
        double u = Draws.uniform(seed, id, year, Purpose.CARE_INTENSITY) * (wI + wL + wS);
        return u < wI ? INTENSIVE : u < wI + wL ? LONG_LIGHT : SHORT_LIGHT;
    }

    public double shareNonKin() { return shareNonKin; }

    /** Weekly hours from which a carer counts as heavily burdened (indicator heavily_burdened_carers). */
    public double heavyBurdenHours() { return heavyBurdenHours; }

    /**
     * CBS gives mean informal hours received at 55+ (17, 2022) and at 75+ (21.3, 2021); the mean of receivers under
     * 75 follows from the two with the fitted receivers of each age as weights, and is used below 55 too.
     */
    private double[] needMeans(InputData in, FittedPopulation fit) {
        Table t = in.table(InputCatalog.CARE_RECEIVERS_HOURS);
        double m55 = t.one("mean_informal_care_hours_received_55plus", r -> r.is("quantity", "mean_informal_care_hours_received_55plus")).number("value");
        double m75 = t.one("mean_informal_care_hours_received_75plus 2021", r -> r.is("quantity", "mean_informal_care_hours_received_75plus")
                && r.integer("year") == 2021).number("value");
        double r5574 = 0, r75 = 0;
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 55; a < AGES; a++) {
                double receivers = fit.persons(sex, a) * needShare[sex * AGES + a];
                if (a < 75) r5574 += receivers;
                else r75 += receivers;
            }
        }
        return new double[] {Math.max(2, (m55 * (r5574 + r75) - m75 * r75) / r5574), m75};
    }

    /** Weekly informal hours the receiver needs: exponential around the mean of the age, fixed per person. */
    public double hoursNeeded(int age, long seed, long id) {
        double mean = age < 75 ? needHoursMean[0] : needHoursMean[1];
        return Draws.exponential(mean, seed, id, 0, Purpose.HOURS_NEEDED);
    }

    public double shareOfUnlinkedHoursToReceivers() { return shareOfUnlinkedHoursToReceivers; }

    /** Share of persons of the age with Wmo household help (CBS 2022; none assumed under 75). */
    public double wmoShare(int age) {
        return age < 75 ? 0 : age < 85 ? wmo7584 : wmo85plus;
    }

    private void fillNeed(Table receivers, Parameters p, FittedPopulation fit, DemographyRates rates) {
        double under55 = p.get("care_need.share_under_55");
        double gradient = p.get("care_need.age_gradient_75plus");
        for (int sex = 0; sex < 2; sex++) {
            String s = sex == 0 ? "male" : "female";
            for (int a = 18; a < 55; a++) needShare[sex * AGES + a] = under55;
            for (Table.Row r : receivers.where(r -> r.is("sex", s) && r.integer("year") == 2022)) {
                int[] band = AgeBands.parse(r, "age_group");
                if (band[0] < 55 || (band[0] == 55 && band[1] == AGES - 1)) continue; // the 55+ summary row
                double share = r.number("share_receiving_informal_care");
                if (band[1] < AGES - 1) {
                    for (int a = band[0]; a <= band[1]; a++) needShare[sex * AGES + a] = share;
                } else {
                    // CBS's share is of persons in private households (a health survey), so it is scaled over them:
                    // residents of institutions, older on average, are receivers anyway (needsCare), and scaling over
                    // everyone left the private households' receivers at 75+ about 3% short of CBS (scale 1).
                    final int sx = sex;
                    double[] inPrivate = new double[AGES], q = new double[AGES];
                    double persons = 0;
                    for (int a = band[0]; a < AGES; a++) {
                        inPrivate[a] = fit.sumAt(sx, a, c -> Cells.position(c) != Position.INSTITUTION.ordinal());
                        q[a] = rates.deathProbability(nl.mantelsim.engine.Model.BASE_YEAR, sx, a);
                        persons += inPrivate[a];
                    }
                    // The level c is solved (bisection: the expected receivers grow with c) with what caps the chance
                    // of need included: at most 95% of an age, and at most 1 for those in their last year of life (at
                    // 90+ three times the share of a woman's age can exceed 1); a plain rescaling left the women of
                    // 75+ in private households 1.8% short of CBS at scale 1.
                    double lo = 0, hi = 1;
                    for (int k = 0; k < 100; k++) {
                        double c = (lo + hi) / 2, inNeed = 0;
                        for (int a = band[0]; a < AGES; a++) inNeed += inPrivate[a] * expectedNeed(needShareAt(c, gradient, a - band[0]), q[a]);
                        if (inNeed < share * persons) lo = c; else hi = c;
                    }
                    for (int a = band[0]; a < AGES; a++) needShare[sex * AGES + a] = needShareAt(lo, gradient, a - band[0]);
                }
            }
        }
    }

    public double needShare(int sex, int age) { return needShare[sex * AGES + age]; }

    /** The chance of need, over those who die in the year and those who do not, of an age with need share s. */
    private double expectedNeed(double s, double q) {
        return (1 - q) * Math.min(1, chance(s, q, false)) + q * Math.min(1, chance(s, q, true));
    }

    /** A person's chance of need: the age's share s, weighted lastYearRatio times in the last year of life. */
    private double chance(double s, double q, boolean lastYearOfLife) {
        return s / (1 + (lastYearRatio - 1) * q) * (lastYearOfLife ? lastYearRatio : 1);
    }

    /** The need share {@code years} above the open band's first age at level c: exponential, at most 95%. */
    private static double needShareAt(double c, double gradient, int years) {
        return Math.min(0.95, c * Math.exp(gradient * years));
    }

    /**
     * Persistent need: the same latent draw every year, compared with a share that rises with age. Residents of an
     * institution aged 65 or over are there because they need care (Wlz), and count as receivers.
     */
    public boolean needsCare(long seed, long id, int sex, int age, int position, double deathProbability, boolean lastYearOfLife) {
        if (position == Position.INSTITUTION.ordinal() && age >= 65) return true;
        // Need rises towards death: the last year of life weighs lastYearRatio times, the age's share is kept.
        return Draws.uniform(seed, id, 0, Purpose.CARE_NEED_LATENT) < chance(needShare[sex * AGES + age], deathProbability, lastYearOfLife);
    }

    /**
     * Whether the person dies in the year (keyed: the same draw the demography step will use, before the year's
     * logit alignment, which moves it only slightly), and that year's death probability.
     */
    public static boolean lastYearOfLife(DemographyRates rates, int year, int sex, int age, long seed, long id) {
        return Draws.uniform(seed, id, year, Purpose.MORTALITY) < rates.deathProbability(Math.min(year, rates.lastYear()), sex, age);
    }

    /**
     * Hours of a carer whose employment, relation and co-residence are not known yet (the base population before its
     * care links): only the intensity class matters, {@link #drawHours(boolean, PersonBlock, int, long, int)} redraws.
     */
    public float drawHours(boolean intensive, int sex, long seed, long id, int year) {
        return hours(intensive, sex, 1, Draws.uniform(seed, id, year, Purpose.CARE_HOURS));
    }

    /** Weekly hours of carer i, already linked: the class's draw scaled by the carer's factors (same keyed draw). */
    public float drawHours(boolean intensive, PersonBlock b, int i, long seed, int year) {
        double f = hoursFactors.factor(intensive, b.employed[i] == 1, CareRelation.ALL[b.careRelation[i]], b.livesWithReceiver[i] == 1);
        return hours(intensive, b.sex[i], f, Draws.uniform(seed, b.id[i], year, Purpose.CARE_HOURS));
    }

    private float hours(boolean intensive, int sex, double factor, double u) {
        if (!intensive) return (float) Math.min(8, lightMin + u * (lightMax - lightMin) * factor);
        double excess = -(intensiveMean[sex] - 8) * Math.log1p(-u) * factor;
        return (float) Math.min(80, 8.25 + excess);
    }

    public double meanIntensiveHours(int sex) { return intensiveMean[sex]; }

    public double meanDurationYears() { return meanDurationYears; }
}
