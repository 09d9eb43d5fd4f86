package org.llmcostplanner.ui;

import java.util.Objects;
import java.util.function.Function;

import javafx.beans.binding.ObjectBinding;

import org.llmcostplanner.model.Scenario;

/**
 * Figures derived from the scenario that depend on only part of it: the binding is invalidated on
 * every edit (so bound labels read it again) but computes anew only when the key changes, so a
 * slider drag elsewhere costs a key comparison, not a recomputation.
 */
final class KeyedBinding {
    private KeyedBinding() {
    }

    /**
     * @param key   what the value depends on; compared with {@link Objects#equals}
     * @param value computes the value from the scenario
     */
    static <K, V> ObjectBinding<V> of(PlannerViewModel viewModel, Function<Scenario, K> key, Function<Scenario, V> value) {
        return new ObjectBinding<>() {
            private K lastKey;
            private V lastValue;
            private boolean computed;

            {
                bind(viewModel.scenarioProperty());
            }

            @Override
            protected V computeValue() {
                Scenario scenario = viewModel.getScenario();
                K now = key.apply(scenario);
                if (!computed || !Objects.equals(now, lastKey)) {
                    lastKey = now;
                    lastValue = value.apply(scenario);
                    computed = true;
                }
                return lastValue;
            }
        };
    }
}
