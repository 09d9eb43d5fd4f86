package org.llmcostplanner.model;

/** Monthly cost per TCO category, in USD. The API figure is the optimised plan's. */
public record MonthlyCosts(double api, double infrastructure, double engineering, double quality,
                           double operational) {

    public double total() {
        return api + infrastructure + engineering + quality + operational;
    }

    public double get(CostCategory category) {
        return switch (category) {
            case API -> api;
            case INFRASTRUCTURE -> infrastructure;
            case ENGINEERING -> engineering;
            case QUALITY -> quality;
            case OPERATIONAL -> operational;
        };
    }

    /** The category's share of the total, 0..1; 0 when the total is 0 (nothing to divide). */
    public double share(CostCategory category) {
        double total = total();
        return total > 0 ? get(category) / total : 0;
    }
}
