package org.llmcostplanner.model;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.llmcostplanner.model.pareto.ParetoLimit;

/**
 * The values that can be switched on and off: the Pareto recommendation's limits, the current
 * plan's measurements, and the routing optimiser's target and latency cap. Each is read and written here once, whole; its number is
 * the {@link ScenarioInput} of {@link #value()}, and its switch is {@link #switched}.
 */
public enum SwitchableValue {
    MIN_QUALITY(s -> s.pareto().constraints().minQuality(),
            (s, limit) -> s.withPareto(s.pareto().withConstraints(s.pareto().constraints().withMinQuality(limit)))),
    MAX_LATENCY(s -> s.pareto().constraints().maxLatencyMs(),
            (s, limit) -> s.withPareto(s.pareto().withConstraints(s.pareto().constraints().withMaxLatencyMs(limit)))),
    MAX_COST(s -> s.pareto().constraints().maxCostPerQueryUsd(),
            (s, limit) -> s.withPareto(s.pareto().withConstraints(s.pareto().constraints().withMaxCostPerQueryUsd(limit)))),
    PLAN_QUALITY(s -> s.pareto().plan().quality(),
            (s, limit) -> s.withPareto(s.pareto().withPlan(s.pareto().plan().withQuality(limit)))),
    PLAN_LATENCY(s -> s.pareto().plan().latencyMs(),
            (s, limit) -> s.withPareto(s.pareto().withPlan(s.pareto().plan().withLatencyMs(limit)))),
    ROUTING_TARGET(s -> s.routing().targetQuality(), (s, limit) -> s.withRouting(s.routing().withTargetQuality(limit))),
    ROUTING_MAX_LATENCY(s -> s.routing().maxLatencyMs(), (s, limit) -> s.withRouting(s.routing().withMaxLatencyMs(limit)));

    private final Function<Scenario, ParetoLimit> getter;
    private final BiFunction<Scenario, ParetoLimit, Scenario> setter;

    SwitchableValue(Function<Scenario, ParetoLimit> getter, BiFunction<Scenario, ParetoLimit, Scenario> setter) {
        this.getter = getter;
        this.setter = setter;
    }

    public ParetoLimit get(Scenario scenario) {
        return getter.apply(scenario);
    }

    public Scenario set(Scenario scenario, ParetoLimit limit) {
        return setter.apply(scenario, limit);
    }

    public boolean isOn(Scenario scenario) {
        return get(scenario).enabled();
    }

    /** A copy of {@code scenario} with this value switched on or off; the value itself is kept. */
    public Scenario switched(Scenario scenario, boolean on) {
        return set(scenario, new ParetoLimit(on, get(scenario).value()));
    }

    /** The number behind the switch, as the window edits it (quality in percent). */
    public ScenarioInput value() {
        return switch (this) {
            case MIN_QUALITY -> ScenarioInputs.MIN_QUALITY;
            case MAX_LATENCY -> ScenarioInputs.MAX_LATENCY;
            case MAX_COST -> ScenarioInputs.MAX_COST;
            case PLAN_QUALITY -> ScenarioInputs.PLAN_QUALITY;
            case PLAN_LATENCY -> ScenarioInputs.PLAN_LATENCY;
            case ROUTING_TARGET -> ScenarioInputs.ROUTING_TARGET;
            case ROUTING_MAX_LATENCY -> ScenarioInputs.ROUTING_MAX_LATENCY;
        };
    }
}
