package nl.mantelsim.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The run's report as an A4 PDF for circulation ({@code report.pdf}), rendered by openhtmltopdf from the same
 * {@code index.html} a browser shows: the page is read as XML, a print style sheet is appended to its head
 * (page size and margins, page numbers, tables that wrap instead of scrolling, charts at the text width), and
 * the charts resolve against the run folder. The fonts are bundled, not taken from the system, so the PDF looks
 * the same on every machine and carries every character of the input files.
 */
public final class PdfReport {
    private PdfReport() {}

    public static final String FILE = "report.pdf";

    private static final String FONT_FAMILY = "DejaVu Sans";

    /*
     * A screen page is up to 1100 px wide and its tables scroll sideways; paper does neither. Tables of 7 scenarios
     * x 4 years get a small font and may wrap inside cells; headings stay with what follows them.
     */
    private static final String PRINT_CSS = String.join("\n",
            "@page{size:A4 portrait;margin:14mm 12mm 16mm 12mm;"
                    + "@bottom-center{content:'Page ' counter(page) ' of ' counter(pages);font-family:'" + FONT_FAMILY + "';font-size:7pt;color:#666}}",
            "body{max-width:none;margin:0;padding:0;font-size:9pt;font-family:'" + FONT_FAMILY + "'}",
            "h1{font-size:15pt}h2{font-size:12pt;margin-top:1.2em;page-break-after:avoid}",
            ".scroll{overflow:visible}",
            "table{-fs-table-paginate:paginate;font-size:6.5pt;width:100%}",
            "th,td{white-space:normal;padding:1pt 2pt}td.num{white-space:nowrap}",
            "tbody td:first-child,thead tr:first-child th:first-child{position:static}",
            "figure{margin:0.8em 0;page-break-inside:avoid}",
            "img{width:100%;max-width:100%;height:auto}");

    /** Renders {@code indexHtml} (well-formed XHTML) to {@code pdf}; relative links resolve against its folder. */
    public static void write(Path indexHtml, Path pdf) throws IOException {
        if (!(XRLog.getLoggerImpl() instanceof PdfLog)) XRLog.setLoggerImpl(new PdfLog());
        Document page = read(indexHtml);
        Element head = (Element) page.getElementsByTagName("head").item(0);
        if (head == null) throw new IOException(indexHtml + " has no <head>");
        Element style = page.createElementNS(page.getDocumentElement().getNamespaceURI(), "style");
        style.setTextContent(PRINT_CSS);
        head.appendChild(style);
        NodeList tables = page.getElementsByTagName("table");
        for (int i = tables.getLength() - 1; i >= 0; i--) splitByYear((Element) tables.item(i));
        // The folder's URI ends in '/', so charts/x.png resolves inside it.
        String base = indexHtml.toAbsolutePath().getParent().toUri().toString();
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            b.withW3cDocument(page, base);
            b.toStream(out);
            b.run();
        }
    }

    /**
     * A table of years x scenarios (a first header row of two row-spanning cells, then one cell per year spanning its
     * scenarios) is 30 columns wide for 7 scenarios and 4 years: far wider than A4. On paper it becomes one table per
     * year, each with the two label columns. Any other table is left as it is.
     */
    static void splitByYear(Element table) {
        List<Element> rows = children(table, "tr");
        if (rows.size() < 3) return;
        List<Element> top = children(rows.get(0), null), second = children(rows.get(1), null);
        if (top.size() < 4 || !top.get(0).getAttribute("rowspan").equals("2") || !top.get(1).getAttribute("rowspan").equals("2")) return;
        int width;
        try {
            width = Integer.parseInt(top.get(2).getAttribute("colspan"));
        } catch (NumberFormatException e) {
            return;
        }
        int years = top.size() - 2;
        for (Element th : top.subList(2, top.size())) if (!th.getAttribute("colspan").equals(String.valueOf(width))) return;
        if (second.size() != years * width) return;
        for (Element row : rows.subList(2, rows.size())) if (children(row, null).size() != 2 + years * width) return;

        Node anchor = table.getParentNode();
        Node before = table;
        if (anchor instanceof Element div && div.getLocalName() != null && div.getLocalName().equals("div")
                && children(div, null).size() == 1) {
            before = div;
            anchor = div.getParentNode();
        }
        for (int y = 0; y < years; y++) {
            Element copy = (Element) table.cloneNode(true);
            List<Element> copyRows = children(copy, "tr");
            keep(children(copyRows.get(0), null), 2 + y, 2 + y);
            keep(children(copyRows.get(1), null), y * width, y * width + width - 1);
            for (Element row : copyRows.subList(2, copyRows.size())) {
                List<Element> cells = children(row, null);
                for (int c = 2; c < cells.size(); c++) {
                    if (c < 2 + y * width || c >= 2 + (y + 1) * width) row.removeChild(cells.get(c));
                }
            }
            anchor.insertBefore(copy, before);
        }
        anchor.removeChild(before);
    }

    /** Removes the cells outside positions [from, to], leaving the two label cells of a first header row. */
    private static void keep(List<Element> cells, int from, int to) {
        boolean header = cells.size() > 0 && cells.get(0).getAttribute("rowspan").equals("2");
        for (int c = 0; c < cells.size(); c++) {
            if (header && c < 2) continue;
            if (c < from || c > to) cells.get(c).getParentNode().removeChild(cells.get(c));
        }
    }

    /** Element children with this local name (any element when null); rows are searched through thead/tbody. */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String local = e.getLocalName();
            if (name == null || name.equals(local)) out.add(e);
            else if ("tr".equals(name) && ("thead".equals(local) || "tbody".equals(local) || "tfoot".equals(local))) {
                out.addAll(children(e, name));
            }
        }
        return out;
    }

    private static Document read(Path indexHtml) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // The page is ours, but never let a parser fetch anything: no DTDs, no external entities.
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // fails on the first error, prints nothing
            return builder.parse(indexHtml.toFile());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new IOException(indexHtml + " is not well-formed XHTML, so it cannot be rendered to PDF: " + e.getMessage(), e);
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfReport.class.getResourceAsStream("/fonts/" + name);
        if (in == null) throw new UncheckedIOException(new IOException("font resource /fonts/" + name + " is missing from the build"));
        return in;
    }
}
