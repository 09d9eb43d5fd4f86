package org.llmcostplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8 from a stream, counting the bytes read (for progress). Unlike
 * {@link java.io.InputStreamReader}, the text before a bad byte is delivered first and the error
 * comes on the next read, so a caller that counts lines knows the line of the bad byte.
 */
final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private long bytesRead;
    private boolean endOfInput;
    private NotUtf8 pending;

    /** A byte that is not UTF-8, with the byte for the message. */
    static final class NotUtf8 extends CharacterCodingException {
        final int badByte;

        NotUtf8(int badByte) {
            this.badByte = badByte;
        }

        /** "byte 0xE9 does not belong here" */
        String describe() {
            return String.format(Locale.ROOT, "byte 0x%02X does not belong here", badByte);
        }
    }

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    /** Bytes taken from the stream so far (up to 64 KiB ahead of the chars delivered). */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (true) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            int decoded = out.position() - offset;
            if (result.isError()) {
                pending = new NotUtf8(bytes.get(bytes.position()) & 0xFF);
                if (decoded > 0) {
                    return decoded;
                }
                throw pending;
            }
            if (result.isOverflow() || decoded > 0) {
                return decoded;
            }
            if (endOfInput) {
                decoder.flush(out);
                decoded = out.position() - offset;
                return decoded > 0 ? decoded : -1;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
                bytesRead += n;
            }
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
