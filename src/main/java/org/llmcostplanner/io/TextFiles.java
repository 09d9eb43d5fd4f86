package org.llmcostplanner.io;

import java.nio.file.Path;

/** Plain text files, such as prompts whose tokens the command line counts. */
public final class TextFiles {
    /**
     * Prompts and documents are far smaller; a bigger file was named by mistake. Reading takes about
     * four times the file's size in memory (the bytes, the decoded chars, the string).
     */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * Reads a whole file as strict UTF-8, without a leading byte order mark.
     *
     * @param file never null; messages name it as given
     * @return the text, line breaks as they are in the file
     * @throws ScenarioFileException naming the file when it is missing, a folder, larger than 512 MB,
     *                               unreadable, or not UTF-8 (with the line and column of the first bad byte)
     */
    public static String read(Path file) throws ScenarioFileException {
        return FileText.read(file, "a text file", MAX_FILE_BYTES);
    }
}
