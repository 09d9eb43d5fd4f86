package org.llmcostplanner.model.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The section's arithmetic with a stand-in counter: one token per char, so counts are easy to see. */
class PromptsSectionTest {
    private static final TokenCounter CHARS = (text, encoding) -> text.length();

    private static PromptsSection section(String model, TokenEncoding encoding) {
        return new PromptsSection(true, model, encoding, 0.4,
                new PromptVariant("long", "x".repeat(190) + "{q}"), new PromptVariant("short", "y".repeat(40) + "{q}"),
                List.of(new PromptSample("q", "0123456789")), PromptTokens.NONE).counted(CHARS);
    }

    @Test
    void countsAreOfTheTextsWithTheirSamples() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE);
        assertEquals(new PromptTokens(200, 50), section.tokens());
        assertEquals(150, section.tokens().saved());
        assertEquals(0.75, section.tokens().savedFraction(), 1e-15);
    }

    @Test
    void compressionScalesTheSharesTokensOnly() {
        // 40% of the input is the prompt, cut by 75%: 1 - 0.4 x 0.75 = 0.7.
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE);
        assertEquals(0.7, section.compressionFactor(), 1e-15);
        assertEquals(0.7, section.inputTokenFactor(), 1e-15);
        assertEquals(1, section.withEnabled(false).inputTokenFactor());
        assertEquals(0.7, section.withEnabled(false).compressionFactor(), 1e-15);
        assertEquals(1, section.withInputTokenShare(0).inputTokenFactor());
    }

    @Test
    void aLongerCompressedPromptCostsMore() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE)
                .withCompressed(new PromptVariant("longer", "z".repeat(290) + "{q}")).counted(CHARS);
        assertEquals(1 + 0.4 * 0.5, section.inputTokenFactor(), 1e-15);
    }

    @Test
    void withoutAnOriginalTheLeverDoesNotApply() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE)
                .withOriginal(new PromptVariant("empty", "")).withSamples(List.of()).counted(CHARS);
        assertFalse(section.applies());
        assertEquals(1, section.inputTokenFactor());
    }

    @Test
    void anEmptyCompressedPromptIsNotWrittenYetNotFree() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE)
                .withCompressed(new PromptVariant("short", "")).counted(CHARS);
        assertEquals(0, section.tokens().compressed());
        assertFalse(section.comparable());
        assertFalse(section.applies());
        assertEquals(1, section.inputTokenFactor());
        assertEquals(1, section.compressionFactor());
    }

    @Test
    void theFirstCountSetsTheShareFromTheOriginalsTokens() {
        PromptsSection empty = PromptsSection.EMPTY;
        PromptsSection typed = empty.withOriginal(new PromptVariant("long", "x".repeat(125))).counted(CHARS);
        // 125 of 500 input tokens per query.
        assertEquals(0.25, empty.withFirstShare(typed, 500).inputTokenShare(), 1e-15);
        assertEquals(1, empty.withFirstShare(typed, 100).inputTokenShare(), "at most the whole input");
        assertEquals(0, empty.withFirstShare(typed, 0).inputTokenShare(), "no input tokens: left alone");
        PromptsSection chosen = typed.withInputTokenShare(0.6);
        PromptsSection longer = chosen.withOriginal(new PromptVariant("long", "x".repeat(250))).counted(CHARS);
        assertEquals(0.6, chosen.withFirstShare(longer, 500).inputTokenShare(), "a share once set is the user's");
    }

    @Test
    void aModelWithAPublicTokenizerDecidesTheEncoding() {
        PromptsSection gpt = section("gpt-4o", TokenEncoding.CL100K_BASE);
        assertEquals(TokenEncoding.O200K_BASE, gpt.encoding());
        assertFalse(gpt.approximate());

        PromptsSection claude = section("claude-sonnet-4-5", TokenEncoding.CL100K_BASE);
        assertEquals(TokenEncoding.CL100K_BASE, claude.encoding());
        assertTrue(claude.approximate());
        assertEquals(TokenEncoding.O200K_BASE, claude.withModel("gpt-5-mini").encoding());
    }

    @Test
    void editsKeepTheOldCountsUntilCounted() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE);
        PromptsSection edited = section.withCompressed(new PromptVariant("short", "y{q}"));
        assertEquals(section.tokens(), edited.tokens());
        assertFalse(edited.countsSameTextAs(section));
        assertEquals(new PromptTokens(200, 11), edited.counted(CHARS).tokens());
        assertTrue(section.withEnabled(false).withInputTokenShare(0.9).countsSameTextAs(section));
    }

    @Test
    void placeholdersWithoutASampleStayAsWritten() {
        PromptsSection section = section("gpt-4o", TokenEncoding.O200K_BASE)
                .withOriginal(new PromptVariant("long", "{q} {lang} {q} {tone}"));
        assertEquals("0123456789 {lang} 0123456789 {tone}", section.renderedOriginal());
    }
}
