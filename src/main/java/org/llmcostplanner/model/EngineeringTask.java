package org.llmcostplanner.model;

import java.util.Objects;

/**
 * Engineering work that recurs every month, priced at the scenario's hourly rate.
 *
 * @param name          the kind of work (prompt development, evaluation, maintenance...); never null
 * @param hoursPerMonth hours spent per month; the validator requires a finite value of at least zero
 */
public record EngineeringTask(String name, double hoursPerMonth) {
    public EngineeringTask {
        Objects.requireNonNull(name, "name");
    }

    public EngineeringTask withName(String newName) {
        return new EngineeringTask(newName, hoursPerMonth);
    }

    public EngineeringTask withHoursPerMonth(double newHours) {
        return new EngineeringTask(name, newHours);
    }
}
