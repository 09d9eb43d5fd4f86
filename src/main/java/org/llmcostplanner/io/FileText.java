package org.llmcostplanner.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a whole UTF-8 file for a reader, with the messages every file kind shares. */
final class FileText {
    private FileText() {
    }

    /**
     * @param kind     what the file should be, for messages: "a scenario file"
     * @param maxBytes larger files were opened by mistake and are refused
     * @throws ScenarioFileException naming the file: missing, a folder, too large, unreadable, not UTF-8
     */
    static String read(Path file, String kind, long maxBytes) throws ScenarioFileException {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new ScenarioFileException(source, 0, 0, "", "is a folder, not " + kind, null);
        }
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new ScenarioFileException(source, 0, 0, "", "is too large to be " + kind, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw failure(file, e);
        }
        String text = ScenarioReader.decode(bytes, source);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark from Windows editors
    }

    /** A failure to open or read {@code file} in the words every file kind shares, naming the file. */
    static ScenarioFileException failure(Path file, Exception e) {
        String source = file.toString();
        if (e instanceof NoSuchFileException) {
            return new ScenarioFileException(source, 0, 0, "", "file not found", e);
        }
        if (e instanceof AccessDeniedException) {
            return new ScenarioFileException(source, 0, 0, "", "cannot be opened: permission denied", e);
        }
        if (e instanceof FileSystemException system) {
            String why = system.getReason() == null ? "the system reported an error" : system.getReason();
            return new ScenarioFileException(source, 0, 0, "", "cannot be read: " + why, e);
        }
        return new ScenarioFileException(source, 0, 0, "", "cannot be read", e);
    }
}
