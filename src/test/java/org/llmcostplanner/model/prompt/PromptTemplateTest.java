package org.llmcostplanner.model.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptTemplateTest {

    @Test
    void placeholdersAreListedOnceInOrderOfFirstAppearance() {
        assertEquals(List.of("message", "lang", "n_2"),
                PromptTemplate.placeholders("Hi {message} in {lang}", "{lang}{n_2} {message}"));
    }

    @Test
    void otherBracesAreText() {
        String json = "Reply as {\"category\": \"billing\"} or { x } or {2nd} or {{message}}";
        assertEquals(List.of("message"), PromptTemplate.placeholders(json));
        assertEquals("Reply as {\"category\": \"billing\"} or { x } or {2nd} or {hi}",
                PromptTemplate.render(json, Map.of("message", "hi")));
    }

    @Test
    void valuesReplaceEveryOccurrenceAndMissingOnesStay() {
        assertEquals("a $1 \\ b a $1 \\ {other}", PromptTemplate.render("{x} b {x} {other}", Map.of("x", "a $1 \\")));
    }

    @Test
    void placeholderNames() {
        assertTrue(PromptTemplate.isPlaceholderName("message"));
        assertTrue(PromptTemplate.isPlaceholderName("_a1"));
        assertFalse(PromptTemplate.isPlaceholderName("1a"));
        assertFalse(PromptTemplate.isPlaceholderName("{message}"));
        assertFalse(PromptTemplate.isPlaceholderName("two words"));
        assertFalse(PromptTemplate.isPlaceholderName(""));
    }
}
