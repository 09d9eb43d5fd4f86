package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** What a user-facing message must not contain: the words of Jackson and Java internals. */
final class PlainMessages {
    private static final List<String> TECHNICAL = List.of(
            "`", "com.fasterxml", "java.", "Exception", "JsonToken", "deserialize", "coerce", "Creator",
            "StreamRead", "internal error", "Source:", "REDACTED");

    private PlainMessages() {
    }

    static void assertPlain(ScenarioFileException e) {
        for (String word : TECHNICAL) {
            assertFalse(e.getMessage().contains(word), () -> "technical term '" + word + "' in: " + e.getMessage());
        }
    }
}
