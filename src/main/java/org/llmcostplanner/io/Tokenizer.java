package org.llmcostplanner.io;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.llmcostplanner.model.prompt.TokenCounter;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * Exact token counts with JTokkit, as ordinary text: strings such as {@code <|endoftext|>} count as
 * the characters they are, never as special tokens and never as an error.
 *
 * <p>Long texts are counted in chunks cut only where every encoding's pre-tokenizer cuts too, so a
 * chunked count equals the whole-text count, and the caller can follow progress and cancel between
 * chunks. Thread-safe; the vocabularies load on first use of each encoding.
 */
public final class Tokenizer implements TokenCounter {
    /** The one instance; the vocabularies are large (o200k_base is 3.6 MB) and loaded once. */
    public static final Tokenizer SHARED = new Tokenizer();

    /** Chunk length for progress and cancel, in chars; small enough for a tenth of a second. */
    static final int CHUNK_CHARS = 64 * 1024;

    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
    private final Map<TokenEncoding, Encoding> loaded = new EnumMap<>(TokenEncoding.class);

    private Tokenizer() {
    }

    /**
     * Loads {@code encoding}'s vocabulary now (o200k_base takes about half a second), for a caller
     * that runs this off the FX thread so the first count does not wait for it: a count that comes
     * sooner waits for this load instead of starting another.
     */
    public void preload(TokenEncoding encoding) {
        encoding(encoding);
    }

    /** Reports progress of a long count and asks whether to stop. */
    public interface Progress {
        Progress NONE = (done, total) -> false;

        /**
         * @param doneChars  chars counted so far
         * @param totalChars chars in the text
         * @return true to cancel the count
         */
        boolean update(long doneChars, long totalChars);
    }

    @Override
    public long count(String text, TokenEncoding encoding) {
        return count(text, encoding, Progress.NONE);
    }

    /**
     * Counts on every core for long texts (chunks are independent, see {@link #chunkEnd}).
     *
     * @param progress called from the counting threads, one at a time, after each chunk
     * @throws CancellationException when {@code progress} asks to stop
     */
    public long count(String text, TokenEncoding encoding, Progress progress) {
        return count(text, encoding, progress, CHUNK_CHARS);
    }

    /** {@link #count(String, TokenEncoding, Progress)} in chunks of about {@code chunkChars}. */
    long count(String text, TokenEncoding encoding, Progress progress, int chunkChars) {
        if (text.isEmpty()) { // no vocabulary to load for an empty prompt (a new plan has two)
            return 0;
        }
        Encoding bpe = encoding(encoding);
        if (text.length() <= chunkChars) {
            long tokens = bpe.countTokensOrdinary(text);
            if (progress.update(text.length(), text.length())) {
                throw new CancellationException("token count cancelled");
            }
            return tokens;
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int start = 0; start < text.length(); ) {
            start = chunkEnd(text, start, chunkChars);
            cuts.add(start);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        long[] doneChars = {0};
        long tokens = IntStream.range(0, cuts.size() - 1).parallel().mapToLong(i -> {
            if (cancelled.get()) {
                return 0;
            }
            long chunkTokens = bpe.countTokensOrdinary(text.substring(cuts.get(i), cuts.get(i + 1)));
            synchronized (doneChars) {
                doneChars[0] += cuts.get(i + 1) - cuts.get(i);
                if (!cancelled.get() && progress.update(doneChars[0], text.length())) {
                    cancelled.set(true);
                }
            }
            return chunkTokens;
        }).sum();
        if (cancelled.get()) {
            throw new CancellationException("token count cancelled");
        }
        return tokens;
    }

    /**
     * One count per line of {@code text}, lines split on {@code \n} only; each line is counted with
     * its {@code \n}, as it sits in the text, so the counts add up to the whole text's except where a
     * token spans a line break ({@code "\n\n"} is one token). A final line without {@code \n} counts
     * too; an empty text has no lines.
     */
    public long[] countLines(String text, TokenEncoding encoding) {
        Encoding bpe = encoding(encoding);
        List<Long> counts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            counts.add((long) bpe.countTokensOrdinary(text.substring(start, end)));
            start = end;
        }
        return counts.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * Where the tokens of {@code text} fall, for showing their boundaries: consecutive char ranges
     * covering the text's first {@code maxChars} chars or a little more (up to the next safe cut;
     * without one near, the text is cut at {@code maxChars} and its last tokens may differ from
     * the whole text's).
     * A char whose UTF-8 bytes are split over tokens belongs to the last of them, so a span can
     * stand for several tokens.
     */
    public List<TokenSpan> spans(String text, TokenEncoding encoding, int maxChars) {
        if (text.isEmpty()) {
            return List.of();
        }
        int end = chunkEnd(text, 0, maxChars);
        if (end > 2 * maxChars) { // no safe cut near the limit: cut anyway, between code points
            end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        }
        String shown = text.substring(0, end);
        Encoding bpe = encoding(encoding);
        IntArrayList tokens = bpe.encodeOrdinary(shown);
        List<TokenSpan> spans = new ArrayList<>();
        IntArrayList one = new IntArrayList(1);
        long tokenEndByte = 0;
        long charEndByte = 0;
        int spanStart = 0;
        int chars = 0;
        int pendingTokens = 0;
        for (int i = 0; i < tokens.size(); i++) {
            one.clear();
            one.add(tokens.get(i));
            tokenEndByte += bpe.decodeBytes(one).length;
            pendingTokens++;
            while (chars < shown.length()) {
                int cp = shown.codePointAt(chars);
                int bytes = utf8Length(cp);
                if (charEndByte + bytes > tokenEndByte) {
                    break;
                }
                charEndByte += bytes;
                chars += Character.charCount(cp);
            }
            if (chars > spanStart) {
                spans.add(new TokenSpan(spanStart, chars, pendingTokens));
                spanStart = chars;
                pendingTokens = 0;
            }
        }
        if (spanStart < shown.length()) { // bytes the encoder replaced (a lone surrogate), if any
            spans.add(new TokenSpan(spanStart, shown.length(), pendingTokens));
        }
        return spans;
    }

    /**
     * The end of a chunk starting at {@code start}: the first safe cut at or after
     * {@code start + length}, or the text's end. Three kinds of cut are safe in o200k_base,
     * cl100k_base, p50k_base and r50k_base alike, because no pre-token reaches across them and the
     * pre-token before them ends the same way at the end of a chunk as inside the text:
     * <ul>
     * <li>before a space that follows a letter or digit (a letter or digit run never takes in a
     * space after it, and the chunk ends without whitespace);</li>
     * <li>before a letter that follows a single line feed after a letter or digit (a line feed
     * joins only whitespace and punctuation before it; with more whitespace before the line feed,
     * p50k's and r50k's {@code \s+(?!\S)} would split the run differently at a chunk's end);</li>
     * <li>before punctuation or a symbol that follows a letter (a letter run ends there, whatever
     * comes next), except an apostrophe, which o200k_base keeps with the word ({@code 's}), and
     * except marks, digits and whitespace. This cuts CJK prose at its punctuation, and base64 and
     * minified JSON, which have no spaces.</li>
     * </ul>
     * {@code TokenizerTest} checks chunked against whole counts on texts built from the edge cases.
     */
    static int chunkEnd(String text, int start, int length) {
        if (text.length() - start <= length) {
            return text.length();
        }
        for (int p = Math.max(start + length, start + 2); p < text.length() - 1; p++) {
            char c = text.charAt(p);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            int before = text.codePointBefore(p);
            if (c == ' ' && Character.isLetterOrDigit(before)) {
                return p;
            }
            if (text.charAt(p - 1) == '\n' && Character.isLetter(text.codePointAt(p))
                    && Character.isLetterOrDigit(text.codePointBefore(p - 1))) {
                return p;
            }
            if (Character.isLetter(before) && isPunctuationOrSymbol(text.codePointAt(p))) {
                return p;
            }
        }
        return text.length();
    }

    /** Not a letter, mark, number, whitespace, line break or apostrophe. */
    private static boolean isPunctuationOrSymbol(int codePoint) {
        if (codePoint == '\'' || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return false;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private synchronized Encoding encoding(TokenEncoding encoding) {
        return loaded.computeIfAbsent(encoding, e -> registry.getEncoding(switch (e) {
            case O200K_BASE -> EncodingType.O200K_BASE;
            case CL100K_BASE -> EncodingType.CL100K_BASE;
            case P50K_BASE -> EncodingType.P50K_BASE;
            case R50K_BASE -> EncodingType.R50K_BASE;
        }));
    }

    /**
     * Chars {@code [start, end)} of a text, billed as {@code tokens} tokens (more than one when a
     * char's bytes are split over tokens).
     */
    public record TokenSpan(int start, int end, int tokens) {
    }
}
