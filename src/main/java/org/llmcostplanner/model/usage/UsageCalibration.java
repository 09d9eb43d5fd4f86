package org.llmcostplanner.model.usage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.routing.RoutingSection;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.routing.RoutingTier;

/**
 * Sets a scenario's workload, and its router's shares, from usage logs.
 *
 * <p>A query is a call that was not a retry: a retry repeats a query already counted, and the plan
 * has no retries (their cost shows in {@link PlanVsActual} as the gap between plan and actual).
 * Failed calls that were not retries are queries. From the dashboard's calls (filtered or not):
 * <ul>
 * <li>queries per day: queries over the dashboard's days, from the first to the last with calls,
 * both included, days without calls counting (a log that starts or ends mid-day lowers it);</li>
 * <li>input and output tokens per query: the queries' tokens over the queries (cached tokens are
 * part of the input, as in the logs);</li>
 * <li>routing shares: each model's share of the queries, set on the router tier with that model
 * (names compared ignoring case and surrounding spaces) when every model in the logs has exactly
 * one tier and the plan is a router, not a cascade; tiers whose model the logs do not call get 0.
 * Otherwise the shares are only reported.</li>
 * </ul>
 * Values outside an input's valid range are left out with a note; unchanged values are left out.
 */
public final class UsageCalibration {
    private UsageCalibration() {
    }

    public static CalibrationPreview propose(UsageDashboard dashboard, Scenario scenario) {
        List<CalibrationPreview.Step> steps = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        UsageTotals totals = dashboard.totals();
        long queries = totals.firstCalls();
        if (dashboard.days() == 0 || queries == 0) {
            notes.add(dashboard.days() == 0 ? "No calls under the filter: nothing to calibrate from."
                    : "Every call under the filter is a retry: no queries to calibrate from.");
            return new CalibrationPreview(steps, List.of(), notes);
        }
        if (totals.retryCalls() > 0) {
            String calls = totals.retryCalls() == 1 ? "1 call" : Money.count(totals.retryCalls()) + " calls";
            notes.add("Retries (" + calls + ", " + Money.percent(totals.retryCostShare())
                    + " of the cost) are not counted as queries; plan vs actual shows their cost.");
        }
        if (scenario.caching().enabled() || scenario.prompts().inputTokenFactor() != 1) {
            notes.add("The logs show traffic as sent to the models: if this plan's caches or compressed prompt are "
                    + "already live in them, the workload (before the levers) would count those levers twice.");
        }
        workload(steps, notes, scenario, ScenarioInputs.QUERIES_PER_DAY, (double) queries / dashboard.days());
        workload(steps, notes, scenario, ScenarioInputs.INPUT_TOKENS, (double) totals.firstInputTokens() / queries);
        workload(steps, notes, scenario, ScenarioInputs.OUTPUT_TOKENS, (double) totals.firstOutputTokens() / queries);
        List<ModelShare> shares = shares(dashboard, scenario.routing().tiers(), queries);
        routing(steps, notes, scenario.routing(), shares);
        return new CalibrationPreview(steps, shares, notes);
    }

    private static void workload(List<CalibrationPreview.Step> steps, List<String> notes, Scenario scenario,
                                 ScenarioInput input, double proposed) {
        Optional<String> problem = input.problem(proposed);
        if (problem.isPresent()) {
            notes.add(input.label() + " from the logs, " + Money.plain(proposed) + ", is not used: " + problem.get() + ".");
            return;
        }
        double current = input.get(scenario);
        if (current != proposed) {
            steps.add(new CalibrationPreview.Step(new CalibrationChange(input.path(), input.label(), input.unit(), current,
                    proposed), input::set));
        }
    }

    /** Each model's queries and share, in the dashboard's order, with its tier when exactly one tier has it. */
    private static List<ModelShare> shares(UsageDashboard dashboard, List<RoutingTier> tiers, long queries) {
        Map<String, List<Integer>> tiersByModel = new HashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            tiersByModel.computeIfAbsent(key(tiers.get(i).model().name()), name -> new ArrayList<>()).add(i);
        }
        List<ModelShare> shares = new ArrayList<>();
        for (UsageDashboard.Breakdown model : dashboard.byModel()) {
            long modelQueries = model.totals().firstCalls();
            if (modelQueries > 0) {
                List<Integer> matches = tiersByModel.getOrDefault(key(model.name()), List.of());
                shares.add(new ModelShare(model.name(), modelQueries, (double) modelQueries / queries,
                        matches.size() == 1 ? OptionalInt.of(matches.get(0)) : OptionalInt.empty()));
            }
        }
        return shares;
    }

    private static String key(String modelName) {
        return modelName.strip().toLowerCase(Locale.ROOT);
    }

    private static void routing(List<CalibrationPreview.Step> steps, List<String> notes, RoutingSection routing,
                                List<ModelShare> shares) {
        if (routing.tiers().isEmpty()) {
            notes.add("The plan has no routing tiers: the shares by model are reported, not applied.");
            return;
        }
        if (routing.strategy() == RoutingStrategy.CASCADE) {
            notes.add("The plan is a cascade, whose traffic follows its escalation rates: the shares by model are "
                    + "reported, not applied.");
            return;
        }
        List<String> unmatched = shares.stream().filter(share -> share.tier().isEmpty()).map(ModelShare::model).toList();
        if (!unmatched.isEmpty()) {
            notes.add("No single router tier for " + String.join(", ", unmatched)
                    + ": the shares by model are reported, not applied.");
            return;
        }
        if (!routing.enabled()) {
            notes.add("Routing is off in the plan: the shares take effect when it is switched on.");
        }
        double[] proposed = new double[routing.tiers().size()];
        shares.forEach(share -> proposed[share.tier().getAsInt()] = share.share());
        for (int i = 0; i < proposed.length; i++) {
            RoutingTier tier = routing.tiers().get(i);
            if (tier.share() != proposed[i]) {
                int index = i;
                steps.add(new CalibrationPreview.Step(new CalibrationChange("routing.tiers[" + i + "].share",
                        "Tier '" + tier.name() + "' share", "%", Percent.fromFraction(tier.share()),
                        Percent.fromFraction(proposed[i])), (scenario, percent) -> withShare(scenario, index, percent)));
            }
        }
    }

    private static Scenario withShare(Scenario scenario, int tier, double percent) {
        RoutingSection routing = scenario.routing();
        if (tier >= routing.tiers().size()) {
            throw new IllegalArgumentException("the plan has " + routing.tiers().size() + " routing tiers now, not "
                    + (tier + 1) + " or more: propose the calibration again");
        }
        List<RoutingTier> tiers = new ArrayList<>(routing.tiers());
        tiers.set(tier, tiers.get(tier).withShare(Percent.toFraction(percent)));
        return scenario.withRouting(routing.withTiers(tiers));
    }
}
