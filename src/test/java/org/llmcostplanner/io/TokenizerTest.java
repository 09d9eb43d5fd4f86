package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * Token counts against OpenAI's tiktoken 0.14.0 (its Rust core, {@code encode_ordinary}), run on
 * this machine with the vocabulary files inside JTokkit's jar, whose SHA-256 sums equal the
 * {@code expected_hash} values in tiktoken's {@code openai_public.py}. The chunked counter is also
 * checked against JTokkit counting each text whole.
 */
class TokenizerTest {
    private static final Tokenizer TOKENIZER = Tokenizer.SHARED;

    static final String CJK = "大型语言模型的成本优化需要权衡质量与价格。日本語のプロンプトを圧縮する。한국어 텍스트입니다.";
    static final String EMOJI_ZWJ = "Team: 👩‍💻👨‍👩‍👧‍👦 🏳️‍🌈 👍🏽 ✅🚀";
    static final String ACCENTS = "café naïve résumé Ærøskøbing Łódź; combining: cafe\u0301 nai\u0308ve";
    static final String ARABIC = "النص العربي: تقليل عدد الرموز يخفض تكلفة الاستدعاء.";
    static final String SPECIAL = "<|endoftext|> and <|fim_prefix|> are text here <|im_start|>";
    static final String ALL = String.join("\n", CJK, EMOJI_ZWJ, ACCENTS, ARABIC);

    @Test
    void theChaptersPromptsAre189And32TokensInO200k() throws Exception {
        Scenario saas = ScenarioFiles.read(Path.of("scenarios/saas-support.json"));
        assertEquals(189, TOKENIZER.count(saas.prompts().renderedOriginal(), TokenEncoding.O200K_BASE));
        assertEquals(32, TOKENIZER.count(saas.prompts().renderedCompressed(), TokenEncoding.O200K_BASE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "o200k_base, 32, 31, 22, 16, 23, 103",
            "cl100k_base, 48, 45, 28, 37, 22, 160",
            "p50k_base, 92, 42, 31, 52, 26, 220",
            "r50k_base, 92, 42, 31, 52, 26, 220"})
    void multilingualTextCountsAsTiktoken(String encodingId, long cjk, long emoji, long accents, long arabic,
                                         long special, long all) {
        TokenEncoding encoding = TokenEncoding.fromId(encodingId).orElseThrow();
        assertEquals(cjk, TOKENIZER.count(CJK, encoding), "CJK");
        assertEquals(emoji, TOKENIZER.count(EMOJI_ZWJ, encoding), "emoji with ZWJ");
        assertEquals(accents, TOKENIZER.count(ACCENTS, encoding), "accents");
        assertEquals(arabic, TOKENIZER.count(ARABIC, encoding), "Arabic");
        assertEquals(special, TOKENIZER.count(SPECIAL, encoding), "special-token strings as text");
        assertEquals(all, TOKENIZER.count(ALL, encoding), "all four, one per line");
    }

    @Test
    void tokenIdsOfTheEmojiSampleAreTiktokens() {
        // tiktoken: o200k_base.encode_ordinary(EMOJI_ZWJ)
        int[] expected = {15804, 25, 61138, 102, 2524, 31446, 119, 28823, 101, 2524, 28823, 102, 2524, 28823, 100, 2524,
                28823, 99, 9552, 237, 111, 15148, 2524, 64364, 230, 160433, 52622, 121, 91349, 112927, 222};
        EncodingRegistry registry = Encodings.newDefaultEncodingRegistry();
        assertArrayEquals(expected, registry.getEncoding(EncodingType.O200K_BASE).encodeOrdinary(EMOJI_ZWJ).toArray());
    }

    @Test
    void emptyTextHasNoTokensAndNoLines() {
        assertEquals(0, TOKENIZER.count("", TokenEncoding.O200K_BASE));
        assertEquals(0, TOKENIZER.countLines("", TokenEncoding.O200K_BASE).length);
        assertEquals(List.of(), TOKENIZER.spans("", TokenEncoding.O200K_BASE, 100));
    }

    @ParameterizedTest
    @EnumSource(TokenEncoding.class)
    void countingInChunksEqualsCountingWhole(TokenEncoding encoding) {
        EncodingRegistry registry = Encodings.newDefaultEncodingRegistry();
        var whole = registry.getEncoding(EncodingType.valueOf(encoding.name()));
        Random random = new Random(20261128);
        for (int i = 0; i < 300; i++) {
            String text = adversarialText(random, 1 + random.nextInt(400));
            int chunkChars = 1 + random.nextInt(40);
            assertEquals(whole.countTokensOrdinary(text), TOKENIZER.count(text, encoding, Tokenizer.Progress.NONE, chunkChars),
                    () -> "chunks of " + chunkChars + " in " + text);
        }
        String large = adversarialText(random, 200_000);
        assertEquals(whole.countTokensOrdinary(large), TOKENIZER.count(large, encoding));
    }

    @ParameterizedTest
    @EnumSource(TokenEncoding.class)
    void perLineCountsAddUpWhenNoTokenSpansALineBreak(TokenEncoding encoding) {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            // Lines of words: each ends in a letter and the next starts with one, so no token holds
            // a line feed together with anything after it.
            List<String> lines = new ArrayList<>();
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                lines.add(words(random));
            }
            String text = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
            long[] perLine = TOKENIZER.countLines(text, encoding);
            assertEquals(lines.size(), perLine.length);
            assertEquals(TOKENIZER.count(text, encoding), Arrays.stream(perLine).sum(), text);
        }
    }

    @Test
    void aDoubleLineFeedIsOneTokenSpanningTwoLines() {
        // "a", "\n\n", "b" whole; "a\n" (2), "\n" (1), "b" (1) line by line.
        assertEquals(3, TOKENIZER.count("a\n\nb", TokenEncoding.O200K_BASE));
        assertArrayEquals(new long[] {2, 1, 1}, TOKENIZER.countLines("a\n\nb", TokenEncoding.O200K_BASE));
    }

    @ParameterizedTest
    @EnumSource(TokenEncoding.class)
    void spansCoverTheTextAndAddUpToItsCount(TokenEncoding encoding) {
        Random random = new Random(11);
        for (String text : List.of(ALL, SPECIAL, adversarialText(random, 3_000))) {
            List<Tokenizer.TokenSpan> spans = TOKENIZER.spans(text, encoding, 100_000);
            int end = 0;
            long tokens = 0;
            for (Tokenizer.TokenSpan span : spans) {
                assertEquals(end, span.start());
                assertTrue(span.end() > span.start() && span.tokens() >= 1, span::toString);
                end = span.end();
                tokens += span.tokens();
            }
            assertEquals(text.length(), end);
            assertEquals(TOKENIZER.count(text, encoding), tokens);
        }
    }

    @Test
    void anEmojiSplitOverTokensIsOneSpanOfSeveralTokens() {
        // 👩 (4 UTF-8 bytes) is tokens 61138 and 102 in o200k_base.
        List<Tokenizer.TokenSpan> spans = TOKENIZER.spans("👩", TokenEncoding.O200K_BASE, 100);
        assertEquals(List.of(new Tokenizer.TokenSpan(0, 2, 2)), spans);
    }

    @Test
    void spansOfALongTextStopAtASafeCutAfterTheLimit() {
        String text = "word ".repeat(10_000);
        List<Tokenizer.TokenSpan> spans = TOKENIZER.spans(text, TokenEncoding.O200K_BASE, 1_000);
        int end = spans.get(spans.size() - 1).end();
        assertTrue(end >= 1_000 && end < 1_010, "ends at " + end);
    }

    @Test
    void progressReachesTheEndAndCancelStops() {
        String text = "Plain words and more words.\n".repeat(20_000);
        List<Long> done = new ArrayList<>();
        long tokens = TOKENIZER.count(text, TokenEncoding.CL100K_BASE, (chars, total) -> {
            assertEquals(text.length(), total);
            done.add(chars);
            return false;
        });
        assertEquals(TOKENIZER.count(text.substring(0, 28), TokenEncoding.CL100K_BASE) * 20_000, tokens);
        assertEquals(text.length(), done.get(done.size() - 1));
        assertTrue(done.size() > 1);

        assertThrows(CancellationException.class,
                () -> TOKENIZER.count(text, TokenEncoding.CL100K_BASE, (chars, total) -> true));
    }

    /** Text built from pieces that sit at the edges of the pre-tokenizers' rules. */
    static String adversarialText(Random random, int pieces) {
        String[] alphabet = {"hello", " world", "World", "\n", "\n\n", "  ", "\t", " ", ".", ",\n", "'s", "'LL", "123",
                "4567", "é", "e\u0301", "中文", "日本語", "👩‍💻", "\r\n", "/", "/\n", "<|endoftext|>", "ÄBc", "Ωmega", " 42",
                "x", "  \n", "!!", "\u00a0", "ـ", "ب", "🏽", "ǅ", "ʰ",
                // letters and digits outside the BMP, other digits and numerals
                "𝐀", "𠀀", "𝟏", "٣", "３", "²", "Ⅻ",
                // lone carriage returns, other spaces and line separators
                "\r", "\rA", "\u3000", "\u2028", "\u0085", "a\n1",
                // punctuation and symbols after letters: CJK prose, base64, JSON, quotes
                "，", "。", "「", "+", "=", "\"", ":", "{", "}", "[", "]", "’", "_", "-", "^", "€", "©", "`"};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return text.toString();
    }

    private static String words(Random random) {
        String[] words = {"cost", "Tokens", "café", "中文", "naïve", "résumé", "Łódź", "model", "العربي"};
        StringBuilder line = new StringBuilder(words[random.nextInt(words.length)]);
        for (int n = random.nextInt(6); n > 0; n--) {
            line.append(random.nextBoolean() ? " " : ", ").append(words[random.nextInt(words.length)]);
        }
        return line.toString();
    }
}
