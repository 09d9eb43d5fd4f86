package org.llmcostplanner.model.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected encodings from tiktoken 0.14's encoding_name_for_model, run on each name. */
class TokenizerFamiliesTest {

    @ParameterizedTest
    @CsvSource({
            "gpt-4o, o200k_base", "gpt-4o-mini, o200k_base", "gpt-4o-2024-08-06, o200k_base",
            "chatgpt-4o-latest, o200k_base", "gpt-4.1, o200k_base", "gpt-4.1-nano, o200k_base",
            "gpt-5, o200k_base", "gpt-5-mini, o200k_base", "gpt-5.4-nano, o200k_base", "o1, o200k_base",
            "o3-mini, o200k_base", "o4-mini, o200k_base", "gpt-4, cl100k_base", "gpt-4-turbo, cl100k_base",
            "gpt-4-32k, cl100k_base", "gpt-3.5-turbo, cl100k_base", "gpt-3.5-turbo-0125, cl100k_base",
            "gpt-35-turbo, cl100k_base", "text-embedding-3-small, cl100k_base", "text-davinci-003, p50k_base",
            "code-davinci-002, p50k_base", "davinci, r50k_base", "text-ada-001, r50k_base",
            "ft:gpt-4o-mini:org::abc, o200k_base", "ft:gpt-3.5-turbo:org::x, cl100k_base"})
    void openAiModelsCountInTiktokensEncoding(String model, String encoding) {
        assertEquals(TokenEncoding.fromId(encoding), TokenizerFamilies.encodingOf(model));
    }

    @ParameterizedTest
    @CsvSource({"openai/gpt-4o, o200k_base", "azure/gpt-4.1-mini, o200k_base", "GPT-4O, o200k_base",
            "groq/openai/gpt-oss-120b, o200k_base", "cerebras/gpt-oss-120b, o200k_base"})
    void aProviderRouteAndCaseAreIgnored(String model, String encoding) {
        assertEquals(TokenEncoding.fromId(encoding), TokenizerFamilies.encodingOf(model));
    }

    @ParameterizedTest
    @CsvSource({"claude-sonnet-4-5", "gemini/gemini-2.5-pro", "mistral/mistral-large-latest",
            "groq/llama-3.3-70b-versatile", "deepseek/deepseek-v4-pro", "o2", "gpt-40", "''"})
    void otherModelsHaveNoPublicEncoding(String model) {
        assertEquals(Optional.empty(), TokenizerFamilies.encodingOf(model));
    }
}
