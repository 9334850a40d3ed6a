package nl.mantelsim.data;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input fails at load time with the file, line and field named. */
class BadInputTest {
    @TempDir Path tmp;

    private Path data() throws IOException { return TestData.copyOfData(tmp); }

    /** Replaces line n (1-based) of a file. */
    private static void setLine(Path file, int n, String text) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(n - 1, text);
        Files.write(file, lines);
    }

    private static InputError loadFails(Path data) {
        return assertThrows(InputError.class, () -> InputData.load(data));
    }

    @Test
    void aMalformedRowNamesFileAndLine() throws IOException {
        Path d = data();
        setLine(d.resolve("care-labour/carer_prevalence_scp.csv"), 3, "scp_broad,age,35-44,0.31");
        InputError e = loadFails(d);
        assertEquals("data/care-labour/carer_prevalence_scp.csv", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("malformed row"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path d = data();
        setLine(d.resolve("care-labour/care_receivers_cbs.csv"), 1, "sex,age_group,share,year,source");
        InputError e = loadFails(d);
        assertEquals("share_receiving_informal_care", e.field());
        assertEquals(1, e.line());
    }

    @Test
    void aNegativeCountIsRefused() throws IOException {
        Path d = data();
        Path f = d.resolve("demography/population.csv");
        String line2 = Files.readAllLines(f).get(1);
        setLine(f, 2, line2.substring(0, line2.lastIndexOf(',')) + ",-418070");
        InputError e = loadFails(d);
        assertEquals("count", e.field());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("negative"), e.getMessage());
    }

    @Test
    void aShareAboveOneIsRefusedInAShareColumnAndInALongTableWhoseUnitSaysShare() throws IOException {
        Path d = data();
        setLine(d.resolve("care-labour/carer_prevalence_scp.csv"), 2, "scp_broad,age,18-34,1.28,2019,\"SCP\"");
        InputError e = loadFails(d);
        assertEquals("share", e.field());
        assertEquals(2, e.line());

        Path d2 = TestData.copyOfData(tmp.resolve("second"));
        Path f = d2.resolve("care-labour/carer_intensity_scp.csv");
        setLine(f, 4, "share_of_carers_over_8_hours,1.9,share,2019,\"SCP\"");
        InputError e2 = loadFails(d2);
        assertEquals("data/care-labour/carer_intensity_scp.csv", e2.file());
        assertEquals(4, e2.line());
        assertEquals("value", e2.field());
    }

    @Test
    void aMissingFileIsNamed() throws IOException {
        Path d = data();
        Files.delete(d.resolve("demography/mortality.csv"));
        InputError e = loadFails(d);
        assertEquals("data/demography/mortality.csv", e.file());
        assertTrue(e.getMessage().contains("does not exist"));
    }

    @Test
    void aTextWhereANumberBelongsNamesTheColumn() throws IOException {
        Path d = data();
        Path f = d.resolve("demography/migration.csv");
        setLine(f, 5, "\"UN_WPP2024\",\"estimate\",2023,\"female\",3,lots");
        InputError e = loadFails(d);
        assertEquals(5, e.line());
        assertEquals("net", e.field());
    }

    @Test
    void aParameterOutsideItsRangeIsRefused() throws IOException {
        Path d = data();
        Path f = d.resolve("model/parameters.csv");
        List<String> lines = Files.readAllLines(f);
        int n = 0;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("care.stop_rate,")) n = i + 1;
        setLine(f, n, "care.stop_rate,0.9,0.05,0.5,per year,assumption");
        InputError e = loadFails(d);
        assertEquals(n, e.line());
        assertEquals("value", e.field());
    }

    @Test
    void marginsThatDisagreeBeyondTheToleranceAreRefused() throws IOException {
        Path d = data();
        Path f = d.resolve("care-labour/carer_prevalence_scp.csv");
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("scp_broad,sex,female")) lines.set(i, "scp_broad,sex,female,0.60,2019,\"SCP\"");
        }
        Files.write(f, lines);
        InputError e = assertThrows(InputError.class, () -> nl.mantelsim.population.FittedPopulation.fit(InputData.load(d)));
        assertTrue(e.getMessage().contains("marginals disagree"), e.getMessage());
        assertTrue(e.getMessage().contains("carer_prevalence_scp.csv"), e.getMessage());
    }

    @Test
    void anUnknownScenarioKeyNamesFileLineAndKey() throws IOException {
        Path d = data();
        Files.writeString(d.resolve("scenarios/paid-leave.yaml"), "name: paid-leave\nlevers:\n  paid_leave:\n    enabled: true\n    wekes: 8\n");
        InputError e = assertThrows(InputError.class, () -> Inputs.load(tmp, d, d.resolve("plans/default.yaml")));
        assertEquals("levers.paid_leave.wekes", e.field());
        assertEquals(5, e.line());
        assertTrue(e.file().endsWith("paid-leave.yaml"));
    }

    @Test
    void aScenarioValueOutsideItsRangeIsRefused() throws IOException {
        Path d = data();
        Files.writeString(d.resolve("scenarios/paid-leave.yaml"), "name: paid-leave\nlevers:\n  paid_leave:\n    pay_rate: 1.7\n");
        InputError e = assertThrows(InputError.class, () -> Inputs.load(tmp, d, d.resolve("plans/default.yaml")));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("outside the range"), e.getMessage());
    }

    @Test
    void aPlanNamingAScenarioWithoutAFileIsRefused() throws IOException {
        Path d = data();
        Files.writeString(d.resolve("plans/default.yaml"), "name: x\nscenarios:\n  - baseline\n  - basic-income\n");
        InputError e = assertThrows(InputError.class, () -> Inputs.load(tmp, d, d.resolve("plans/default.yaml")));
        assertTrue(e.getMessage().contains("basic-income"), e.getMessage());
    }
}
