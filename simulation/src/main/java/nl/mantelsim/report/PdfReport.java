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
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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
            "table{-fs-table-paginate:paginate;font-size:6pt;width:100%}",
            "th,td{white-space:normal;padding:1pt 2pt}",
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
