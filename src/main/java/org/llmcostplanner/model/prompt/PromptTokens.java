package org.llmcostplanner.model.prompt;

/**
 * Token counts of the two prompts, rendered with their samples.
 *
 * @param original   tokens of the original prompt
 * @param compressed tokens of the compressed prompt
 */
public record PromptTokens(long original, long compressed) {
    public static final PromptTokens NONE = new PromptTokens(0, 0);

    public PromptTokens {
        if (original < 0 || compressed < 0) {
            throw new IllegalArgumentException("token counts must not be negative");
        }
    }

    /** Original minus compressed; negative when the "compressed" prompt is longer. */
    public long saved() {
        return original - compressed;
    }

    /** Saved tokens as a fraction of the original, 0 when the original is empty. */
    public double savedFraction() {
        return original > 0 ? (double) saved() / original : 0;
    }

    /** Compressed over original tokens, 1 when the original is empty (nothing to compress). */
    public double ratio() {
        return original > 0 ? (double) compressed / original : 1;
    }
}
