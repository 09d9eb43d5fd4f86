package org.llmcostplanner.model.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.llmcostplanner.model.Scenario;

/**
 * Two plans side by side: every figure of {@link PlanKpis} with A, B, B less A and the change in
 * percent of A ({@link KpiDelta}). A and B may be the same plan (every change is then 0).
 *
 * @param nameA plan A's name
 * @param nameB plan B's name
 * @param rows  in {@link PlanKpis}'s order
 */
public record ScenarioComparison(String nameA, String nameB, List<KpiDelta> rows) {
    public ScenarioComparison {
        Objects.requireNonNull(nameA, "nameA");
        Objects.requireNonNull(nameB, "nameB");
        rows = List.copyOf(rows);
    }

    public static ScenarioComparison of(Scenario a, Scenario b) {
        List<PlanKpis.Value> valuesA = PlanKpis.of(a);
        List<PlanKpis.Value> valuesB = PlanKpis.of(b);
        List<KpiDelta> rows = new ArrayList<>(valuesA.size());
        for (int i = 0; i < valuesA.size(); i++) {
            PlanKpis.Value fromA = valuesA.get(i);
            rows.add(new KpiDelta(fromA.id(), fromA.label(), fromA.unit(), fromA.direction(), fromA.value(), valuesB.get(i).value()));
        }
        return new ScenarioComparison(a.name(), b.name(), rows);
    }

    /** The row with {@code id}, if there is one. */
    public Optional<KpiDelta> row(String id) {
        return rows.stream().filter(row -> row.id().equals(id)).findFirst();
    }
}
