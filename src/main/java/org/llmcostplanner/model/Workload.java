package org.llmcostplanner.model;

/**
 * The traffic the feature serves, before any optimisation.
 *
 * @param queriesPerDay        average queries per day
 * @param inputTokensPerQuery  average input (prompt) tokens per query
 * @param outputTokensPerQuery average output (completion) tokens per query
 * @param daysPerMonth         days billed per month (the chapter uses 30)
 */
public record Workload(double queriesPerDay, double inputTokensPerQuery, double outputTokensPerQuery,
                       double daysPerMonth) {

    public double queriesPerMonth() {
        return queriesPerDay * daysPerMonth;
    }

    public Workload withQueriesPerDay(double value) {
        return new Workload(value, inputTokensPerQuery, outputTokensPerQuery, daysPerMonth);
    }

    public Workload withInputTokensPerQuery(double value) {
        return new Workload(queriesPerDay, value, outputTokensPerQuery, daysPerMonth);
    }

    public Workload withOutputTokensPerQuery(double value) {
        return new Workload(queriesPerDay, inputTokensPerQuery, value, daysPerMonth);
    }

    public Workload withDaysPerMonth(double value) {
        return new Workload(queriesPerDay, inputTokensPerQuery, outputTokensPerQuery, value);
    }
}
