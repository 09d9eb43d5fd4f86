package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.plan.ScenarioComparison;

/**
 * The Compare tab's state: plan A, a fixed snapshot pinned from the document or read from a file
 * (none at first), and its comparison with plan B, which is always the document as it is edited.
 * FX thread only.
 *
 * <p>The comparison is computed on the FX thread: {@link ScenarioComparison#of} takes 0.03 to
 * 0.15 ms warm (0.5 ms cold; two evaluations and their waterfalls), well inside a frame. It follows
 * the document only while the tab shows ({@link #activeProperty()}): edits made on other tabs cost
 * nothing here, and the tab catches up with one comparison when it shows again. (Measured per edit
 * of the FX thread's CPU, applying CSS and layout: about 5 ms with the tab showing, most of it the
 * table's cells; about 2 ms on the Overview, with or without a plan A.)
 */
final class CompareViewModel {
    private final PlannerViewModel document;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<PlanA> planA = new ReadOnlyObjectWrapper<>(this, "planA");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final BooleanProperty sameScale = new SimpleBooleanProperty(this, "sameScale", true);
    private final BooleanBinding hasPlanA = planA.isNotNull();
    private final ObjectBinding<Optional<ScenarioComparison>> comparison;

    /**
     * @param document the open document, plan B
     * @param clock    tells the time a plan is pinned at
     */
    CompareViewModel(PlannerViewModel document, Clock clock) {
        this.document = Objects.requireNonNull(document, "document");
        this.clock = Objects.requireNonNull(clock, "clock");
        ObservableValue<Scenario> planB = document.scenarioProperty().when(active);
        comparison = Bindings.createObjectBinding(() -> planA.get() == null ? Optional.empty()
                : Optional.of(ScenarioComparison.of(planA.get().scenario(), planB.getValue())), planA, planB);
    }

    /** Plan A, or null before one is pinned or read. */
    ReadOnlyObjectProperty<PlanA> planAProperty() {
        return planA.getReadOnlyProperty();
    }

    ObservableBooleanValue hasPlanAProperty() {
        return hasPlanA;
    }

    /**
     * A against the document, figure by figure, as the document was when the tab last showed (or
     * now, while it shows); empty without plan A.
     */
    ObservableObjectValue<Optional<ScenarioComparison>> comparisonProperty() {
        return comparison;
    }

    /** Whether the tab shows; the view binds it. */
    BooleanProperty activeProperty() {
        return active;
    }

    /** Whether the two savings waterfalls share one value axis (true at first). */
    BooleanProperty sameScaleProperty() {
        return sameScale;
    }

    /** The document's plan as it is now becomes plan A. */
    void pinDocument() {
        planA.set(PlanA.pinned(document.getScenario(), document.getEvaluation(), LocalTime.now(clock)));
    }

    /** {@code read}, read from {@code file}, becomes plan A; the document is untouched. */
    void useFile(Scenario read, Path file) {
        planA.set(PlanA.read(read, file));
    }

    /** No plan A: the tab explains how to set one. */
    void clear() {
        planA.set(null);
    }
}
