package org.llmcostplanner.model.prompt;

/**
 * Counts the tokens a text is billed as. The implementation lives in {@code io} (JTokkit); the
 * model only needs the number.
 */
@FunctionalInterface
public interface TokenCounter {
    /**
     * Tokens of {@code text} in {@code encoding}, as ordinary text: special-token strings such as
     * {@code <|endoftext|>} count as the characters they are.
     */
    long count(String text, TokenEncoding encoding);
}
