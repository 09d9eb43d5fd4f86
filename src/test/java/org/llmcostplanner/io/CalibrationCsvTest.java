package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.caching.LabelledSimilarity;

/** Reading labelled queries: one sample per query, at its nearest neighbour. */
class CalibrationCsvTest {
    @Test
    void aQueryOnSeveralRowsCountsOnceAtItsMostSimilarRow() throws Exception {
        // "Refund please" is paired three times: the cache would answer it from the 0.97 neighbour.
        // The rows without a query text stay one sample each.
        String csv = """
                query_a,query_b,similarity,same_intent
                Refund please,Refund policy for digital goods,0.81,false
                Refund please,I want my money back,0.97,true
                Where is my order?,Track my package,0.95,true
                Refund please,Refund my last invoice,0.97,false
                ,Anything,0.5,false
                ,Anything else,0.6,true
                """;
        assertEquals(List.of(new LabelledSimilarity(0.97, true), new LabelledSimilarity(0.95, true),
                new LabelledSimilarity(0.5, false), new LabelledSimilarity(0.6, true)),
                CalibrationCsv.read(new StringReader(csv), "pairs.csv"));
    }

    @Test
    void theOneQueryARowLayoutIsGroupedTheSameWay() throws Exception {
        String csv = """
                similarity,query,same_intent
                0.88,Cancel my plan,yes
                0.93,Cancel my plan,no
                """;
        assertEquals(List.of(new LabelledSimilarity(0.93, false)), CalibrationCsv.read(new StringReader(csv), "nn.csv"));
    }
}
