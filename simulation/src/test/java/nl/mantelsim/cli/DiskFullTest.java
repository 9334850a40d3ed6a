package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A full disk is recognised from what the operating system really says: Linux's /dev/full fails every write with
 * ENOSPC, as a full file system does. (A run on a full file system end to end: DiskFullIT, in .ci/run.)
 */
class DiskFullTest {
    private static final Path DEV_FULL = Path.of("/dev/full");

    private static void writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            out.write(new byte[64 * 1024]);
            out.flush();
        }
    }

    @Test
    void aWriteThatMeetsAFullDiskNamesTheFileAndTheReason() {
        Assumptions.assumeTrue(Files.exists(DEV_FULL), "needs Linux /dev/full");
        DiskFull e = assertThrows(DiskFull.class, () -> DiskFull.write(DEV_FULL, DiskFullTest::writeTo));
        assertEquals(DEV_FULL, e.file().orElseThrow());
        assertEquals("No space left on device", e.reason());
        assertTrue(e.userMessage().startsWith("cannot write /dev/full: No space left on device (the disk is full)"), e.userMessage());
        assertTrue(e.userMessage().contains("not published"), e.userMessage());
    }

    @Test
    void aFullDiskIsFoundUnderTheWrappersOfOtherLibraries() {
        Assumptions.assumeTrue(Files.exists(DEV_FULL), "needs Linux /dev/full");
        IOException real = assertThrows(IOException.class, () -> writeTo(DEV_FULL));
        // As Spark or Hadoop pass it on: wrapped twice, the OS's words only in the innermost message.
        RuntimeException wrapped = new RuntimeException("job aborted", new UncheckedIOException("write failed", real));
        assertEquals("No space left on device", DiskFull.of(wrapped).orElseThrow().reason());
        // A close that fails after the write failed: the disk's error arrives suppressed.
        IllegalStateException other = new IllegalStateException("writer closed");
        other.addSuppressed(real);
        assertTrue(DiskFull.of(other).isPresent());
    }

    @Test
    void otherFailuresPassUnchangedAndAreNotCalledADiskFull() throws IOException {
        IOException denied = new java.nio.file.AccessDeniedException("/somewhere/indicators.csv");
        IOException thrown = assertThrows(IOException.class, () -> DiskFull.write(Path.of("/somewhere/indicators.csv"), f -> {
            throw denied;
        }));
        assertSame(denied, thrown);
        assertTrue(DiskFull.of(new RuntimeException("No space left on device")).isEmpty(),
                "only an I/O error is the disk's, not a message that happens to say so");
        assertTrue(DiskFull.of(new IllegalArgumentException("bad")).isEmpty());
    }
}
