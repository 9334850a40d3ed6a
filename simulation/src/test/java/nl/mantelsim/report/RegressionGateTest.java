package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.mantelsim.TestData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.engine.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Regression gates in a plan file and their verdicts, and what the cache key does and does not depend on. */
class RegressionGateTest {
    @TempDir Path tmp;

    static final SummaryCsv.Cell C2030 = new SummaryCsv.Cell("baseline", 2030, "employment_rate_15_74", "all");
    static final SummaryCsv.Cell OTHER = new SummaryCsv.Cell("baseline", 2030, "carers", "all");

    static SummaryCsv.Mean mean(double m) {
        return new SummaryCsv.Mean(m, Double.NaN, Double.NaN);
    }

    private Plan plan(String gate) throws IOException {
        Path f = tmp.resolve("p.yaml");
        Files.writeString(f, "name: p\nscenarios:\n  - baseline\n" + gate);
        return Plan.load(f, "p.yaml");
    }

    @Test
    void aPlanHoldsOneGateOrSeveralUnderNamesWithGroupAllAndTwoPercentByDefault() throws IOException {
        assertEquals(List.of(), plan("").gates());
        assertEquals(List.of(new Plan.Gate("gate", "employment_rate_15_74", "all", 0.02)),
                plan("gate:\n  indicator: employment_rate_15_74\n").gates());
        List<Plan.Gate> two = plan("gate:\n  jobs:\n    indicator: fte\n    tolerance: 0.01\n"
                + "  costs:\n    indicator: public_cost_eur\n    group: total\n    tolerance: 0.05\n").gates();
        assertEquals(List.of(new Plan.Gate("jobs", "fte", "all", 0.01), new Plan.Gate("costs", "public_cost_eur", "total", 0.05)), two);
        assertThrows(InputError.class, () -> plan("gate:\n  group: all\n"));
        assertThrows(InputError.class, () -> plan("gate:\n  indicator: fte\n  tolerance: -1\n"));
    }

    @Test
    void aGatedMeanThatMovesBeyondItsToleranceFailsAndOtherIndicatorsAreIgnored() {
        List<Plan.Gate> gates = List.of(new Plan.Gate("gate", "employment_rate_15_74", "all", 0.02));
        Map<SummaryCsv.Cell, SummaryCsv.Mean> before = Map.of(C2030, mean(0.75), OTHER, mean(100));
        assertEquals(RegressionGate.Status.PASSED,
                RegressionGate.check(gates, before, Map.of(C2030, mean(0.76), OTHER, mean(500)), "prev").status());
        RegressionGate.Result failed = RegressionGate.check(gates, before, Map.of(C2030, mean(0.70), OTHER, mean(100)), "prev");
        assertEquals(RegressionGate.Status.FAILED, failed.status());
        assertEquals(1, failed.count());
        assertEquals(RegressionGate.Status.FAILED,
                RegressionGate.check(gates, Map.of(C2030, mean(0)), Map.of(C2030, mean(0.01)), "prev").status(), "from zero");
        assertEquals(RegressionGate.Status.FAILED,
                RegressionGate.check(gates, Map.of(), Map.of(C2030, mean(0.75)), "prev").status(), "a new cell is not silently passed");
        assertEquals(RegressionGate.Status.SKIPPED, RegressionGate.check(gates, before, Map.of(OTHER, mean(1)), "prev").status());
    }

    @Test
    void theCacheKeyFollowsTheContentOfTheDataNotWhereTheCopyLives() throws IOException {
        Path copy = TestData.copyOfData(tmp);
        List<Path> files = List.of(TestData.DATA.resolve("model/parameters.csv"));
        List<Path> copied = List.of(copy.resolve("model/parameters.csv"));
        CacheKey a = CacheKey.of("git:abc", TestData.PROJECT, files, List.of(), "p", 1, 0.01, 2040, 1, 65536);
        CacheKey b = CacheKey.of("git:abc", tmp, copied, List.of(), "p", 1, 0.01, 2040, 1, 65536);
        assertEquals(a.combined(), b.combined());
        assertNotEquals(a.combined(), CacheKey.of("git:abd", tmp, copied, List.of(), "p", 1, 0.01, 2040, 1, 65536).combined());
        assertNotEquals(a.combined(), CacheKey.of("git:abc", tmp, copied, List.of(), "p", 2, 0.01, 2040, 1, 65536).combined());
        assertTrue(a.sameInputsAs(CacheKey.of("git:abd", tmp, copied, List.of(), "p", 1, 0.01, 2040, 1, 65536)));
        Files.writeString(copied.get(0), Files.readString(copied.get(0)) + "\n");
        assertNotEquals(a.combined(), CacheKey.of("git:abc", tmp, copied, List.of(), "p", 1, 0.01, 2040, 1, 65536).combined());
        assertTrue(CacheKey.codeVersion("0123abc-dirty").startsWith("0123abc-dirty+code:"), "uncommitted code is named by its hash");
        assertEquals("git:0123abc", CacheKey.codeVersion("0123abc"));
    }
}
