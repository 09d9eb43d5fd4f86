package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.prompt.TokenizerFamilies;

/**
 * The bundled catalog and the Prompts tab agree on which models count exactly and in which
 * encoding. gpt-oss bills in o200k_harmony, which tiktoken's openai_public.py builds from
 * o200k_base's pattern and ranks plus special tokens, so ordinary text counts as in o200k_base.
 */
class CatalogTokenizersTest {

    @Test
    void everyCatalogTokenizerIsTheOneTheModelBillsWith() {
        for (CatalogEntry entry : PriceCatalogFiles.bundled().entries()) {
            assertEquals(TokenizerFamilies.encodingOf(entry.id()).map(TokenEncoding::id), entry.tokenizer(), entry.id());
        }
    }
}
