package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.routing.RoutingTier;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Routing tab on the bundled scenario's three tiers (exercise 12.4.4), driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class RoutingTabTest {
    private PlannerViewModel viewModel;
    private Path catalogFile;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("routing-gui");
        catalogFile = folder.resolve("price-catalog.json");
        System.setProperty("llmcostplanner.catalog", catalogFile.toString()); // none yet: the bundled prices
        Path file = folder.resolve("saas-support.json");
        Files.copy(Path.of("scenarios", "saas-support.json"), file);
        viewModel = new PlannerViewModel(ScenarioFiles.read(file), file, new RecentFiles(folder.resolve("recent.txt"), 10));
        window = PlannerApp.show(stage, viewModel);
    }

    private void awaitCharts(List<ChartPane> charts) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> charts.stream().allMatch(ChartPane::isUpToDate)).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("charts not redrawn; message bar: " + window.messages().message(), e);
        }
    }

    private static String text(FxRobot robot, String query) {
        return WindowShots.label(robot, query);
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WindowShots.save(robot, window.getScene(), name);
    }

    @Test
    void applyingTheCheapestMixFor92PercentMovesTcoAndTheParetoPlanPoint(FxRobot robot) throws Exception {
        robot.clickOn("Routing");
        awaitCharts(window.routing().charts());
        // 3/7 x 400 ms + 4/7 x 600 ms + the router's 5 ms = 519.3 ms.
        assertEquals("$0.001941 per query at 92.0% quality, 519 ms: 42.9% Medium: GPT-4o-mini, 57.1% Hard: GPT-4o.",
                text(robot, "#routing-optimal"));
        assertEquals("$0.0004340", text(robot, "#routing-router-0"), "70/20/10 router, per query");
        assertEquals("86.6%", text(robot, "#routing-router-2"));
        assertEquals("$0.0005485", text(robot, "#routing-cascade-0"), "the cascade over the same tiers");
        snapshot(robot, "routing.png");

        robot.clickOn("#routing-enabled");
        robot.clickOn("#routing-apply");
        awaitCharts(window.routing().charts());

        List<RoutingTier> tiers = viewModel.getScenario().routing().tiers();
        assertEquals(0, tiers.get(0).share(), 1e-9);
        assertEquals(3.0 / 7, tiers.get(1).share(), 1e-9);
        assertEquals(4.0 / 7, tiers.get(2).share(), 1e-9);
        assertTrue(robot.lookup("#routing-apply").queryAs(Button.class).isDisabled(), "nothing left to apply");
        // The plan now pays (3 x 0.000195 + 4 x 0.00325) / 7 per query: x 300,000 a month = $582.21.
        double api = 300_000 * (3 * 0.000195 + 4 * 0.00325) / 7;
        assertEquals(api, viewModel.getEvaluation().monthly().get(CostCategory.API), 1e-6);
        assertEquals(975.0, viewModel.getEvaluation().api().baselineUsdPerMonth(), 1e-9);
        snapshot(robot, "routing-applied.png");

        robot.clickOn("TCO");
        awaitCharts(window.tco().charts());
        var pie = ((PiePlot<?>) window.tco().charts().get(0).chart().getPlot()).getDataset();
        int apiSlice = java.util.stream.IntStream.range(0, pie.getItemCount()).filter(i -> pie.getKey(i).equals(CostCategory.API)
                || pie.getKey(i).toString().equals(CostCategory.API.label())).findFirst().orElseThrow();
        assertEquals(api, pie.getValue(apiSlice).doubleValue(), 1e-6);
        snapshot(robot, "routing-tco.png");

        robot.clickOn("Pareto");
        awaitCharts(window.pareto().charts());
        XYPlot scatter = (XYPlot) window.pareto().charts().get(0).chart().getPlot();
        var plan = scatter.getDataset(2);
        assertEquals(api / 300_000, plan.getXValue(0, 0), 1e-12, "the plan point sits at the mix's cost");
        assertEquals(92.0, plan.getYValue(0, 0), 1e-9, "and at its blended quality");
        assertTrue(text(robot, "#pareto-plan").startsWith("Current plan (routed over 3 tiers): 92.0% quality at $0.001941"),
                text(robot, "#pareto-plan"));
        assertTrue(text(robot, "#pareto-plan-title").startsWith("The reference model as measured (the plan is routed"));
        snapshot(robot, "routing-pareto.png");
    }

    @Test
    void sharesThatDoNotTotal100PercentAreNamedAndScaledInOneClick(FxRobot robot) throws Exception {
        robot.clickOn("Routing");
        awaitCharts(window.routing().charts());
        var table = window.routing().table().table();
        robot.interact(() -> table.edit(0, table.getColumns().get(2)));
        robot.write("50").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.5, viewModel.getScenario().routing().tiers().get(0).share(), 1e-12);
        assertEquals("The shares total 80.0%, not 100%: the figures scale them to 100%.", text(robot, "#routing-shares-note"));
        robot.clickOn("#routing-normalise");
        WaitForAsyncUtils.waitForFxEvents();

        List<RoutingTier> tiers = viewModel.getScenario().routing().tiers();
        assertEquals(0.5 / 0.8, tiers.get(0).share(), 1e-12);
        assertEquals(1, tiers.stream().mapToDouble(RoutingTier::share).sum(), 1e-12);
        assertFalse(robot.lookup("#routing-shares-note").queryAs(Label.class).getParent().isVisible());

        robot.interact(() -> table.edit(1, table.getColumns().get(3)));
        robot.write("120").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Quality (%) of tier 'Medium: GPT-4o-mini' must be between 0 and 100 (was 120)",
                text(robot, "#routing-table-error"));
        assertEquals(0.88, viewModel.getScenario().routing().tiers().get(1).quality(), 0, "the scenario keeps its value");
    }

    /** Starts editing a row's model and waits until its search field has the keyboard. */
    private static void editModel(FxRobot robot, javafx.scene.control.TableView<Integer> table, int row) throws Exception {
        robot.interact(() -> table.edit(row, table.getColumns().get(1)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#routing-model-search").tryQuery()
                .map(javafx.scene.Node::isFocused).orElse(false));
    }

    /**
     * Waits until the suggestion list shows what the last keystroke asks for: ControlsFX fetches
     * suggestions on a background thread, and on a loaded machine the list for an earlier prefix
     * ("claude-") can still be up, its first entry the one Enter would take.
     */
    private static void awaitSuggestions(FxRobot robot, java.util.List<String> expected) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            var lists = robot.lookup(".auto-complete-popup .list-view").queryAll();
            java.util.List<?> shown = lists.isEmpty() ? java.util.List.of()
                    : ((javafx.scene.control.ListView<?>) lists.iterator().next()).getItems();
            return shown.equals(expected);
        }).get());
    }

    @Test
    void choosingAModelFromTheCatalogFillsInItsDatedPrices(FxRobot robot) throws Exception {
        robot.clickOn("Routing");
        awaitCharts(window.routing().charts());
        var table = window.routing().table().table();
        editModel(robot, table, 2);
        robot.write("claude-haiku-4-5");
        awaitSuggestions(robot, java.util.List.of("claude-haiku-4-5"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        var model = viewModel.getScenario().routing().tiers().get(2).model();
        assertEquals("claude-haiku-4-5", model.name());
        assertEquals(1.00, model.inputUsdPer1MTokens());
        assertEquals(5.00, model.outputUsdPer1MTokens());
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 28)), model.pricesAsOf());

        editModel(robot, table, 2);
        robot.write("my-self-hosted-llama");
        WaitForAsyncUtils.waitForFxEvents(); // as a person would: the suggestion list has caught up before Enter
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        model = viewModel.getScenario().routing().tiers().get(2).model();
        assertEquals("my-self-hosted-llama", model.name());
        assertEquals(1.00, model.inputUsdPer1MTokens(), "a name outside the catalog keeps the prices");
        assertEquals(java.util.Optional.empty(), model.pricesAsOf(), "now typed by hand");
        assertEquals(ScenarioEvaluator.evaluate(viewModel.getScenario()), viewModel.getEvaluation());
    }

    @Test
    void anOlderPlanKeepsItsPricesUntilTheUserTakesTheCatalogsNewerOnes(FxRobot robot) throws Exception {
        assertEquals("", window.messages().message(), "the bundled plan carries the catalog's prices");
        Path old = Files.createTempDirectory("routing-old").resolve("old-plan.json");
        // A plan made on 2026-01-15 when GPT-4o-mini cost $0.30 / $1.20 per 1M tokens.
        Files.writeString(old, Files.readString(Path.of("scenarios", "saas-support.json"))
                .replace("\"inputUsdPer1MTokens\" : 0.15,\n        \"outputUsdPer1MTokens\" : 0.6,\n        \"pricesAsOf\" : \"2026-11-28\"",
                        "\"inputUsdPer1MTokens\" : 0.3,\n        \"outputUsdPer1MTokens\" : 1.2,\n        \"pricesAsOf\" : \"2026-01-15\""));
        robot.interact(() -> {
            try {
                viewModel.open(old);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        assertEquals(0.3, viewModel.getScenario().routing().tiers().get(1).model().inputUsdPer1MTokens(), 0, "reopened as saved");
        assertEquals("The price catalog of 2026-11-28 has newer prices for 1 model in this plan: Tier 'Medium: GPT-4o-mini' "
                + "gpt-4o-mini: $0.30 / $1.20 (2026-01-15) -> $0.15 / $0.60 (2026-11-28) per 1M input / output tokens.",
                window.messages().message());
        robot.clickOn("#message-action");

        var model = viewModel.getScenario().routing().tiers().get(1).model();
        assertEquals(0.15, model.inputUsdPer1MTokens(), 0);
        assertEquals(0.60, model.outputUsdPer1MTokens(), 0);
        assertEquals(java.util.Optional.of(java.time.LocalDate.of(2026, 11, 28)), model.pricesAsOf());
        assertEquals("", window.messages().message());
    }

    @Test
    void refreshingPricesFromALiteLlmFileReportsTheChangesSavesThemAndOffersThemToThePlan(FxRobot robot) throws Exception {
        Path litellm = catalogFile.resolveSibling("model_prices_and_context_window.json");
        Files.writeString(litellm, """
                {"sample_spec": {},
                 "gpt-4o-mini": {"litellm_provider": "openai", "mode": "chat", "input_cost_per_token": 1e-07,
                                 "output_cost_per_token": 4e-07, "cache_read_input_token_cost": 5e-08},
                 "new-cheap-model": {"litellm_provider": "groq", "mode": "chat", "input_cost_per_token": 2e-08,
                                 "output_cost_per_token": 4e-08}}
                """);

        var task = WaitForAsyncUtils.asyncFx(() -> window.catalogFiles().refresh(litellm)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> task.isDone() && window.messages().message().startsWith("Prices"));
        WaitForAsyncUtils.waitForFxEvents();

        String message = window.messages().message();
        assertTrue(message.startsWith("Prices refreshed from model_prices_and_context_window.json: 1 model added, 1 changed, "
                + "0 unchanged. The price catalog of "), message);
        assertTrue(message.contains("Tier 'Medium: GPT-4o-mini' gpt-4o-mini: $0.15 / $0.60 (2026-11-28) -> $0.10 / $0.40"), message);
        assertTrue(Files.exists(catalogFile), "the refreshed catalog is saved");
        assertEquals(0.10, org.llmcostplanner.io.PriceCatalogFiles.read(catalogFile).find("gpt-4o-mini").orElseThrow()
                .prices().input(), 1e-12);
        assertTrue(window.catalogFiles().catalogProperty().get().find("new-cheap-model").isPresent());
        robot.clickOn("#message-action");
        assertEquals(0.10, viewModel.getScenario().routing().tiers().get(1).model().inputUsdPer1MTokens(), 1e-12);
    }

    @Test
    void theCatalogBrowserFindsAModelAndGivesTheSelectedTierItsPrices(FxRobot robot) throws Exception {
        robot.clickOn("Routing");
        awaitCharts(window.routing().charts());
        var table = window.routing().table().table();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(1));
        robot.clickOn("#routing-catalog");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#catalog-search").tryQuery().isPresent());
        robot.clickOn("#catalog-search").write("flash-lite");
        WaitForAsyncUtils.waitForFxEvents();
        WindowShots.save(robot, robot.lookup("#catalog-table").query().getScene(), "routing-catalog.png");
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // The first match in the catalog's order (provider, then id): Google's gemini-2.5-flash-lite at $0.10 / $0.40.
        var model = viewModel.getScenario().routing().tiers().get(1).model();
        assertEquals("gemini/gemini-2.5-flash-lite", model.name());
        assertEquals(0.10, model.inputUsdPer1MTokens());
        assertEquals(0.40, model.outputUsdPer1MTokens());
        assertEquals("Medium: GPT-4o-mini", viewModel.getScenario().routing().tiers().get(1).name(), "the tier keeps its name");
    }
}
