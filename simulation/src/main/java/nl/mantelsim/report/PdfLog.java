package nl.mantelsim.report;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log, through slf4j (and so log4j2, like Spark and pdfbox) instead of its own stderr handler:
 * warnings and errors only, so a run with --pdf stays as quiet as one without.
 */
final class PdfLog implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        // The screen style sheet uses CSS the PDF renderer does not know (sticky headers, sideways scrolling); the
        // print style sheet replaces those rules, so the parser's complaints about them are noise.
        if (com.openhtmltopdf.util.XRLog.CSS_PARSE.equals(where) && level.intValue() < Level.SEVERE.intValue()) return;
        if (level.intValue() >= Level.SEVERE.intValue()) LOG.error("{}: {}", where, msg, th);
        else if (level.intValue() >= Level.WARNING.intValue()) LOG.warn("{}: {}", where, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The level is log4j2's (log4j2.properties), not the library's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
