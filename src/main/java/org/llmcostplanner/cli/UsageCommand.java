package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.llmcostplanner.io.PriceCatalogFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageLogReader;
import org.llmcostplanner.model.usage.Anomalies;
import org.llmcostplanner.model.usage.Anomaly;
import org.llmcostplanner.model.usage.AnomalySettings;
import org.llmcostplanner.model.usage.BudgetAlert;
import org.llmcostplanner.model.usage.BudgetAlerts;
import org.llmcostplanner.model.usage.Budgets;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code usage FILE...}: usage logs read in one streaming pass each, their spend and alerts. */
@Command(name = "usage", mixinStandardHelpOptions = true,
        description = {"Read usage logs (CSV or JSON Lines; one row per call) and print the spend by model, feature, day"
                + " and user, latency, the retry share of cost, budget alerts and anomalies.",
                "Columns: the fields of exercise 12.4.5 (timestamp, request_id, model, feature, user_id, input_tokens,"
                        + " output_tokens, cached_tokens, latency_ms, cost_usd, status_code, is_retry) or common synonyms"
                        + " (--columns auto), or Langfuse observations (--columns langfuse). A row without a cost is priced"
                        + " from the price catalog and counted as estimated; a row that cannot be read is counted by reason."})
final class UsageCommand implements Callable<Integer> {
    enum Format { json, table }

    enum Columns { auto, standard, langfuse }

    /** Users listed by spend. */
    static final int TOP_USERS = 10;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "usage logs, .csv or .jsonl")
    private List<Path> files;

    @Option(names = "--tz", defaultValue = "UTC", description = "time zone days are counted in, and that timestamps"
            + " without an offset are read in (default UTC), e.g. Europe/Berlin")
    private String zone;

    @Option(names = "--daily-budget", paramLabel = "USD", description = "a daily budget for all calls; a day's spend alerts at each --alert-at share of it")
    private Double dailyBudget;

    @Option(names = "--model-budget", paramLabel = "MODEL=USD", description = "a daily budget for one"
            + " model, by its name in the logs; repeat for more models")
    private Map<String, String> modelBudgets = new LinkedHashMap<>();

    @Option(names = "--feature-budget", paramLabel = "FEATURE=USD", description = "a daily budget for one feature; repeat for"
            + " more features")
    private Map<String, String> featureBudgets = new LinkedHashMap<>();

    @Option(names = "--alert-at", paramLabel = "PERCENT", split = ",", description = "the percentages of each budget that"
            + " alert (default 50,80,100)")
    private List<Double> alertPercents;

    @Option(names = "--columns", defaultValue = "auto", description = "auto (guess from the header; default), standard or langfuse")
    private Columns columns;

    @Option(names = "--catalog", description = "price catalog for rows without a cost (default: the catalog in effect)")
    private Path catalog;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or table")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ZoneId days;
        try {
            days = ZoneId.of(zone);
        } catch (DateTimeException notAZone) {
            throw new ParameterException(spec.commandLine(), "--tz must be a time zone such as UTC, Europe/Berlin or"
                    + " +02:00 (was '" + zone + "')");
        }
        Budgets budgets = budgets();
        UsageAggregator aggregator = new UsageAggregator(days);
        try {
            var prices = catalog != null ? PriceCatalogFiles.read(catalog) : PriceCatalogFiles.inEffect(CatalogCommand.catalogFile(null));
            for (Path file : files) {
                UsageLogReader.Format fileFormat = UsageLogReader.Format.of(file);
                UsageColumns mapping = switch (columns) {
                    case standard -> UsageColumns.STANDARD;
                    case langfuse -> UsageColumns.LANGFUSE;
                    case auto -> UsageColumns.guess(UsageLogReader.columnsOf(file, fileFormat));
                };
                if (!mapping.missingRequired().isEmpty()) {
                    spec.commandLine().getErr().println(file + ": no column for " + String.join(", ", mapping.missingRequired()
                            .stream().map(field -> field.standardName()).toList()) + "; name the columns as in --help, or"
                            + " use --columns standard or langfuse");
                    return PlannerCli.EXIT_INVALID;
                }
                new UsageLogReader(mapping, days, prices).read(file, fileFormat, aggregator, UsageLogReader.Progress.NONE,
                        () -> false);
            }
        } catch (ScenarioFileException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return PlannerCli.EXIT_INVALID;
        }
        UsageDashboard dashboard = aggregator.dashboard(UsageFilter.ALL, TOP_USERS);
        List<BudgetAlert> alerts = BudgetAlerts.check(aggregator, UsageFilter.ALL, budgets);
        List<Anomaly> anomalies = Anomalies.find(aggregator, UsageFilter.ALL, AnomalySettings.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? UsageReport.json(dashboard, alerts, anomalies)
                : UsageReport.table(dashboard, alerts, anomalies));
        return 0;
    }

    /** The budgets of the options; a value out of range is refused naming its option. */
    private Budgets budgets() {
        Budgets budgets = Budgets.NONE;
        if (alertPercents != null) {
            for (double percent : alertPercents) {
                requireAbove0("--alert-at", percent, "%");
            }
            budgets = budgets.withThresholds(alertPercents.stream().map(percent -> percent / 100).toList());
        }
        if (dailyBudget != null) {
            budgets = budgets.withDailyUsd(requireAbove0("--daily-budget", dailyBudget, " USD"));
        }
        for (Map.Entry<String, String> entry : modelBudgets.entrySet()) {
            budgets = budgets.withModel(entry.getKey(), requireAbove0("--model-budget " + entry.getKey(), usdOf(
                    "--model-budget", entry), " USD"));
        }
        for (Map.Entry<String, String> entry : featureBudgets.entrySet()) {
            budgets = budgets.withFeature(entry.getKey(), requireAbove0("--feature-budget " + entry.getKey(), usdOf(
                    "--feature-budget", entry), " USD"));
        }
        return budgets;
    }

    private double usdOf(String option, Map.Entry<String, String> entry) {
        try {
            return Double.parseDouble(entry.getValue().strip());
        } catch (NumberFormatException notANumber) {
            throw new ParameterException(spec.commandLine(), option + " takes NAME=USD, e.g. gpt-4o=25 (was '"
                    + entry.getKey() + "=" + entry.getValue() + "')");
        }
    }

    private double requireAbove0(String option, double value, String unit) {
        if (!(value > 0 && value < 1e12)) {
            throw new ParameterException(spec.commandLine(), option + " must be above 0" + unit + " (was " + value + ")");
        }
        return value;
    }

    /** USD from whole nano-USD, exactly: to the cent or finer. */
    static BigDecimal usd(long nanoUsd) {
        BigDecimal value = BigDecimal.valueOf(nanoUsd, 9).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
