package org.llmcostplanner.model.prompt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The compression lever: an original prompt, its compressed variant, and how much of the
 * workload's input they stand for.
 *
 * <p>{@code tokens} are the counts of {@link #renderedOriginal()} and {@link #renderedCompressed()}
 * in {@link #encoding()}. The {@code with...} methods keep the old counts; {@link #counted} makes
 * them current, so a caller with a large text can count in the background and show the old figures
 * meanwhile.
 *
 * @param enabled         whether the plan sends the compressed prompt (the lever is on)
 * @param model           the model the prompts are sent to; it decides the encoding when its
 *                        tokenizer is public ({@link TokenizerFamilies})
 * @param encoding        the encoding counted with: the model's own, or the user's approximation
 *                        for a model whose tokenizer is not public
 * @param inputTokenShare the fraction (0..1) of the workload's input tokens per query this prompt is
 * @param original        the prompt as it is today
 * @param compressed      the shorter prompt meant to do the same job
 * @param samples         the value of each placeholder when counting, in the order shown
 * @param tokens          the counts, as described above
 */
public record PromptsSection(boolean enabled, String model, TokenEncoding encoding, double inputTokenShare,
                             PromptVariant original, PromptVariant compressed, List<PromptSample> samples,
                             PromptTokens tokens) {
    /** No prompts, and a share of 0 until the first count sets it (see {@link #withFirstShare}). */
    public static final PromptsSection EMPTY = new PromptsSection(false, "gpt-4o", TokenEncoding.O200K_BASE, 0,
            new PromptVariant("Original", ""), new PromptVariant("Compressed", ""), List.of(), PromptTokens.NONE);

    /** A model with a public tokenizer always counts in it; {@code encoding} is then ignored. */
    public PromptsSection {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(compressed, "compressed");
        Objects.requireNonNull(tokens, "tokens");
        samples = List.copyOf(samples);
        encoding = TokenizerFamilies.encodingOf(model).orElse(encoding);
    }

    /** Whether the count is an approximation: the model's tokenizer is not public. */
    public boolean approximate() {
        return TokenizerFamilies.encodingOf(model).isEmpty();
    }

    /**
     * Whether there is something to compare: an original prompt with tokens and a compressed one
     * with text (an empty compressed prompt is one not written yet, not a free one).
     */
    public boolean comparable() {
        return tokens.original() > 0 && !compressed.template().isEmpty();
    }

    /** Whether the plan uses the compressed prompt: switched on, with two prompts to compare. */
    public boolean applies() {
        return enabled && comparable();
    }

    /**
     * What compression multiplies the workload's input tokens by: the prompt's share scaled by the
     * compression ratio, the rest unchanged; 1 unless {@link #comparable()}. Above 1 when the
     * "compressed" prompt is the longer one.
     */
    public double compressionFactor() {
        return comparable() ? 1 - inputTokenShare * tokens.savedFraction() : 1;
    }

    /** {@link #compressionFactor()} when the lever {@link #applies()}, otherwise 1. */
    public double inputTokenFactor() {
        return applies() ? compressionFactor() : 1;
    }

    /**
     * {@code counted}, the first count of an original prompt in this section, with its share set
     * from that count: the original's tokens over the workload's {@code inputTokensPerQuery}, at
     * most 1. Any other section comes back as it is, so a share the user chose is never replaced.
     */
    public PromptsSection withFirstShare(PromptsSection counted, double inputTokensPerQuery) {
        if (tokens.original() > 0 || inputTokenShare != 0 || counted.inputTokenShare() != 0
                || counted.tokens().original() == 0 || inputTokensPerQuery <= 0) {
            return counted;
        }
        return counted.withInputTokenShare(Math.min(1, counted.tokens().original() / inputTokensPerQuery));
    }

    /** The placeholders' sample values by name (the first one wins if a name repeats). */
    public Map<String, String> sampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (PromptSample sample : samples) {
            values.putIfAbsent(sample.placeholder(), sample.value());
        }
        return values;
    }

    public String renderedOriginal() {
        return PromptTemplate.render(original.template(), sampleValues());
    }

    public String renderedCompressed() {
        return PromptTemplate.render(compressed.template(), sampleValues());
    }

    /** This section with its counts made current by {@code counter}. */
    public PromptsSection counted(TokenCounter counter) {
        return withTokens(new PromptTokens(counter.count(renderedOriginal(), encoding),
                counter.count(renderedCompressed(), encoding)));
    }

    /** Whether {@code other} renders the same two texts in the same encoding, so its counts hold here. */
    public boolean countsSameTextAs(PromptsSection other) {
        return encoding == other.encoding && original.template().equals(other.original.template())
                && compressed.template().equals(other.compressed.template()) && samples.equals(other.samples);
    }

    public PromptsSection withEnabled(boolean value) {
        return new PromptsSection(value, model, encoding, inputTokenShare, original, compressed, samples, tokens);
    }

    public PromptsSection withModel(String value) {
        return new PromptsSection(enabled, value, encoding, inputTokenShare, original, compressed, samples, tokens);
    }

    public PromptsSection withEncoding(TokenEncoding value) {
        return new PromptsSection(enabled, model, value, inputTokenShare, original, compressed, samples, tokens);
    }

    public PromptsSection withInputTokenShare(double value) {
        return new PromptsSection(enabled, model, encoding, value, original, compressed, samples, tokens);
    }

    public PromptsSection withOriginal(PromptVariant value) {
        return new PromptsSection(enabled, model, encoding, inputTokenShare, value, compressed, samples, tokens);
    }

    public PromptsSection withCompressed(PromptVariant value) {
        return new PromptsSection(enabled, model, encoding, inputTokenShare, original, value, samples, tokens);
    }

    public PromptsSection withSamples(List<PromptSample> value) {
        return new PromptsSection(enabled, model, encoding, inputTokenShare, original, compressed, value, tokens);
    }

    public PromptsSection withTokens(PromptTokens value) {
        return new PromptsSection(enabled, model, encoding, inputTokenShare, original, compressed, samples, value);
    }
}
