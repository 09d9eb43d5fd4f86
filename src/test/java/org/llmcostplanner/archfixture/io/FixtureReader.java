package org.llmcostplanner.archfixture.io;

import org.llmcostplanner.archfixture.chart.FixtureChart;

/** Breaks "io depends only on model": uses chart. */
public class FixtureReader {
    public String read() {
        return FixtureChart.class.getSimpleName();
    }
}
