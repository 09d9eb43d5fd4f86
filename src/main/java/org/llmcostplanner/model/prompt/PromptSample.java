package org.llmcostplanner.model.prompt;

import java.util.Objects;

/**
 * The sample value a placeholder takes when the prompts are counted.
 *
 * @param placeholder the name between the braces, without them
 * @param value       the text put in its place
 */
public record PromptSample(String placeholder, String value) {
    public PromptSample {
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(value, "value");
    }
}
