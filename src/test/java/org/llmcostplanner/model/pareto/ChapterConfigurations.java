package org.llmcostplanner.model.pareto;

import java.util.List;

/** The chapter's ten benchmarked configurations (Code Fragment 12.4.2), in its order, for tests. */
public final class ChapterConfigurations {
    public static final List<ParetoConfiguration> TEN = List.of(
            new ParetoConfiguration("TF-IDF + LogReg", 0.72, 0.00001, 1),
            new ParetoConfiguration("Fine-tuned DistilBERT", 0.84, 0.00030, 15),
            new ParetoConfiguration("Fine-tuned BERT-base", 0.87, 0.00050, 25),
            new ParetoConfiguration("GPT-4o-mini (zero-shot)", 0.88, 0.00300, 400),
            new ParetoConfiguration("GPT-4o-mini (few-shot)", 0.91, 0.00400, 450),
            new ParetoConfiguration("GPT-4o (zero-shot)", 0.93, 0.01000, 600),
            new ParetoConfiguration("GPT-4o (few-shot)", 0.95, 0.01200, 700),
            new ParetoConfiguration("Claude Opus (few-shot)", 0.97, 0.02000, 900),
            new ParetoConfiguration("Hybrid (BERT + GPT-4o)", 0.93, 0.00200, 120),
            new ParetoConfiguration("Bad prompt (GPT-4o-mini)", 0.78, 0.00350, 500));

    private ChapterConfigurations() {
    }
}
