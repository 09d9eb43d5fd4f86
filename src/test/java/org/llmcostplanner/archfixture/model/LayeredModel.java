package org.llmcostplanner.archfixture.model;

import org.llmcostplanner.archfixture.io.FixtureReader;

/** Breaks "model depends on no other planner package": calls into io. */
public class LayeredModel {
    public String read() {
        return new FixtureReader().read();
    }
}
