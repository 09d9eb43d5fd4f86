package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.Scenario;

class AtomicSaveTest {
    @TempDir
    Path dir;

    @Test
    void savesTheCanonicalTextAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan.json");
        Scenario scenario = Scenario.untitled();

        ScenarioFiles.write(scenario, file);

        assertEquals(ScenarioFiles.toJson(scenario), Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(file), filesIn(dir));
        assertEquals(scenario, ScenarioFiles.read(file));
    }

    @Test
    void replacesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "old content that is longer than the new one".repeat(100));
        Scenario scenario = Scenario.untitled().withName("New");

        ScenarioFiles.write(scenario, file);

        assertEquals(ScenarioFiles.toJson(scenario), Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failureMidwayLeavesThePreviousFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("plan.json");
        ScenarioFiles.write(Scenario.untitled(), file);
        byte[] before = Files.readAllBytes(file);
        byte[] next = ScenarioFiles.toJson(Scenario.untitled().withName("Changed")).getBytes(StandardCharsets.UTF_8);

        IOException e = assertThrows(IOException.class,
                () -> AtomicFiles.write(file, next, out -> new FailingAfter(out, 100)));

        assertEquals("disk full (simulated)", e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void unexpectedRuntimeFailureAlsoCleansUp() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "previous");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, new byte[10], out -> {
            throw new IllegalStateException("boom");
        }));

        assertEquals("previous", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void savingIntoAMissingFolderFailsAndCreatesNothing() {
        Path folder = dir.resolve("no-such-folder");

        assertThrows(IOException.class, () -> ScenarioFiles.write(Scenario.untitled(), folder.resolve("plan.json")));

        assertFalse(Files.exists(folder));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("plan.json"), "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        ScenarioFiles.write(Scenario.untitled(), file);

        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void savingThroughASymbolicLinkReplacesTheLinkedFile() throws Exception {
        Path real = Files.writeString(dir.resolve("real.json"), "{}");
        Path link;
        try {
            link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
            return;
        }

        ScenarioFiles.write(Scenario.untitled(), link);

        assertEquals(true, Files.isSymbolicLink(link));
        assertEquals(ScenarioFiles.toJson(Scenario.untitled()), Files.readString(real));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    /** A disk that fills up after {@code limit} bytes. */
    private static final class FailingAfter extends FilterOutputStream {
        private int remaining;

        FailingAfter(OutputStream out, int limit) {
            super(out);
            this.remaining = limit;
        }

        @Override
        public void write(int b) throws IOException {
            if (remaining-- <= 0) {
                throw new IOException("disk full (simulated)");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
