package org.llmcostplanner.archfixture.model;

/** Breaks "only cli prints" and "nobody prints stack traces". */
public class PrintingModel {
    public void report(Runnable work) {
        System.out.println("working");
        try {
            work.run();
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
    }
}
