package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a small run with every scenario of the default plan, opened in headless Chromium: the screenshot
 * is not blank, the browser logs no console message (no script error, no failed load), and the DOM Chromium
 * built holds every scenario and only charts that exist and decode. Needs Chromium (Debian package
 * {@code chromium}; another binary with MANTELSIM_CHROMIUM), so it runs only when asked:
 * {@code MANTELSIM_CHROMIUM_TEST=1 mvn -B test -Dtest=ReportRenderIT} (.ci/run installs Chromium and does).
 */
@EnabledIfEnvironmentVariable(named = "MANTELSIM_CHROMIUM_TEST", matches = "1")
class ReportRenderIT {
    @TempDir Path tmp;

    private static final List<String> SCENARIOS = List.of("baseline", "cabinet-leave", "paid-leave", "respite-supply",
            "no-kostendelersnorm", "no-kostendelersnorm-care-only", "combined");

    @Test
    void theReportRendersInHeadlessChromiumWithEveryScenarioAndNoErrors() throws Exception {
        Path reports = tmp.resolve("reports");
        assertEquals(0, Main.execute("run", "--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(),
                "--scale", "0.001", "--until", "2023", "--replications", "2", "--out", reports.toString(),
                "--run-id", "render", "--partitions", "2", "--progress", "never"));
        Path run = reports.resolve("render");
        String url = run.resolve("index.html").toUri().toString();

        Path png = tmp.resolve("report.png");
        Result shot = chromium("--enable-logging=stderr", "--v=0", "--screenshot=" + png, "--window-size=1280,4000", url);
        assertEquals(0, shot.exit(), shot.stderr());
        for (String line : shot.stderr().split("\n")) {
            // Every console message (console.error, an uncaught exception) is logged as ...:CONSOLE...; the page has
            // no scripts, so any such line is a fault. D-Bus and GPU complaints of a headless machine are not.
            assertFalse(line.contains(":CONSOLE") || line.contains("Uncaught"), line);
        }
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "a PNG screenshot");
        assertEquals(1280, image.getWidth());
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) nonWhite++;
            }
        }
        assertTrue(colours.size() > 50, colours.size() + " colours: the page is blank or flat");
        assertTrue(nonWhite > image.getWidth() * image.getHeight() / 4 / 100, nonWhite + " non-white pixels sampled");

        Result dom = chromium("--dump-dom", url);
        assertEquals(0, dom.exit(), dom.stderr());
        String html = dom.stdout();
        for (String s : SCENARIOS) assertTrue(html.contains(">" + s + "<"), s + " in a table header");
        List<String> sources = new ArrayList<>();
        Matcher m = Pattern.compile("<img [^>]*src=\"([^\"]+)\"").matcher(html);
        while (m.find()) sources.add(m.group(1));
        assertFalse(sources.isEmpty(), "the report shows charts");
        // The default plan has a sensitivity analysis: its tornado charts are part of the rendered report.
        assertTrue(sources.contains("charts/tornado_fte.png") && sources.contains("charts/tornado_net_public_cost_eur.png"),
                "the tornado charts are shown: " + sources);
        try (var charts = Files.list(run.resolve("charts"))) {
            assertEquals(charts.count(), sources.size(), "every chart is shown once");
        }
        for (String src : sources) {
            Path file = run.resolve(src);
            assertTrue(file.normalize().startsWith(run), src + " stays inside the run folder");
            assertNotNull(ImageIO.read(file.toFile()), src + " exists and decodes");
        }
    }

    private record Result(int exit, String stdout, String stderr) {}

    /** One headless Chromium with a fresh profile and no background network (the machine's network is closed). */
    private Result chromium(String... args) throws IOException, InterruptedException {
        String binary = System.getenv().getOrDefault("MANTELSIM_CHROMIUM", "chromium");
        List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "chromium", ".out"), err = Files.createTempFile(tmp, "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + cmd);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
