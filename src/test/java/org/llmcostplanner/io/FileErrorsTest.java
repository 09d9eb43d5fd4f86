package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import org.junit.jupiter.api.Test;

class FileErrorsTest {

    @Test
    void fileExceptionsSayWhatWentWrongNotJustThePath() {
        assertEquals("no such file or folder: /tmp/x/plan.json", FileErrors.describe(new NoSuchFileException("/tmp/x/plan.json")));
        assertEquals("permission denied: /etc/plan.json", FileErrors.describe(new AccessDeniedException("/etc/plan.json")));
        assertEquals("not a folder: charts", FileErrors.describe(new NotDirectoryException("charts")));
        assertEquals("No space left on device: /tmp/a.png",
                FileErrors.describe(new FileSystemException("/tmp/a.png", null, "No space left on device")));
    }

    @Test
    void otherFailuresKeepTheirMessageOrName() {
        assertEquals("bad size", FileErrors.describe(new IllegalArgumentException("bad size")));
        assertEquals("IllegalStateException", FileErrors.describe(new IllegalStateException()));
        assertEquals("not enough memory (try a smaller image size or scale)", FileErrors.describe(new OutOfMemoryError()));
    }
}
