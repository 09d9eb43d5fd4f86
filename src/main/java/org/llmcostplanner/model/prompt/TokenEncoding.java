package org.llmcostplanner.model.prompt;

import java.util.Arrays;
import java.util.Optional;

/** The byte-pair encodings OpenAI publishes (tiktoken's names), the ones the planner counts with. */
public enum TokenEncoding {
    O200K_BASE("o200k_base"),
    CL100K_BASE("cl100k_base"),
    P50K_BASE("p50k_base"),
    R50K_BASE("r50k_base");

    private final String id;

    TokenEncoding(String id) {
        this.id = id;
    }

    /** tiktoken's name, as in files and on the command line: {@code o200k_base}. */
    public String id() {
        return id;
    }

    public static Optional<TokenEncoding> fromId(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
