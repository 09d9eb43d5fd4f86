package org.llmcostplanner.io;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, read through a fixed buffer: ends of line are {@code \n}, {@code \r\n} or
 * {@code \r}; a final line break ends the last line and does not start an empty one; a leading
 * byte order mark is dropped. A line longer than {@link #MAX_LINE_CHARS} keeps only its start and
 * is marked {@link #tooLong()}, so a file without line breaks cannot fill the memory.
 */
final class LogLines {
    static final int MAX_LINE_CHARS = 1 << 20;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean tooLong;
    private boolean atStart = true;
    private boolean afterCarriageReturn;
    private final StringBuilder line = new StringBuilder(256);

    LogLines(Reader in) {
        this.in = in;
    }

    /** The 1-based number of the line {@link #next()} returned last. */
    long lineNumber() {
        return lineNumber;
    }

    /** Whether the line {@link #next()} returned last was cut at {@link #MAX_LINE_CHARS}. */
    boolean tooLong() {
        return tooLong;
    }

    /** The next line without its line break, or null at the end of the text. */
    String next() throws IOException {
        line.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                lineNumber++;
                return line.toString();
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (!any && position < limit && position - start <= MAX_LINE_CHARS) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                lineNumber++;
                return new String(buffer, start, position - 1 - start); // the whole line is in the buffer: one copy
            }
            append(start, position);
            any = true;
            if (position < limit) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                lineNumber++;
                return line.toString();
            }
        }
    }

    private void append(int start, int end) {
        int room = MAX_LINE_CHARS - line.length();
        if (end - start > room) {
            tooLong = true;
        }
        line.append(buffer, start, Math.min(end - start, Math.max(room, 0)));
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        if (atStart) {
            atStart = false;
            if (buffer[0] == '\uFEFF') {
                position = 1;
            }
        }
        return true;
    }
}
