package org.llmcostplanner.archfixture.cli;

import org.llmcostplanner.archfixture.ui.FixtureView;

/** May print (it is cli), but breaks "cli does not use ui" and "nobody prints stack traces". */
public class FixtureCommand {
    public int call() {
        System.out.println("done");
        try {
            return Integer.parseInt(FixtureView.class.getSimpleName());
        } catch (RuntimeException e) {
            e.printStackTrace();
            return 1;
        }
    }
}
