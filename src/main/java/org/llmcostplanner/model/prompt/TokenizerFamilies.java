package org.llmcostplanner.model.prompt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which public encoding a model bills with, following tiktoken's own table
 * ({@code tiktoken/model.py}, version 0.14): exact names first, then prefixes. Models outside it
 * (Claude, Gemini, Llama, Mistral, ...) have no public tiktoken encoding; a count for them is an
 * approximation with an encoding the user picks.
 */
public final class TokenizerFamilies {
    private TokenizerFamilies() {
    }

    private static final Map<String, TokenEncoding> EXACT = Map.ofEntries(
            Map.entry("o1", TokenEncoding.O200K_BASE), Map.entry("o3", TokenEncoding.O200K_BASE),
            Map.entry("o4-mini", TokenEncoding.O200K_BASE), Map.entry("gpt-5", TokenEncoding.O200K_BASE),
            Map.entry("gpt-4.1", TokenEncoding.O200K_BASE), Map.entry("gpt-4o", TokenEncoding.O200K_BASE),
            Map.entry("gpt-4", TokenEncoding.CL100K_BASE), Map.entry("gpt-3.5-turbo", TokenEncoding.CL100K_BASE),
            Map.entry("gpt-3.5", TokenEncoding.CL100K_BASE), Map.entry("gpt-35-turbo", TokenEncoding.CL100K_BASE),
            Map.entry("davinci-002", TokenEncoding.CL100K_BASE), Map.entry("babbage-002", TokenEncoding.CL100K_BASE),
            Map.entry("text-embedding-ada-002", TokenEncoding.CL100K_BASE),
            Map.entry("text-embedding-3-small", TokenEncoding.CL100K_BASE),
            Map.entry("text-embedding-3-large", TokenEncoding.CL100K_BASE),
            Map.entry("text-davinci-003", TokenEncoding.P50K_BASE), Map.entry("text-davinci-002", TokenEncoding.P50K_BASE),
            Map.entry("code-davinci-002", TokenEncoding.P50K_BASE), Map.entry("code-davinci-001", TokenEncoding.P50K_BASE),
            Map.entry("code-cushman-002", TokenEncoding.P50K_BASE), Map.entry("code-cushman-001", TokenEncoding.P50K_BASE),
            Map.entry("davinci-codex", TokenEncoding.P50K_BASE), Map.entry("cushman-codex", TokenEncoding.P50K_BASE),
            Map.entry("text-davinci-001", TokenEncoding.R50K_BASE), Map.entry("text-curie-001", TokenEncoding.R50K_BASE),
            Map.entry("text-babbage-001", TokenEncoding.R50K_BASE), Map.entry("text-ada-001", TokenEncoding.R50K_BASE),
            Map.entry("davinci", TokenEncoding.R50K_BASE), Map.entry("curie", TokenEncoding.R50K_BASE),
            Map.entry("babbage", TokenEncoding.R50K_BASE), Map.entry("ada", TokenEncoding.R50K_BASE));

    /**
     * In tiktoken's order, which matters: "gpt-4o-" before "gpt-4-" would not, but "gpt-4-" must not
     * catch "gpt-4.1". gpt-oss uses o200k_harmony, which adds special tokens only, so ordinary text
     * counts as in o200k_base.
     */
    private static final List<Map.Entry<String, TokenEncoding>> PREFIXES = List.of(
            Map.entry("o1-", TokenEncoding.O200K_BASE), Map.entry("o3-", TokenEncoding.O200K_BASE),
            Map.entry("o4-mini-", TokenEncoding.O200K_BASE), Map.entry("gpt-5", TokenEncoding.O200K_BASE),
            Map.entry("gpt-4.5-", TokenEncoding.O200K_BASE), Map.entry("gpt-4.1-", TokenEncoding.O200K_BASE),
            Map.entry("chatgpt-4o-", TokenEncoding.O200K_BASE), Map.entry("gpt-4o-", TokenEncoding.O200K_BASE),
            Map.entry("gpt-4-", TokenEncoding.CL100K_BASE), Map.entry("gpt-3.5-turbo-", TokenEncoding.CL100K_BASE),
            Map.entry("gpt-35-turbo-", TokenEncoding.CL100K_BASE), Map.entry("gpt-oss-", TokenEncoding.O200K_BASE),
            Map.entry("ft:gpt-4o", TokenEncoding.O200K_BASE), Map.entry("ft:gpt-4", TokenEncoding.CL100K_BASE),
            Map.entry("ft:gpt-3.5-turbo", TokenEncoding.CL100K_BASE), Map.entry("ft:davinci-002", TokenEncoding.CL100K_BASE),
            Map.entry("ft:babbage-002", TokenEncoding.CL100K_BASE));

    /**
     * The encoding {@code modelId} bills with, or empty when its tokenizer is not public. A provider
     * route in front of the name ({@code azure/}, {@code groq/openai/}) is ignored, and case too.
     */
    public static Optional<TokenEncoding> encodingOf(String modelId) {
        String name = modelId.strip().toLowerCase(Locale.ROOT);
        if (!name.startsWith("ft:")) {
            name = name.substring(name.lastIndexOf('/') + 1);
        }
        TokenEncoding exact = EXACT.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (Map.Entry<String, TokenEncoding> prefix : PREFIXES) {
            if (name.startsWith(prefix.getKey())) {
                return Optional.of(prefix.getValue());
            }
        }
        return Optional.empty();
    }
}
