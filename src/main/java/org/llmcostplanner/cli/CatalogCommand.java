package org.llmcostplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.llmcostplanner.io.LiteLlmPrices;
import org.llmcostplanner.io.PriceCatalogFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.CatalogChanges;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code catalog list} and {@code catalog import FILE}: the price catalog, headless. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the model price catalog, or refresh it from LiteLLM's model_prices_and_context_window.json.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ImportCommand.class})
final class CatalogCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The user's catalog file unless {@code --catalog} names another. */
    static Path catalogFile(Path option) {
        return option != null ? option : PriceCatalogFiles.userCatalog();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every model with its prices per 1M tokens.")
    static final class ListCommand implements Callable<Integer> {
        @Option(names = "--provider", description = "only this provider's models (e.g. OpenAI)")
        private String provider;

        @Option(names = "--catalog", description = "catalog file (default: ~/.config/llm-cost-planner/price-catalog.json, "
                + "else the bundled one)")
        private Path catalog;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PriceCatalog prices;
            try {
                prices = PriceCatalogFiles.inEffect(catalogFile(catalog));
            } catch (ScenarioFileException refused) {
                spec.commandLine().getErr().println(refused.getMessage());
                return PlannerCli.EXIT_INVALID;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "Prices in USD per 1M tokens, as of %s%n", prices.asOf());
            out.printf(Locale.ROOT, "%-44s %-12s %9s %9s %9s %9s %9s %10s %s%n", "Model", "Provider", "Input", "Output",
                    "Cached", "Batch in", "Batch out", "Context", "As of");
            for (CatalogEntry entry : prices.entries()) {
                if (provider != null && !entry.provider().equalsIgnoreCase(provider)) {
                    continue;
                }
                var p = entry.prices();
                out.printf(Locale.ROOT, "%-44s %-12s %9s %9s %9s %9s %9s %10s %s%n", entry.id(), entry.provider(),
                        Money.usdPrice(p.input()), Money.usdPrice(p.output()), price(p.cachedInput()),
                        price(p.batchInput()), price(p.batchOutput()),
                        entry.contextTokens().isPresent() ? Money.count(entry.contextTokens().getAsLong()) : "-", entry.asOf());
            }
            return 0;
        }

        private static String price(OptionalDouble price) {
            return price.isPresent() ? Money.usdPrice(price.getAsDouble()) : "-";
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Update the catalog from LiteLLM's model_prices_and_context_window.json and report what changed.")
    static final class ImportCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "LiteLLM price file (.json, prices per token)")
        private Path file;

        @Option(names = "--catalog", description = "catalog file to update (default: ~/.config/llm-cost-planner/price-catalog.json)")
        private Path catalog;

        @Option(names = "--dry-run", description = "report what would change without saving")
        private boolean dryRun;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Path target = catalogFile(catalog);
            PriceCatalog before;
            LiteLlmPrices.Import imported;
            try {
                before = PriceCatalogFiles.inEffect(target);
                imported = LiteLlmPrices.read(file, LocalDate.now(), fraction -> { });
            } catch (ScenarioFileException refused) {
                err.println(refused.getMessage());
                return PlannerCli.EXIT_INVALID;
            }
            CatalogChanges changes = CatalogChanges.of(before, imported.entries());
            int skipped = imported.skipped();
            out.println(imported.entries().size() + " models read from " + file + " (" + skipped
                    + (skipped == 1 ? " entry" : " entries") + " skipped: not text models); " + changes.summary() + ".");
            changes.added().forEach(id -> out.println("  added: " + id));
            changes.changed().forEach(change -> out.println("  changed: " + change));
            imported.refused().forEach(reason -> err.println(file + ", " + reason));
            if (dryRun) {
                out.println("Dry run: " + target + " not changed.");
                return 0;
            }
            PriceCatalogFiles.write(before.updatedWith(imported.entries()),
                    "Bundled catalog updated from " + file.getFileName() + " on " + LocalDate.now() + ".", target);
            out.println("Saved " + target + ".");
            return 0;
        }
    }
}
