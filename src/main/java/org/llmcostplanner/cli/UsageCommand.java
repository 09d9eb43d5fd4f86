package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
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

    @Option(names = "--daily-budget", paramLabel = "USD", description = "alert when a day's spend reaches 50%, 80% and 100% of it")
    private Double dailyBudget;

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
        if (dailyBudget != null && !(dailyBudget > 0 && dailyBudget < 1e12)) {
            throw new ParameterException(spec.commandLine(), "--daily-budget must be above 0 USD (was " + dailyBudget + ")");
        }
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
        List<BudgetAlert> alerts = dailyBudget == null ? List.of()
                : BudgetAlerts.check(aggregator, UsageFilter.ALL, Budgets.daily(dailyBudget));
        List<Anomaly> anomalies = Anomalies.find(aggregator, UsageFilter.ALL, AnomalySettings.DEFAULT);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? UsageReport.json(dashboard, alerts, anomalies)
                : UsageReport.table(dashboard, alerts, anomalies));
        return 0;
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
