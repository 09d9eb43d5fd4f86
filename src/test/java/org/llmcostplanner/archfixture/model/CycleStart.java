package org.llmcostplanner.archfixture.model;

import org.llmcostplanner.archfixture.model.section.CycleEnd;

/** With {@link CycleEnd}, breaks "packages form no cycles": model and model.section use each other. */
public class CycleStart {
    public CycleEnd end() {
        return new CycleEnd();
    }
}
