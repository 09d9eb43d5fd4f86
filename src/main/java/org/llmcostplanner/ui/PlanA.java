package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;

/**
 * Plan A of the Compare tab: a fixed snapshot of a plan, its evaluation, and where it came from.
 *
 * @param scenario   the plan as pinned or read
 * @param evaluation its evaluation
 * @param file       the file it was read from (absolute); null when pinned from the document
 * @param pinnedAt   the local time it was pinned; null when read from a file
 */
record PlanA(Scenario scenario, Evaluation evaluation, Path file, LocalTime pinnedAt) {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    PlanA {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(evaluation, "evaluation");
        if ((file == null) == (pinnedAt == null)) {
            throw new IllegalArgumentException("plan A comes from a file or a pin, not both or neither");
        }
    }

    /** The document's plan as it is now, pinned at {@code now}. */
    static PlanA pinned(Scenario scenario, Evaluation evaluation, LocalTime now) {
        return new PlanA(scenario, evaluation, null, Objects.requireNonNull(now, "now"));
    }

    /** A plan read from {@code file}. */
    static PlanA read(Scenario scenario, Path file) {
        return new PlanA(scenario, ScenarioEvaluator.evaluate(scenario), file.toAbsolutePath(), null);
    }

    /** Where the plan came from, for people: {@code pinned at 14:05} or {@code from legal-summarization.json}. */
    String origin() {
        return file == null ? "pinned at " + HOURS_MINUTES.format(pinnedAt) : "from " + file.getFileName();
    }
}
