package org.llmcostplanner.archfixture.chart;

import org.llmcostplanner.archfixture.ui.FixtureView;

/** Breaks "chart depends only on model": uses ui. */
public class FixtureChart {
    public FixtureView view() {
        return new FixtureView();
    }
}
