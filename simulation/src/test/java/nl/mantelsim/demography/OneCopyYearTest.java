package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;
import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import nl.mantelsim.engine.Model;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.Integerisation;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Demography#step} makes deaths, births, ageing and migration in one copy of the block. It must equal the
 * definition: first the block after deaths and births, then migration applied to that block in a second copy
 * ({@link #migratedTheLongWay}, how the year was computed up to 4 December 2026). Tested with migration far
 * stronger than the projection's and of both signs by age, so that emigrant mothers and their newborns, partners
 * of new parents who leave, emigrants whose care receiver died and immigrant copies of newborns all occur.
 */
class OneCopyYearTest {
    static Model model;

    @BeforeAll
    static void load() {
        Inputs inputs = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN);
        model = Model.build(inputs.data(), 2030, 0.002);
    }

    /** Strong migration of both signs: immigrants at age 0 and at some ages more than one per resident. */
    private static double[] rates(int pattern) {
        double[] r = new double[2 * AGES];
        for (int sex = 0; sex < 2; sex++) {
            for (int age = 0; age < AGES; age++) {
                int k = (age * 7 + sex * 3 + pattern) % 6;
                r[sex * AGES + age] = age == 0 ? 0.4 : k == 0 ? 1.3 : k <= 2 ? -0.35 : 0.05;
            }
        }
        return r;
    }

    @Test
    void theOneCopyYearEqualsDeathsAndBirthsThenMigration() throws IllegalAccessException {
        long seed = 91;
        var synthesis = new BaseSynthesis(Integerisation.counts(model.fit().weights(), 0.002, seed), seed, 65_536);
        PersonBlock base = synthesis.block(0, 0, model);
        double couples = model.householdEvents().immigrantCoupleShare();
        int emigrants = 0, immigrants = 0;
        for (int pattern = 0; pattern < 3; pattern++) {
            PersonBlock b = base;
            for (int year = 2021; year <= 2023; year++) {
                double[] r = rates(pattern);
                PersonBlock aged = Demography.step(b, year, seed, model.demography(), model.shareMaleAtBirth());
                PersonBlock expected = migratedTheLongWay(aged, year, seed, r, couples);
                PersonBlock actual = Demography.step(b, year, seed, model.demography(), model.shareMaleAtBirth(),
                        VitalAlignment.Shift.NONE, r, couples);
                String where = "pattern " + pattern + ", year " + year;
                assertEquals(expected.size(), actual.size(), where);
                for (Field f : PersonBlock.class.getFields()) {
                    if (!f.getType().isArray() || java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                    Object e = f.get(expected), a = f.get(actual);
                    int n = f.getName().equals("events") ? Array.getLength(e) : expected.size();
                    for (int i = 0; i < n; i++) {
                        assertEquals(Array.get(e, i), Array.get(a, i), f.getName() + " [" + i + "], " + where);
                    }
                }
                emigrants += actual.events[PersonBlock.Event.EMIGRANTS.ordinal()];
                immigrants += actual.events[PersonBlock.Event.IMMIGRANTS.ordinal()];
                b = actual;
            }
        }
        assertTrue(emigrants > 1000 && immigrants > 1000, "migration both ways: " + emigrants + " out, " + immigrants + " in");
    }

    /** The emigrant paths that need care in one copy do occur in this test's years. */
    @Test
    void theTestMakesMothersAndCarersLeave() {
        long seed = 91;
        var synthesis = new BaseSynthesis(Integerisation.counts(model.fit().weights(), 0.002, seed), seed, 65_536);
        PersonBlock b = synthesis.block(0, 0, model);
        PersonBlock aged = Demography.step(b, 2021, seed, model.demography(), model.shareMaleAtBirth());
        int leavingMothers = 0, leavingCarers = 0;
        for (int j = 0; j < aged.size(); j++) {
            if (Migration.arrivals(rates(0), seed, aged.id[j], aged.sex[j], aged.age[j], 2021) >= 0) continue;
            if (aged.position[j] == Position.PARTNER_WITH_CHILDREN.ordinal() || aged.position[j] == Position.SINGLE_PARENT.ordinal()) leavingMothers++;
            if (aged.careHours[j] > 0) leavingCarers++;
        }
        assertTrue(leavingMothers > 100 && leavingCarers > 100, leavingMothers + " parents and " + leavingCarers + " carers leave");
    }

    /** Migration as a second copy of the block after deaths and births: the definition. */
    private static PersonBlock migratedTheLongWay(PersonBlock in, int year, long seed, double[] rate, double coupleShare) {
        int n = in.size();
        int[] source = new int[3 * n + 8], copyNumber = new int[source.length];
        int size = 0;
        List<Integer> gone = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int copies = Migration.arrivals(rate, seed, in.id[i], in.sex[i], in.age[i], year);
            if (copies < 0) {
                gone.add(i);
                continue;
            }
            for (int k = -1; k < copies; k++) {
                source[size] = i;
                copyNumber[size++] = k;
            }
        }
        int[] linkTo = in.firstRows(source, size);
        for (int i : gone) linkTo[i] = Departures.LEFT;
        PersonBlock out = in.gather(source, size, linkTo);
        System.arraycopy(in.events, 0, out.events, 0, in.events.length);
        List<Integer> newcomers = new ArrayList<>();
        for (int j = 0; j < size; j++) {
            if (copyNumber[j] < 0) continue;
            Migration.arrive(out, j, seed, in.id[source[j]], year, copyNumber[j]);
            newcomers.add(j);
        }
        out.events[PersonBlock.Event.CARE_STOPS.ordinal()] += Departures.clear(out, Departures.LEFT);
        ImmigrantFamilies.join(out, newcomers, coupleShare, seed, year);
        out.events[PersonBlock.Event.IMMIGRANTS.ordinal()] = newcomers.size();
        out.events[PersonBlock.Event.EMIGRANTS.ordinal()] = gone.size();
        return out;
    }
}
