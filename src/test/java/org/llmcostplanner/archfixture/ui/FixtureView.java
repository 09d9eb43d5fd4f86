package org.llmcostplanner.archfixture.ui;

import org.llmcostplanner.archfixture.cli.FixtureCommand;

/** Breaks "ui does not use cli". */
public class FixtureView {
    public int run() {
        return new FixtureCommand().call();
    }
}
