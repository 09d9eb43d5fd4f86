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
        } catch (NoSuchFileException e) {
            throw new ScenarioFileException(source, 0, 0, "", "file not found", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioFileException(source, 0, 0, "", "cannot be opened: permission denied", e);
        } catch (FileSystemException e) {
            String why = e.getReason() == null ? "the system reported an error" : e.getReason();
            throw new ScenarioFileException(source, 0, 0, "", "cannot be read: " + why, e);
        } catch (IOException | RuntimeException e) {
            throw new ScenarioFileException(source, 0, 0, "", "cannot be read", e);
        }
        String text = ScenarioReader.decode(bytes, source);
        return text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark from Windows editors
    }
}
