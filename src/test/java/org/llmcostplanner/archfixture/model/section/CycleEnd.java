package org.llmcostplanner.archfixture.model.section;

import org.llmcostplanner.archfixture.model.CycleStart;

/** The other half of the cycle with {@link CycleStart}. */
public class CycleEnd {
    public CycleStart start() {
        return new CycleStart();
    }
}
