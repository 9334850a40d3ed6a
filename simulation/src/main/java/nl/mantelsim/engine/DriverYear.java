package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.mantelsim.care.CareMarket;
import nl.mantelsim.care.DemandPressure;
import nl.mantelsim.demography.MigrationAlignment;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.Cells;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.Integerisation;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.IndicatorBuilder;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.Tally;

/**
 * The driver's part of a run, shared by the Spark engine ({@link Simulation}) and the single-JVM
 * {@link ReferenceKernel}: the replication seeds and base synthesis, the alignment tables solved each year from
 * counts by sex and age, and the indicators recorded from the alignment and the integer tallies. Both loops feed it
 * the same sums (integers, so their order does not matter), so both produce the same indicator rows.
 */
final class DriverYear {
    /** Next year's migration rates per resident and care demand pressure, per (scenario, replication). */
    record Migration(HashMap<Integer, double[]> rates, HashMap<Integer, Double> pressure) {}

    private final List<World> worlds;
    /** Every world's scenarios in one list: the global scenario index of the blocks and keys. */
    private final List<Scenario> scenarios = new ArrayList<>();
    /** The world of each global scenario index. */
    private final int[] worldOf;
    private final RunSettings settings;
    private final long[] seeds;
    private final Map<Integer, IndicatorBuilder> builders = new TreeMap<>();
    private Map<Integer, Double> basePressure;

    DriverYear(Model model, List<Scenario> scenarios, RunSettings settings) {
        this(List.of(new World(model, scenarios)), settings);
    }

    DriverYear(List<World> worlds, RunSettings settings) {
        this.worlds = worlds;
        this.settings = settings;
        for (World w : worlds) scenarios.addAll(w.scenarios());
        if (scenarios.size() > MAX_SCENARIOS) {
            throw new IllegalArgumentException(scenarios.size() + " scenarios in one simulation; at most " + MAX_SCENARIOS);
        }
        worldOf = new int[scenarios.size()];
        for (int w = 0, s = 0; w < worlds.size(); w++) {
            for (int k = 0; k < worlds.get(w).scenarios().size(); k++) worldOf[s++] = w;
        }
        seeds = new long[settings.replications()];
        for (int r = 0; r < seeds.length; r++) seeds[r] = Draws.replicationSeed(settings.seed(), r);
        for (int r = 0; r < seeds.length; r++) {
            for (int s = 0; s < scenarios.size(); s++) {
                Model m = modelOf(s);
                builders.put(key(s, r), new IndicatorBuilder(scenarios.get(s).name(), r, m.scale(), m.fteHours()));
            }
        }
    }

    /** Scenarios (over all worlds) per replication that a key can tell apart. */
    static final int MAX_SCENARIOS = 1024;

    static int key(int scenario, int replication) { return replication * MAX_SCENARIOS + scenario; }

    static int scenarioOf(int key) { return key % MAX_SCENARIOS; }

    long[] seeds() { return seeds; }

    /** The world of each global scenario index. */
    int[] worldOf() { return worldOf.clone(); }

    /** The models of the worlds, in world order (what the executors need, broadcast once). */
    List<Model> models() { return new ArrayList<>(worlds.stream().map(World::model).toList()); }

    /** The global index of each world's first scenario (its reference), in world order. */
    int[] firstScenario() {
        int[] first = new int[worlds.size()];
        for (int w = 0, s = 0; w < worlds.size(); s += worlds.get(w).scenarios().size(), w++) first[w] = s;
        return first;
    }

    int scenarioCount() { return scenarios.size(); }

    private Model modelOf(int scenario) { return worlds.get(worldOf[scenario]).model(); }

    private Model model() { return worlds.get(0).model(); }

    /** The last year whose step is simulated (none when the run stops at the base year). */
    int lastStep() { return settings.until() > model().baseYear() ? settings.until() : model().baseYear() - 1; }

    List<Levers> levers() {
        List<Levers> list = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Model m = modelOf(s);
            list.add(Levers.from(scenarios.get(s).parameters(), m.prices(), m.leavePool()));
        }
        return list;
    }

    /**
     * One base synthesis per replication and world (the first index is the replication): its blocks are generated
     * where they are used. Worlds that share a fit share its integerisation, which depends only on the fit's
     * weights, the scale and the seed.
     */
    List<List<BaseSynthesis>> synthesis() {
        List<List<BaseSynthesis>> synth = new ArrayList<>();
        for (int r = 0; r < seeds.length; r++) {
            Map<FittedPopulation, BaseSynthesis> byFit = new java.util.IdentityHashMap<>();
            List<BaseSynthesis> perWorld = new ArrayList<>();
            final long seed = seeds[r];
            for (World w : worlds) {
                double scale = w.model().scale();
                perWorld.add(byFit.computeIfAbsent(w.model().fit(), fit -> new BaseSynthesis(
                        Integerisation.counts(fit.weights(), scale, seed), seed, settings.blockSize())));
            }
            synth.add(perWorld);
        }
        return synth;
    }

    /** The base population's tallies and counts by sex and age: the stocks of the base year, the base pressure. */
    void base(Map<Integer, long[]> tallies, Map<Integer, long[]> counts) {
        tallies.forEach((k, t) -> builders.get(k).stocks(model().baseYear(), t));
        basePressure = new TreeMap<>();
        counts.forEach((k, c) -> basePressure.put(k, DemandPressure.receiversPerPotentialCarer(c, modelOf(scenarioOf(k)).care())));
    }

    /** The year's logit shifts of deaths and births from the counts of 1 January, recorded as alignment rows. */
    HashMap<Integer, VitalAlignment.Shift> vital(int y, Map<Integer, long[]> counts) {
        HashMap<Integer, VitalAlignment.Shift> vital = new HashMap<>();
        for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
            Model model = modelOf(scenarioOf(e.getKey()));
            long total = 0;
            for (long c : e.getValue()) total += c;
            double wpp = model.totals().januaryTarget(y, 0) + model.totals().januaryTarget(y, 1);
            VitalAlignment.Shift s = model.vital().solve(e.getValue(), y, model.demography(), model.scale(), total / (wpp * model.scale()));
            vital.put(e.getKey(), s);
            IndicatorBuilder ib = builders.get(e.getKey());
            String[] groups = {"deaths", "births"};
            for (int k = 0; k < 2; k++) {
                ib.add(y, "alignment_target", groups[k], s.target()[k] / model.scale());
                ib.add(y, "alignment_simulated", groups[k], s.expected()[k] / model.scale());
                ib.add(y, "alignment_factor", groups[k], s.target()[k] / s.expected()[k]);
            }
        }
        return vital;
    }

    /** Migration rates and demand pressure from the counts after deaths, births and ageing, recorded for y + 1. */
    Migration migration(int y, Map<Integer, long[]> counts) {
        HashMap<Integer, double[]> rates = new HashMap<>();
        HashMap<Integer, Double> pressure = new HashMap<>();
        for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
            Model model = modelOf(scenarioOf(e.getKey()));
            MigrationAlignment.Result a = align(model, e.getValue(), y);
            rates.put(e.getKey(), a.ratePerResident());
            pressure.put(e.getKey(), DemandPressure.receiversPerPotentialCarer(e.getValue(), model.care()) / basePressure.get(e.getKey()));
            if (y + 1 <= settings.until()) {
                IndicatorBuilder ib = builders.get(e.getKey());
                for (int sex = 0; sex < 2; sex++) {
                    String g = sex == 0 ? "population_male" : "population_female";
                    ib.add(y + 1, "alignment_target", g, a.target()[sex] / model.scale());
                    ib.add(y + 1, "alignment_simulated", g, a.simulated()[sex] / model.scale());
                    ib.add(y + 1, "alignment_factor", g, a.factor()[sex]);
                }
                ib.add(y + 1, "care_demand_pressure", "all", pressure.get(e.getKey()));
            }
        }
        return new Migration(rates, pressure);
    }

    /** Records the year's flows and next year's stocks; returns the person-years (persons at the end of the year). */
    long tallies(int y, Map<Integer, long[]> t) {
        long personYears = 0;
        for (Map.Entry<Integer, long[]> e : t.entrySet()) {
            IndicatorBuilder ib = builders.get(e.getKey());
            ib.flows(y, e.getValue());
            if (y + 1 <= settings.until()) ib.stocks(y + 1, e.getValue());
            personYears += Tally.stock(e.getValue(), Tally.Stock.POP_ALL);
        }
        return personYears;
    }

    /** The first world's indicator rows (a run has no other world), with the public returns against its reference. */
    List<IndicatorRow> rows() { return rowsByWorld().get(0); }

    /**
     * Per world, in world order: its indicator rows, with the public returns against the world's own reference
     * (a sensitivity variant's scenario is compared with the reference of the same variant).
     */
    List<List<IndicatorRow>> rowsByWorld() {
        List<List<IndicatorRow>> all = new ArrayList<>();
        for (int w = 0; w < worlds.size(); w++) all.add(new ArrayList<>());
        builders.forEach((k, b) -> all.get(worldOf[scenarioOf(k)]).addAll(b.rows()));
        for (int w = 0; w < worlds.size(); w++) {
            List<Scenario> own = worlds.get(w).scenarios();
            Map<String, nl.mantelsim.data.Parameters> parameters = new HashMap<>();
            for (Scenario s : own) parameters.put(s.name(), s.parameters());
            String reference = nl.mantelsim.report.IndicatorSummary.referenceScenario(own.stream().map(Scenario::name).toList());
            all.get(w).addAll(nl.mantelsim.cost.PublicReturns.rows(all.get(w), reference, parameters));
        }
        return all;
    }

    /** Persons by sex and single age: what the driver's alignment needs from a block. */
    static long[] counts(PersonBlock b) {
        long[] c = new long[2 * Cells.AGES];
        for (int i = 0; i < b.size(); i++) c[b.sex[i] * Cells.AGES + b.age[i]]++;
        return c;
    }

    /** A block's integer tallies (stocks, flows, costs) for the indicators. */
    static long[] tally(PersonBlock b, Model m, long seed) {
        // A copy: the caller adds other blocks into it, and the block's own tally may be read again.
        if (b.tally() != null) return b.tally().clone();
        return Tally.of(b, m.care().heavyBurdenHours(), m.labour().minimumJobHours(), i -> CareMarket.wmo(b, i, m.care(), seed));
    }

    private static MigrationAlignment.Result align(Model model, long[] counts, int year) {
        double[] wpp = new double[2 * Cells.AGES];
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < Cells.AGES; a++) wpp[sex * Cells.AGES + a] = model.demography().netMigration(year, sex, a);
        }
        double[] target = {model.totals().januaryTarget(year + 1, 0), model.totals().januaryTarget(year + 1, 1)};
        return MigrationAlignment.solve(counts, wpp, target, model.scale());
    }
}
