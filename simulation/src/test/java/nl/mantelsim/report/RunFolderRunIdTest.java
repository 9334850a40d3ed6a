package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run folder is always one plain folder inside the reports folder, whoever constructs it. */
class RunFolderRunIdTest {
    @TempDir Path tmp;

    @Test
    void runIdsThatCouldLeaveTheReportsFolderOrHideOrShadowLatestAreRefused() {
        for (String bad : new String[] {"../x", "a/b", "a\\b", "..", ".", ".incomplete-x", "latest", "index.html", "", "x y", "/abs", "a".repeat(129)}) {
            assertFalse(RunFolder.isValidRunId(bad), bad);
            assertThrows(IllegalArgumentException.class, () -> new RunFolder(tmp.resolve("reports"), bad), bad);
        }
        assertFalse(Files.exists(tmp.resolve("x")), "nothing created beside the reports folder");
        for (String good : new String[] {"20261123T120000Z-default", "e2e", "run_1.v2", "a".repeat(128)}) {
            assertTrue(RunFolder.isValidRunId(good), good);
        }
    }
}
