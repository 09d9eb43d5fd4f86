package org.llmcostplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.prompt.PromptsSection;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * The {@code tokens} command. Counts are pinned to OpenAI's tiktoken 0.14.0 (ordinary encoding),
 * worked out outside this code base.
 */
class TokensCommandTest {
    /** tiktoken: 23 tokens in o200k_base, 22 in cl100k_base, 26 in p50k_base and r50k_base. */
    private static final String SPECIAL_AS_TEXT = "<|endoftext|> and <|fim_prefix|> are text here <|im_start|>";
    /** tiktoken: 22 tokens in o200k_base, 28 in cl100k_base. */
    private static final String ACCENTS = "café naïve résumé Ærøskøbing Łódź; combining: cafe\u0301 nai\u0308ve";

    @TempDir
    Path folder;

    private Path verbose;
    private Path compressed;

    @BeforeEach
    void writeTheChaptersPrompts() throws Exception {
        PromptsSection prompts = ScenarioFiles.read(Path.of("scenarios", "saas-support.json")).prompts();
        verbose = write("verbose.txt", prompts.renderedOriginal());
        compressed = write("compressed.txt", prompts.renderedCompressed());
    }

    @Test
    void countsTheVerbosePromptAs189TokensInO200kByDefault() {
        CliRun run = CliRun.of("tokens", verbose.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("    189  " + verbose + "\n", lf(run.out()));
        assertEquals("", run.err());
    }

    @Test
    void severalFilesEndWithATotalLine() {
        CliRun run = CliRun.of("tokens", verbose.toString(), compressed.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("    189  " + verbose + "\n     32  " + compressed + "\n    221  total\n", lf(run.out()));
    }

    @Test
    void encodingOptionCountsInCl100k() throws Exception {
        Path accents = write("accents.txt", ACCENTS);
        Path special = write("special.txt", SPECIAL_AS_TEXT);
        CliRun run = CliRun.of("tokens", "--encoding", "cl100k_base", accents.toString(), special.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("     28  " + accents + "\n     22  " + special + "\n     50  total\n", lf(run.out()));
    }

    @Test
    void specialTokenNamesAreOrdinaryTextInEveryEncoding() throws Exception {
        Path special = write("special.txt", SPECIAL_AS_TEXT);
        int[] expected = {23, 22, 26, 26};
        String[] encodings = {"o200k_base", "cl100k_base", "p50k_base", "r50k_base"};
        for (int i = 0; i < encodings.length; i++) {
            CliRun run = CliRun.of("tokens", "--encoding", encodings[i], special.toString());
            assertEquals(0, run.code(), encodings[i] + ": " + run.err());
            assertEquals(String.format("%7d  %s%n", expected[i], special), run.out(), encodings[i]);
        }
    }

    @Test
    void modelPicksItsEncoding() throws Exception {
        Path accents = write("accents.txt", ACCENTS);
        CliRun gpt4o = CliRun.of("tokens", "--model", "gpt-4o", accents.toString());
        assertEquals(0, gpt4o.code(), gpt4o.err());
        assertEquals("     22  " + accents + "\n", lf(gpt4o.out()), "gpt-4o bills with o200k_base");
        CliRun gpt4 = CliRun.of("tokens", "--model", "gpt-4", accents.toString());
        assertEquals(0, gpt4.code(), gpt4.err());
        assertEquals("     28  " + accents + "\n", lf(gpt4.out()), "gpt-4 bills with cl100k_base");
    }

    @Test
    void modelWithoutAPublicTokenizerIsRefusedWithOneLine() {
        CliRun run = CliRun.of("tokens", "--model", "claude-sonnet-4-5", verbose.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertEquals("error: the tokenizer of claude-sonnet-4-5 is not public; pass --encoding to count with an approximation\n",
                lf(run.err()));
    }

    @Test
    void encodingAndModelTogetherAreAUsageError() {
        CliRun run = CliRun.of("tokens", "--encoding", "cl100k_base", "--model", "gpt-4", verbose.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("mutually exclusive"), run.err());
    }

    @Test
    void unknownEncodingIsAUsageErrorListingTheValidOnes() {
        CliRun run = CliRun.of("tokens", "--encoding", "gpt2", verbose.toString());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'gpt2' is not an encoding; use one of o200k_base, cl100k_base, p50k_base, r50k_base"),
                run.err());
    }

    @Test
    void perLinePrintsEachNumberedLineThenTheWholeFile() throws Exception {
        // Lines "x\n" (a letter and a line feed are two pre-tokens of one byte each), "\n" (one byte),
        // and a last line without \n, 23 tokens by tiktoken.
        String text = "x\n\n" + SPECIAL_AS_TEXT;
        Path file = write("lines.txt", text);
        CliRun run = CliRun.of("tokens", "--per-line", file.toString());
        assertEquals(0, run.code(), run.err());
        long whole = Tokenizer.SHARED.count(text, TokenEncoding.O200K_BASE);
        assertEquals("      2  " + file + ":1\n      1  " + file + ":2\n     23  " + file + ":3\n"
                + String.format("%7d  %s%n", whole, file), lf(run.out()));
        assertEquals(25, whole, "the whole text joins the two line feeds into one token");
    }

    @Test
    void perLineCountsEachLineAsItWouldCountAlone() throws Exception {
        String[] lines = {"Classify into: billing, technical, account, shipping, general.\n", "\n",
                "  indented line with trailing spaces   \n", "\r\n", ACCENTS + "\n", SPECIAL_AS_TEXT};
        Path file = write("mixed.txt", String.join("", lines));
        CliRun run = CliRun.of("tokens", "--per-line", "--encoding", "cl100k_base", file.toString());
        assertEquals(0, run.code(), run.err());
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            long alone = Tokenizer.SHARED.count(lines[i], TokenEncoding.CL100K_BASE);
            expected.append(String.format("%7d  %s:%d%n", alone, file, i + 1));
        }
        expected.append(String.format("%7d  %s%n", Tokenizer.SHARED.count(String.join("", lines), TokenEncoding.CL100K_BASE), file));
        assertEquals(expected.toString(), run.out());
        assertTrue(run.out().contains("     22  " + file + ":6"), "the last line alone is tiktoken's 22 in cl100k_base");
    }

    @Test
    void perLineWithSeveralFilesGivesEachFileItsLinesAndTotal() throws Exception {
        Path one = write("one.txt", "x\n");
        Path two = write("two.txt", SPECIAL_AS_TEXT);
        CliRun run = CliRun.of("tokens", "--per-line", one.toString(), two.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("      2  " + one + ":1\n      2  " + one + "\n     23  " + two + ":1\n     23  " + two
                + "\n     25  total\n", lf(run.out()));
    }

    @Test
    void countEqualToMaxIsWithinBudget() {
        CliRun run = CliRun.of("tokens", "--max", "189", verbose.toString(), compressed.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
    }

    @Test
    void overMaxExitsOneNamingEveryOffenderAndStillPrintsAllCounts() throws Exception {
        Path accents = write("accents.txt", ACCENTS);
        CliRun run = CliRun.of("tokens", "--max", "31", verbose.toString(), compressed.toString(), accents.toString());
        assertEquals(1, run.code());
        assertEquals("    189  " + verbose + "\n     32  " + compressed + "\n     22  " + accents + "\n    243  total\n",
                lf(run.out()));
        assertEquals("over budget: " + verbose + " has 189 tokens, more than 31\n"
                + "over budget: " + compressed + " has 32 tokens, more than 31\n", lf(run.err()));
    }

    @Test
    void maxWithPerLineNamesTheLine() throws Exception {
        Path file = write("lines.txt", "x\n\n" + SPECIAL_AS_TEXT + "\n");
        CliRun run = CliRun.of("tokens", "--per-line", "--max", "1", file.toString());
        assertEquals(1, run.code());
        long third = Tokenizer.SHARED.count(SPECIAL_AS_TEXT + "\n", TokenEncoding.O200K_BASE);
        assertEquals("over budget: " + file + ":1 has 2 tokens, more than 1\n"
                + "over budget: " + file + ":3 has " + third + " tokens, more than 1\n", lf(run.err()),
                "line 2 (one token) is within the budget, the file's total is not checked");
        assertTrue(run.out().contains("      1  " + file + ":2\n"), run.out());
    }

    @Test
    void maxZeroNamesASingleToken() throws Exception {
        Path file = write("x.txt", "x");
        CliRun run = CliRun.of("tokens", "--max", "0", file.toString());
        assertEquals(1, run.code());
        assertEquals("over budget: " + file + " has 1 token, more than 0\n", lf(run.err()));
    }

    @Test
    void negativeOrFractionalMaxIsAUsageError() {
        CliRun negative = CliRun.of("tokens", "--max", "-1", verbose.toString());
        assertEquals(2, negative.code());
        assertEquals("", negative.out());
        assertTrue(negative.err().contains("--max must be a whole number of tokens, 0 or more (was -1)"), negative.err());
        CliRun fraction = CliRun.of("tokens", "--max", "1.5", verbose.toString());
        assertEquals(2, fraction.code());
        assertTrue(fraction.err().contains("1.5"), fraction.err());
    }

    @Test
    void missingAndNonUtf8FilesExitTwoNamingThemAndTheOthersAreStillCounted() throws Exception {
        Path missing = folder.resolve("nope.txt");
        Path latin1 = folder.resolve("latin1.txt");
        Files.write(latin1, "ok\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("tokens", "--max", "31", missing.toString(), verbose.toString(), latin1.toString(),
                compressed.toString());
        assertEquals(2, run.code(), "an unreadable file wins over a count over budget");
        assertEquals("    189  " + verbose + "\n     32  " + compressed + "\n    221  total\n", lf(run.out()));
        String[] errors = lf(run.err()).split("\n");
        assertEquals(4, errors.length, run.err());
        assertEquals(missing + ": file not found", errors[0]);
        assertTrue(errors[1].startsWith(latin1 + ", line 2, column 4: is not UTF-8 text (byte 0xE9"), errors[1]);
        assertEquals("over budget: " + verbose + " has 189 tokens, more than 31", errors[2]);
        assertEquals("over budget: " + compressed + " has 32 tokens, more than 31", errors[3]);
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aFolderIsRefusedAsNotATextFile() {
        CliRun run = CliRun.of("tokens", folder.toString());
        assertEquals(2, run.code());
        assertEquals(folder + ": is a folder, not a text file\n", lf(run.err()));
    }

    @Test
    void emptyFileCountsZeroAndHasNoLines() throws Exception {
        Path empty = write("empty.txt", "");
        CliRun run = CliRun.of("tokens", empty.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("      0  " + empty + "\n", lf(run.out()));
        CliRun perLine = CliRun.of("tokens", "--per-line", "--max", "0", empty.toString());
        assertEquals(0, perLine.code(), perLine.err());
        assertEquals("      0  " + empty + "\n", lf(perLine.out()));
    }

    @Test
    void byteOrderMarkIsNotCounted() throws Exception {
        Path withBom = write("bom.txt", "\uFEFF" + Files.readString(compressed));
        CliRun run = CliRun.of("tokens", withBom.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("     32  " + withBom + "\n", lf(run.out()));
    }

    @Test
    void helpShowsTheLayoutWithExamples() {
        CliRun run = CliRun.of("tokens", "--help");
        assertEquals(0, run.code());
        String help = lf(run.out());
        assertTrue(help.contains("    189  prompt.txt\n") && help.contains("     12  prompt.txt:3\n"), help);
        assertTrue(help.contains("--encoding") && help.contains("--model") && help.contains("--max"), help);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    /** The output with the platform's line separators as \n. */
    private static String lf(String output) {
        return output.replace(System.lineSeparator(), "\n");
    }
}
