package nl.mantelsim.care;

import static org.junit.jupiter.api.Assertions.*;

import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import nl.mantelsim.data.Table;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.engine.Model;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.CareRelation;
import nl.mantelsim.population.Integerisation;
import nl.mantelsim.population.PersonBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Care hours by employment, relation and co-residence in the base population: the factors keep each intensity
 * class's mean (their derived means in parameters.csv are what the base year gives), and they order the hours as the
 * sources say.
 */
class CareHoursTest {
    static Model model;
    static final double[] rawSum = new double[2], hours = new double[2];
    static final long[] carers = new long[2];
    static final double[] hoursByWork = new double[2];
    static final long[] carersByWork = new long[2];

    @BeforeAll
    static void synthesise() {
        Inputs inputs = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN);
        double scale = 0.01;
        model = Model.build(inputs.data(), 2021, scale);
        long seed = 20210101;
        BaseSynthesis synth = new BaseSynthesis(Integerisation.counts(model.fit().weights(), scale, seed), seed, 65_536);
        for (int k = 0; k < synth.blocks(); k++) {
            PersonBlock b = synth.block(k, 0, model);
            for (int i = 0; i < b.size(); i++) {
                if (b.careHours[i] <= 0) continue;
                int c = b.careHours[i] > 8 ? 1 : 0;
                CareHoursFactors f = model.care().hoursFactors;
                double normalised = f.factor(c == 1, b.employed[i] == 1, CareRelation.ALL[b.careRelation[i]], b.livesWithReceiver[i] == 1);
                rawSum[c] += normalised;
                hours[c] += b.careHours[i];
                carers[c]++;
                hoursByWork[b.employed[i]] += b.careHours[i];
                carersByWork[b.employed[i]]++;
            }
        }
        System.out.printf("care hours factors: mean normalised factor light %.4f intensive %.4f; mean hours light %.3f intensive %.3f all %.3f; working %.3f non-working %.3f%n",
                rawSum[0] / carers[0], rawSum[1] / carers[1], hours[0] / carers[0], hours[1] / carers[1],
                (hours[0] + hours[1]) / (carers[0] + carers[1]), hoursByWork[1] / carersByWork[1], hoursByWork[0] / carersByWork[0]);
    }

    @Test
    void theFactorsAverageToOneInEachIntensityClassInTheBaseYear() {
        assertEquals(1, rawSum[0] / carers[0], 0.03, "light carers");
        assertEquals(1, rawSum[1] / carers[1], 0.03, "intensive carers");
    }

    @Test
    void baseYearMeanHoursStayAtTheScpFigures() {
        Table scp = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN).data().table(InputCatalog.CARER_INTENSITY_SCP);
        double meanAll = scp.one("mean", r -> r.is("quantity", "mean_care_hours_all_carers")).number("value");
        assertEquals(meanAll, (hours[0] + hours[1]) / (carers[0] + carers[1]), 0.05 * meanAll, "SCP 2019: 7.4 hours over all carers");
        double meanIntensive = (model.care().meanIntensiveHours(0) + model.care().meanIntensiveHours(1)) / 2;
        assertEquals(meanIntensive, hours[1] / carers[1], 0.08 * meanIntensive, "SCP 2018: 21-22 hours of intensive carers");
    }

    @Test
    void workingCarersGiveFewerHoursThanCarersWithoutWork() {
        assertTrue(hoursByWork[1] / carersByWork[1] < 0.9 * hoursByWork[0] / carersByWork[0]);
    }

    @Test
    void partnersLivingWithTheReceiverGiveMoreHoursThanFriends() {
        CareHoursFactors f = model.care().hoursFactors;
        assertTrue(f.factor(true, false, CareRelation.PARTNER, true) > f.factor(true, false, CareRelation.PARENT, false));
        assertTrue(f.factor(true, false, CareRelation.PARENT, false) > f.factor(true, false, CareRelation.NON_KIN, false));
        assertTrue(f.factor(false, true, CareRelation.PARENT, false) < f.factor(false, false, CareRelation.PARENT, false));
    }
}
