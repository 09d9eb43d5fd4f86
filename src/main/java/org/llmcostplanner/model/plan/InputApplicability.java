package org.llmcostplanner.model.plan;

import java.util.Optional;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.SelfHostInputs;
import org.llmcostplanner.model.SwitchableValue;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * Whether an input is in effect in a scenario: the inputs of a switched-off lever, a switched-off
 * limit or measurement, or a throughput the chosen basis does not count change nothing, and a
 * sensitivity chart says so instead of drawing an empty bar.
 */
public final class InputApplicability {
    private InputApplicability() {
    }

    /** Why {@code input} has no effect in {@code scenario}, as a clause ("routing is off"); empty when it may. */
    public static Optional<String> whyNot(ScenarioInput input, Scenario scenario) {
        for (SwitchableValue value : SwitchableValue.values()) {
            if (value.value() == input) {
                if (!value.isOn(scenario)) {
                    return Optional.of("its switch is off");
                }
                boolean planMeasurement = value == SwitchableValue.PLAN_QUALITY || value == SwitchableValue.PLAN_LATENCY;
                return planMeasurement && scenario.routing().applies()
                        ? Optional.of("routing sets the plan's quality and latency") : Optional.empty();
            }
        }
        if (input == ScenarioInputs.ROUTER_COST || input == ScenarioInputs.ROUTER_LATENCY) {
            if (!scenario.routing().applies()) {
                return Optional.of("routing is off");
            }
            return scenario.routing().strategy() == RoutingStrategy.CASCADE
                    ? Optional.of("a cascade has no router") : Optional.empty();
        }
        if (ScenarioInputs.PROMPTS.contains(input)) {
            return scenario.prompts().applies() ? Optional.empty() : Optional.of("compression is off");
        }
        if (ScenarioInputs.CACHING.contains(input)) {
            return caching(input, scenario);
        }
        if (ScenarioInputs.BATCHING.contains(input)) {
            return scenario.batching().enabled() ? Optional.empty() : Optional.of("batching is off");
        }
        if (input == SelfHostInputs.INPUT_TOKENS_PER_SECOND || input == SelfHostInputs.OUTPUT_TOKENS_PER_SECOND) {
            return scenario.selfHost().throughput().basis() == ThroughputBasis.TOKENS ? Optional.empty()
                    : Optional.of("self-host replicas are sized by requests per second");
        }
        if (input == SelfHostInputs.REQUESTS_PER_SECOND) {
            return scenario.selfHost().throughput().basis() == ThroughputBasis.REQUESTS ? Optional.empty()
                    : Optional.of("self-host replicas are sized by tokens per second");
        }
        return Optional.empty();
    }

    private static Optional<String> caching(ScenarioInput input, Scenario scenario) {
        if (!scenario.caching().enabled()) {
            return Optional.of("caching is off");
        }
        boolean semantic = input == ScenarioInputs.CACHE_THRESHOLD || input == ScenarioInputs.CACHE_EMBEDDING_USD
                || input == ScenarioInputs.CACHE_EMBEDDING_MS || input == ScenarioInputs.CACHE_FALSE_HIT_USD;
        if (semantic && !scenario.caching().semantic().applies()) {
            return Optional.of("the semantic cache is off");
        }
        boolean provider = input == ScenarioInputs.PROVIDER_PREFIX || input == ScenarioInputs.PROVIDER_HIT_SHARE
                || input == ScenarioInputs.PROVIDER_READ || input == ScenarioInputs.PROVIDER_WRITE;
        if (provider && !scenario.caching().provider().enabled()) {
            return Optional.of("the provider's prompt cache is off");
        }
        return Optional.empty();
    }
}
