package org.llmcostplanner.model;

import java.util.List;

/**
 * Engineering labour: tasks in hours per month, all at one hourly rate. The rate is the
 * scenario's rate for every engineering hour (later analyses, such as self-hosting, reuse it).
 *
 * @param hourlyRateUsd USD per engineering hour
 * @param tasks         recurring work; copied, never null
 */
public record Engineering(double hourlyRateUsd, List<EngineeringTask> tasks) {
    public Engineering {
        tasks = List.copyOf(tasks);
    }

    public double hoursPerMonth() {
        double hours = 0;
        for (EngineeringTask task : tasks) {
            hours += task.hoursPerMonth();
        }
        return hours;
    }

    public double usdPerMonth() {
        return hoursPerMonth() * hourlyRateUsd;
    }

    public double usdPerMonth(EngineeringTask task) {
        return task.hoursPerMonth() * hourlyRateUsd;
    }

    public Engineering withHourlyRateUsd(double rate) {
        return new Engineering(rate, tasks);
    }

    public Engineering withTasks(List<EngineeringTask> newTasks) {
        return new Engineering(hourlyRateUsd, newTasks);
    }
}
