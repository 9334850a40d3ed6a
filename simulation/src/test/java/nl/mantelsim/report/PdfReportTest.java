package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Main;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** `run --pdf`: the report as an A4 PDF of several pages, with every scenario, written before the run is published. */
class PdfReportTest {
    @TempDir Path tmp;

    @Test
    void aSmallRunWithPdfWritesAnA4ReportNamingEveryScenario() throws Exception {
        TestData.spark();
        Path reports = tmp.resolve("reports");
        assertEquals(0, Main.execute("run", "--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(),
                "--scale", "0.001", "--until", "2023", "--out", reports.toString(), "--run-id", "pdf", "--partitions", "2",
                "--progress", "never", "--pdf", "--sensitivity", "none"));
        Path run = reports.resolve("pdf");
        byte[] pdf = Files.readAllBytes(run.resolve("report.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        List<String> scenarios = scenarioNames();
        assertEquals(7, scenarios.size());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() > 1, d.getNumberOfPages() + " page(s)");
            PDRectangle a4 = d.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), a4.getWidth(), 1.0);
            assertEquals(PDRectangle.A4.getHeight(), a4.getHeight(), 1.0);
            // Names may wrap inside narrow table cells: compare without white space.
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            for (String s : scenarios) assertTrue(text.contains(s), s + " is in the PDF's text");
            assertTrue(text.contains("Keyindicators"));
            int images = 0;
            for (var page : d.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) images++;
                }
            }
            assertEquals(charts(run).size(), images, "every chart is in the PDF");
        }
        JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertTrue(m.get("outputs").toString().contains("report.pdf"));
        assertTrue(m.get("wall_seconds").has("pdf"));
    }

    @Test
    void theHtmlReportIsWellFormedXmlSoItCanBeRenderedWithoutAnHtmlParser() throws Exception {
        Path index = tmp.resolve("index.html");
        HtmlReport.write(index, "x<y", new java.util.LinkedHashMap<>(java.util.Map.of("plan", "a & b")),
                SyntheticRows.table(List.of("baseline", "paid-leave"), 3, 2021, 2030), List.of("baseline", "paid-leave"), List.of("population.png"));
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(index.toFile());
        NodeList imgs = doc.getElementsByTagName("img");
        assertEquals(1, imgs.getLength());
        assertEquals("charts/population.png", imgs.item(0).getAttributes().getNamedItem("src").getNodeValue());
    }

    @Test
    void aTableOfFourYearsBecomesOneTablePerYearOnPaperWithEveryValue() throws Exception {
        List<String> scenarios = List.of("baseline", "cabinet-leave", "paid-leave", "respite-supply", "no-kostendelersnorm",
                "no-kostendelersnorm-care-only", "combined");
        Path index = tmp.resolve("index.html");
        HtmlReport.write(index, "years", new java.util.LinkedHashMap<>(), SyntheticRows.table(scenarios, 2, 2021, 2040),
                scenarios, List.of());
        Document doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(index.toFile());
        NodeList tables = doc.getElementsByTagName("table");
        int before = tables.getLength();
        org.w3c.dom.Element levels = (org.w3c.dom.Element) tables.item(1);
        int cells = levels.getElementsByTagName("td").getLength();
        PdfReport.splitByYear(levels);
        // Run facts, then the levels and the differences: each of the two wide tables is now four.
        assertEquals(before + 3, doc.getElementsByTagName("table").getLength());
        int after = 0;
        for (int i = 1; i <= 4; i++) {
            org.w3c.dom.Element t = (org.w3c.dom.Element) doc.getElementsByTagName("table").item(i);
            assertEquals(7, t.getElementsByTagName("thead").item(0).getChildNodes().item(2).getChildNodes().getLength(), "7 scenarios");
            after += t.getElementsByTagName("td").getLength();
        }
        int rows = levels.getElementsByTagName("tr").getLength() - 2;
        assertEquals(cells + 3 * 2 * rows, after, "every value kept once; the two label cells repeated per year");

        Path pdf = tmp.resolve("years.pdf");
        PdfReport.write(index, pdf);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            for (String year : List.of("2025", "2030", "2035", "2040")) assertTrue(text.contains(year), year);
        }
    }

    private static List<String> scenarioNames() throws IOException {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (String line : Files.readAllLines(TestData.PLAN)) {
            if (line.startsWith("scenarios:")) in = true;
            else if (in && line.trim().startsWith("- ")) names.add(line.trim().substring(2).trim());
            else if (in && !line.isBlank() && !line.startsWith(" ")) in = false;
        }
        return names;
    }

    private static List<Path> charts(Path run) throws IOException {
        try (var s = Files.list(run.resolve("charts"))) {
            return s.filter(p -> p.toString().endsWith(".png")).toList();
        }
    }
}
