package org.llmcostplanner.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.llmcostplanner.model.Engineering;
import org.llmcostplanner.model.EngineeringTask;
import org.llmcostplanner.model.FixedCosts;
import org.llmcostplanner.model.LineItem;
import org.llmcostplanner.model.price.ModelPrice;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.Workload;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoLimit;
import org.llmcostplanner.model.pareto.ParetoObjectives;
import org.llmcostplanner.model.pareto.ParetoPlan;
import org.llmcostplanner.model.pareto.ParetoSection;

/**
 * A scenario file of the current schema version, field for field. The key order here is the
 * order on disk; the model stays free of Jackson. Every field is required (the reader refuses
 * missing fields and nulls), so conversion to the model needs no defaults.
 */
@JsonPropertyOrder({"schemaVersion", "name", "description", "units", "workload", "referenceModel", "fixedCosts", "pareto"})
record ScenarioDto(int schemaVersion, String name, String description, UnitsDto units, WorkloadDto workload,
                   ModelPriceDto referenceModel, FixedCostsDto fixedCosts, ParetoDto pareto) {

    /** The units a file states its numbers in; only {@link #SUPPORTED} is accepted. */
    @JsonPropertyOrder({"currency", "tokenPrices", "fixedCosts"})
    record UnitsDto(String currency, String tokenPrices, String fixedCosts) {
        static final UnitsDto SUPPORTED = new UnitsDto("USD", "per 1M tokens", "per month");
    }

    @JsonPropertyOrder({"queriesPerDay", "inputTokensPerQuery", "outputTokensPerQuery", "daysPerMonth"})
    record WorkloadDto(double queriesPerDay, double inputTokensPerQuery, double outputTokensPerQuery,
                       double daysPerMonth) {
    }

    @JsonPropertyOrder({"name", "inputUsdPer1MTokens", "outputUsdPer1MTokens"})
    record ModelPriceDto(String name, double inputUsdPer1MTokens, double outputUsdPer1MTokens) {
    }

    @JsonPropertyOrder({"infrastructure", "engineering", "quality", "operational"})
    record FixedCostsDto(List<LineItemDto> infrastructure, EngineeringDto engineering, List<LineItemDto> quality,
                         List<LineItemDto> operational) {
    }

    @JsonPropertyOrder({"hourlyRateUsd", "tasks"})
    record EngineeringDto(double hourlyRateUsd, List<TaskDto> tasks) {
    }

    @JsonPropertyOrder({"name", "usdPerMonth"})
    record LineItemDto(String name, double usdPerMonth) {
    }

    @JsonPropertyOrder({"name", "hoursPerMonth"})
    record TaskDto(String name, double hoursPerMonth) {
    }

    /**
     * The Pareto section. {@code objectives} is a {@link ParetoObjectives#id()}, {@code rule} a
     * {@link ParetoAnalysis.Rule#id()}; the reader checks both before {@link #toModel()}.
     */
    @JsonPropertyOrder({"objectives", "rule", "constraints", "plan", "configurations"})
    record ParetoDto(String objectives, String rule, ConstraintsDto constraints, PlanDto plan,
                     List<ConfigurationDto> configurations) {
        static final ParetoDto EMPTY = ParetoDto.from(ParetoSection.EMPTY);

        static ParetoDto from(ParetoSection section) {
            ParetoConstraints c = section.constraints();
            return new ParetoDto(section.objectives().id(), section.rule().id(),
                    new ConstraintsDto(limit(c.minQuality()), limit(c.maxLatencyMs()), limit(c.maxCostPerQueryUsd())),
                    new PlanDto(limit(section.plan().quality()), limit(section.plan().latencyMs())),
                    section.configurations().stream().map(k -> new ConfigurationDto(k.name(), k.quality(),
                            k.costPerQueryUsd(), k.latencyMs(), k.notes())).toList());
        }

        ParetoSection toModel() {
            return new ParetoSection(
                    configurations.stream().map(k -> new ParetoConfiguration(k.name, k.quality, k.costPerQueryUsd,
                            k.latencyMs, k.notes)).toList(),
                    ParetoObjectives.fromId(objectives), new ParetoConstraints(constraints.minQuality.toModel(),
                            constraints.maxLatencyMs.toModel(), constraints.maxCostPerQueryUsd.toModel()),
                    ParetoAnalysis.Rule.fromId(rule).orElseThrow(),
                    new ParetoPlan(plan.quality.toModel(), plan.latencyMs.toModel()));
        }

        private static LimitDto limit(ParetoLimit limit) {
            return new LimitDto(limit.enabled(), limit.value());
        }
    }

    @JsonPropertyOrder({"minQuality", "maxLatencyMs", "maxCostPerQueryUsd"})
    record ConstraintsDto(LimitDto minQuality, LimitDto maxLatencyMs, LimitDto maxCostPerQueryUsd) {
    }

    /** The current plan's measured quality (0..1) and p50 latency; a disabled value is not measured. */
    @JsonPropertyOrder({"quality", "latencyMs"})
    record PlanDto(LimitDto quality, LimitDto latencyMs) {
    }

    @JsonPropertyOrder({"enabled", "value"})
    record LimitDto(boolean enabled, double value) {
        ParetoLimit toModel() {
            return new ParetoLimit(enabled, value);
        }
    }

    @JsonPropertyOrder({"name", "quality", "costPerQueryUsd", "latencyMs", "notes"})
    record ConfigurationDto(String name, double quality, double costPerQueryUsd, double latencyMs, String notes) {
    }

    static ScenarioDto from(Scenario scenario) {
        Workload w = scenario.workload();
        ModelPrice m = scenario.referenceModel();
        FixedCosts f = scenario.fixedCosts();
        Engineering e = f.engineering();
        return new ScenarioDto(ScenarioFiles.CURRENT_SCHEMA_VERSION, scenario.name(), scenario.description(),
                UnitsDto.SUPPORTED,
                new WorkloadDto(w.queriesPerDay(), w.inputTokensPerQuery(), w.outputTokensPerQuery(), w.daysPerMonth()),
                new ModelPriceDto(m.name(), m.inputUsdPer1MTokens(), m.outputUsdPer1MTokens()),
                new FixedCostsDto(lines(f.infrastructure()),
                        new EngineeringDto(e.hourlyRateUsd(),
                                e.tasks().stream().map(t -> new TaskDto(t.name(), t.hoursPerMonth())).toList()),
                        lines(f.quality()), lines(f.operational())),
                ParetoDto.from(scenario.pareto()));
    }

    /** The model value; the caller has made sure no field is null. */
    Scenario toModel() {
        return new Scenario(name, description,
                new Workload(workload.queriesPerDay, workload.inputTokensPerQuery, workload.outputTokensPerQuery,
                        workload.daysPerMonth),
                new ModelPrice(referenceModel.name, referenceModel.inputUsdPer1MTokens,
                        referenceModel.outputUsdPer1MTokens),
                new FixedCosts(items(fixedCosts.infrastructure),
                        new Engineering(fixedCosts.engineering.hourlyRateUsd,
                                fixedCosts.engineering.tasks.stream()
                                        .map(t -> new EngineeringTask(t.name, t.hoursPerMonth)).toList()),
                        items(fixedCosts.quality), items(fixedCosts.operational)),
                pareto.toModel());
    }

    private static List<LineItemDto> lines(List<LineItem> items) {
        return items.stream().map(i -> new LineItemDto(i.name(), i.usdPerMonth())).toList();
    }

    private static List<LineItem> items(List<LineItemDto> lines) {
        return lines.stream().map(l -> new LineItem(l.name, l.usdPerMonth)).toList();
    }
}
