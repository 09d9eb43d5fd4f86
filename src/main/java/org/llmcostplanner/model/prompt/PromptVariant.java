package org.llmcostplanner.model.prompt;

import java.util.Objects;

/**
 * One version of a prompt.
 *
 * @param name     what the user calls it ("Verbose classification prompt")
 * @param template the text sent, with {@code {placeholders}} (see {@link PromptTemplate})
 */
public record PromptVariant(String name, String template) {
    public PromptVariant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
    }

    public PromptVariant withName(String value) {
        return new PromptVariant(value, template);
    }

    public PromptVariant withTemplate(String value) {
        return new PromptVariant(name, value);
    }
}
