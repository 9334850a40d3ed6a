package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {

    private static final List<String> SCENARIOS = List.of("baseline", "paid-leave");

    @Test
    void writesValidPngsForEveryChart(@TempDir Path dir) throws IOException {
        List<IndicatorRow> rows = SyntheticRows.table(SCENARIOS, 2, 2021, 2030);
        Path charts = dir.resolve("charts");

        List<String> written = ChartWriter.writeCharts(rows, SCENARIOS, charts);

        assertEquals(List.of("population.png", "mantelzorgratio.png", "employment_rate.png",
                "fte_vs_baseline.png", "intensive_carers.png", "public_cost.png"), written);
        for (String name : written) {
            Path file = charts.resolve(name);
            assertTrue(Files.size(file) > 5_000, name + " looks empty");
            BufferedImage image = ImageIO.read(file.toFile());
            assertNotNull(image, name + " is not a readable PNG");
            assertEquals(900, image.getWidth(), name);
            assertEquals(500, image.getHeight(), name);
        }
    }

    @Test
    void singleYearDoesNotThrowAndStillGivesPictures(@TempDir Path dir) {
        List<IndicatorRow> rows = SyntheticRows.table(SCENARIOS, 1, 2021, 2021);

        List<String> written = assertDoesNotThrow(() -> ChartWriter.writeCharts(rows, SCENARIOS, dir));

        assertFalse(written.isEmpty());
        for (String name : written) {
            assertDoesNotThrow(() -> assertNotNull(ImageIO.read(dir.resolve(name).toFile()), name));
        }
    }

    @Test
    void skipsAbsentIndicatorsAndDifferenceChartWithoutOtherScenarios(@TempDir Path dir) throws IOException {
        List<IndicatorRow> rows = List.of(
                new IndicatorRow("baseline", 0, 2021, "population", "all", 17e6),
                new IndicatorRow("baseline", 0, 2022, "population", "all", 17.1e6),
                new IndicatorRow("baseline", 0, 2022, "fte", "all", 7e6));

        List<String> written = ChartWriter.writeCharts(rows, List.of("baseline"), dir);

        assertEquals(List.of("population.png"), written);
        assertEquals(List.of(), ChartWriter.writeCharts(List.of(), List.of("baseline"), dir.resolve("empty")));
    }
}
