package org.llmcostplanner.model.caching;

import java.util.Objects;

/**
 * The caching lever: an exact-match layer, then a semantic layer, in front of the model; and the
 * provider's own prompt cache for the calls that still go through.
 *
 * @param enabled      whether the plan has the caches
 * @param exactHitRate fraction of all queries answered by the exact-match cache, 0..1
 * @param semantic     the semantic layer, seeing the queries the exact layer missed
 * @param provider     the provider's prompt cache, on every call that reaches the model
 */
public record CachingSection(boolean enabled, double exactHitRate, SemanticCache semantic, PromptCaching provider) {
    public static final CachingSection EMPTY = new CachingSection(false, 0, SemanticCache.CHAPTER_OFF, PromptCaching.OFF);

    public CachingSection {
        Objects.requireNonNull(semantic, "semantic");
        Objects.requireNonNull(provider, "provider");
    }

    /** Fraction of all queries answered from a cache (exact or semantic, right or wrong). */
    public double servedShare() {
        return enabled ? exactHitRate + (1 - exactHitRate) * semantic.hitRate() : 0;
    }

    /** Fraction of all queries given a wrong cached answer. */
    public double wrongShare() {
        return enabled ? (1 - exactHitRate) * semantic.falseHitRate() : 0;
    }

    /** Fraction of all queries that pay for embedding and lookup in the semantic layer. */
    public double embeddedShare() {
        return enabled && semantic.applies() ? 1 - exactHitRate : 0;
    }

    /** The input tokens a call that reaches the model is billed as (see {@link PromptCaching}). */
    public double billedInputTokens(double inputTokens) {
        return enabled ? provider.billedInputTokens(inputTokens) : inputTokens;
    }

    public CachingSection withEnabled(boolean value) {
        return new CachingSection(value, exactHitRate, semantic, provider);
    }

    public CachingSection withExactHitRate(double value) {
        return new CachingSection(enabled, value, semantic, provider);
    }

    public CachingSection withSemantic(SemanticCache value) {
        return new CachingSection(enabled, exactHitRate, value, provider);
    }

    public CachingSection withProvider(PromptCaching value) {
        return new CachingSection(enabled, exactHitRate, semantic, value);
    }
}
