package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run is a function of its inputs and seed: the published indicators.csv is the same file, byte for byte,
 * however Spark splits the work and however often the run is repeated; another seed gives other numbers.
 */
class DeterminismTest {
    @TempDir static Path tmp;

    @BeforeAll
    static void spark() {
        TestData.spark(); // borrowed by every run below
    }

    /** Small blocks (2,000 persons) so that 17,473 persons x 2 replications x 5 scenarios spread over many partitions. */
    private static byte[] indicators(String runId, long seed, int partitions) throws IOException {
        return indicators(runId, seed, partitions, nl.mantelsim.engine.RunSettings.DEFAULT_PERSONS_PER_BATCH);
    }

    private static byte[] indicators(String runId, long seed, int partitions, long personsPerBatch) throws IOException {
        Path out = tmp.resolve("reports");
        int code = Main.execute("run", "--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(),
                "--scale", "0.001", "--until", "2024", "--replications", "2", "--block-size", "2000",
                "--seed", String.valueOf(seed), "--partitions", String.valueOf(partitions),
                "--persons-per-batch", String.valueOf(personsPerBatch),
                "--out", out.toString(), "--run-id", runId, "--sensitivity", "none");
        assertEquals(0, code, runId);
        return Files.readAllBytes(out.resolve(runId).resolve("indicators.csv"));
    }

    @Test
    void indicatorsAreByteIdenticalFor1_2_8And64PartitionsAndForARepeatedRun() throws IOException {
        byte[] one = indicators("p1", 99, 1);
        assertTrue(new String(one).lines().count() > 1_000, "a real table, not an empty one");
        assertArrayEquals(one, indicators("p2", 99, 2), "2 partitions");
        assertArrayEquals(one, indicators("p8", 99, 8), "8 partitions");
        assertArrayEquals(one, indicators("p64", 99, 64), "64 partitions");
        assertArrayEquals(one, indicators("p8-again", 99, 8), "the same seed again");
    }

    /** One scenario at a time (a batch smaller than a scenario) instead of all side by side: the same file. */
    @Test
    void batchesOfScenariosDoNotChangeTheNumbers() throws IOException {
        assertArrayEquals(indicators("together", 7, 4), indicators("one-by-one", 7, 4, 1), "one scenario per batch");
    }

    @Test
    void anotherSeedGivesOtherNumbers() throws IOException {
        String a = new String(indicators("seed-1", 1, 8)), b = new String(indicators("seed-2", 2, 8));
        assertNotEquals(a, b);
        // The layout is the same: only values differ, and the base population's size is fixed by the margins.
        assertEquals(a.lines().count(), b.lines().count());
        assertEquals(a.lines().map(l -> l.substring(0, l.lastIndexOf(','))).toList(),
                b.lines().map(l -> l.substring(0, l.lastIndexOf(','))).toList());
    }
}
