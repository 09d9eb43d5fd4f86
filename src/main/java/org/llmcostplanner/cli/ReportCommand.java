package org.llmcostplanner.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.PlanComparison;

/** {@code report SCENARIO [--format json|table]}: the evaluated plan. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the evaluated plan of a scenario file (JSON numbers in USD, or a table).")
final class ReportCommand implements Callable<Integer> {
    enum Format { json, table }

    @Parameters(paramLabel = "SCENARIO", description = "scenario file (.json)")
    private Path file;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or table")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Optional<Scenario> read = PlannerCli.readScenario(file, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return PlannerCli.EXIT_INVALID;
        }
        Scenario scenario = read.get();
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        spec.commandLine().getOut().print(format == Format.json ? json(scenario, evaluation) : table(scenario, evaluation));
        return 0;
    }

    static String json(Scenario scenario, Evaluation evaluation) throws Exception {
        ObjectMapper mapper = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario.name());
        root.put("queriesPerMonth", plain(evaluation.queriesPerMonth()));
        root.put("costPerQuery", plain(evaluation.costPerQueryUsd()));
        root.put("apiShareOfTotal", plain(evaluation.apiShare()));
        MonthlyCosts monthly = evaluation.monthly();
        ObjectNode costs = root.putObject("monthly");
        costs.put("api", plain(monthly.api()));
        costs.put("infrastructure", plain(monthly.infrastructure()));
        costs.put("engineering", plain(monthly.engineering()));
        costs.put("quality", plain(monthly.quality()));
        costs.put("operational", plain(monthly.operational()));
        costs.put("total", plain(monthly.total()));
        ObjectNode api = root.putObject("apiMonthly");
        api.put("baseline", plain(evaluation.api().baselineUsdPerMonth()));
        api.put("optimised", plain(evaluation.api().optimisedUsdPerMonth()));
        api.put("savings", plain(evaluation.api().savingsUsdPerMonth()));
        WaterfallReport.json(root, scenario, evaluation, ReportCommand::plain);
        ParetoAnalysis pareto = scenario.pareto().analyse();
        ObjectNode frontier = root.putObject("pareto");
        var names = frontier.putArray("frontier");
        pareto.frontier().forEach(member -> names.add(member.name()));
        frontier.put("recommended", pareto.recommendedConfiguration().map(ParetoConfiguration::name).orElse(null));
        frontier.put("summary", pareto.summary());
        frontier.put("currentPlan", PlanComparison.describe(pareto, scenario.planName(),
                evaluation.apiUsdPerQuery(), scenario.planMeasurements()));
        RoutingReport.json(root, scenario, ReportCommand::plain);
        PromptsReport.json(root, scenario, ReportCommand::plain);
        CachingReport.json(root, scenario, ReportCommand::plain);
        SelfHostReport.json(root, scenario, evaluation, ReportCommand::plain);
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    /** Plain decimal (never 1.0E7), shortest form that reads back as the same double. */
    static BigDecimal plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }

    static String table(Scenario scenario, Evaluation evaluation) {
        MonthlyCosts monthly = evaluation.monthly();
        StringBuilder text = new StringBuilder();
        String rule = "-".repeat(48) + System.lineSeparator();
        text.append(scenario.name()).append(System.lineSeparator());
        text.append("TCO breakdown (monthly)").append(System.lineSeparator()).append(rule);
        for (CostCategory category : CostCategory.values()) {
            text.append(String.format(java.util.Locale.US, "  %-18s %15s  %6s%n", category.label(),
                    Money.usd(monthly.get(category)), Money.percent(monthly.share(category))));
        }
        text.append(rule);
        text.append(String.format(java.util.Locale.US, "  %-18s %15s%n", "Total", Money.usd(monthly.total())));
        text.append(String.format(java.util.Locale.US, "  %-18s %15s%n", "Cost per query",
                Money.usdPrecise(evaluation.costPerQueryUsd())));
        text.append(String.format(java.util.Locale.US, "  %-18s %15s%n", "Queries per month",
                Money.count(evaluation.queriesPerMonth())));
        text.append(WaterfallReport.table(scenario, evaluation));
        text.append(RoutingReport.table(scenario));
        text.append(PromptsReport.table(scenario));
        text.append(CachingReport.table(scenario));
        text.append(SelfHostReport.table(scenario, evaluation));
        return text.toString();
    }
}
