package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.pareto.ParetoConfiguration;

class ParetoCsvTest {
    private static List<ParetoConfiguration> read(String csv) throws ScenarioFileException {
        return ParetoCsv.read(new StringReader(csv), "sweep.csv");
    }

    private static ScenarioFileException refused(String csv) {
        return assertThrows(ScenarioFileException.class, () -> read(csv));
    }

    @Test
    void readsTheIssuesHeaderWithPercentagesQuotesExtraColumnsAndAByteOrderMark() throws Exception {
        String csv = "\uFEFFmodel_family,name,quality,cost_per_query,latency_ms,notes\n"
                + "gpt-4o,\"Hybrid (BERT + GPT-4o)\",93%,0.002,120,\"routes easy queries, to BERT\"\n"
                + "\n"
                + "tfidf,TF-IDF + LogReg,0.72,$0.00001,1,\n";
        assertEquals(List.of(new ParetoConfiguration("Hybrid (BERT + GPT-4o)", 0.93, 0.002, 120, "routes easy queries, to BERT"),
                new ParetoConfiguration("TF-IDF + LogReg", 0.72, 0.00001, 1, "")), read(csv));
        assertEquals(List.of(new ParetoConfiguration("A", 0.5, 1, 2)),
                read("latency_ms,cost_per_query,quality,name\n2,1,0.5,A\n"), "columns in any order, notes optional");
    }

    @Test
    void refusalsNameTheFileTheLineAndTheColumn() {
        String header = "name,quality,cost_per_query,latency_ms\n";
        ScenarioFileException percentWithoutSign = refused(header + "A,0.9,0.001,10\nB,93,0.002,20\n");
        assertEquals("sweep.csv, line 3: quality: must be between 0 and 1 (was 93); write 0.93 or 93% for 93 percent",
                percentWithoutSign.getMessage());
        ScenarioFileException decimalComma = refused(header + "A,0.9,\"0,002\",10\n");
        assertEquals(2, decimalComma.line());
        assertEquals("cost_per_query", decimalComma.field());
        assertTrue(decimalComma.reason().contains("'0,002' is not a number"), decimalComma.reason());
        assertEquals("latency_ms", refused(header + "A,0.9,0.001,-5\n").field());
        assertEquals("latency_ms", refused(header + "A,0.9,0.001\n").field(), "a short row misses its latency");
        assertTrue(refused(header + "A,0.9,0.001,NaN\n").reason().contains("is not a number"));
        assertEquals("name", refused(header + ",0.9,0.001,5\n").field());
        ScenarioFileException missing = refused("name,quality,cost\nA,0.9,0.001\n");
        assertEquals(1, missing.line());
        assertTrue(missing.reason().contains("missing: cost_per_query, latency_ms; found: name,quality,cost"), missing.reason());
        assertTrue(refused(header + "A,0.9,0.001,5,extra\n").reason().startsWith("is not valid CSV"));
    }

    @Test
    void writtenFilesReadBackEqual() throws Exception {
        Random random = new Random(5);
        List<ParetoConfiguration> configurations = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            configurations.add(new ParetoConfiguration("config \"" + i + "\", v" + i, random.nextDouble(),
                    Math.pow(10, -5 + 5 * random.nextDouble()), random.nextInt(5000), i % 3 == 0 ? "" : "note, " + i));
        }
        configurations.add(new ParetoConfiguration("tiny", 0, 1e-12, 0));
        StringWriter out = new StringWriter();
        ParetoCsv.write(configurations, out);
        assertTrue(out.toString().startsWith("name,quality,cost_per_query,latency_ms,notes\n"), out.toString());
        assertEquals(configurations, read(out.toString()));
    }
}
