package org.llmcostplanner.ui;

import java.util.Optional;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.format.Percent;
import org.llmcostplanner.model.format.Ranges;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoInputs;

/**
 * The benchmarked configurations as an editable table in the user's order (a {@link ListTable}):
 * edit cells in place, add, duplicate, remove (several at once) and move rows; a table of 10,000
 * rows costs only the rows on screen. The first column says where each row stands.
 */
final class ParetoTable extends VBox {
    static final String RECOMMENDED = "Recommended";
    static final String FRONTIER = "Frontier";
    static final String DOMINATED = "Dominated";

    private final PlannerViewModel viewModel;
    private final ListTable<ParetoConfiguration> rows;
    private final Label count = new Label();

    /**
     * @param importCsv  asks for a CSV file and imports it
     * @param exportCsv  asks for a file and writes the configurations to it
     */
    ParetoTable(PlannerViewModel viewModel, Runnable importCsv, Runnable exportCsv) {
        this.viewModel = viewModel;
        this.rows = new ListTable<>("pareto", () -> viewModel.getScenario().pareto().configurations(),
                items -> viewModel.edit(scenario -> scenario.withPareto(scenario.pareto().withConfigurations(items))),
                c -> "'" + c.name() + "'");
        createView(importCsv, exportCsv);
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (old == null || old.pareto().configurations() != scenario.pareto().configurations()) {
                rows.hideError(); // a refused cell's message is about rows that changed since
                showRows(scenario);
            }
        });
        viewModel.paretoAnalysisProperty().addListener((obs, old, analysis) -> {
            rows.showChanges(); // where each row stands may change with the objectives or the limits
            showCount();
        });
        showRows(viewModel.getScenario());
    }

    private void createView(Runnable importCsv, Runnable exportCsv) {
        TableView<Integer> table = rows.table();
        table.setPlaceholder(new Label("No configurations: press Add, or import a CSV"));
        TableColumn<Integer, String> standing = new TableColumn<>("Standing");
        standing.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(standing(row.getValue())));
        standing.setCellFactory(c -> new CommittingTextCell<>(Pos.CENTER_LEFT, rows.shownVersion()));
        standing.setEditable(false);
        standing.setSortable(false);
        standing.setPrefWidth(122);
        standing.setMinWidth(122);
        standing.setMaxWidth(122);
        table.getColumns().add(standing);
        table.getColumns().add(rows.textColumn("Name", 210, Pos.CENTER_LEFT, ParetoConfiguration::name,
                (c, text) -> rows.renamed(c, text, ParetoConfiguration::withName)));
        table.getColumns().add(rows.textColumn("Quality %", 92, Pos.CENTER_RIGHT,
                c -> NumberText.format(Percent.fromFraction(c.quality()), 2),
                (c, text) -> rows.number(c, text, "Quality (%)", percent -> Ranges.problem(percent, 0, 100),
                        percent -> c.withQuality(Percent.toFraction(percent)))));
        table.getColumns().add(rows.textColumn("USD / query", 104, Pos.CENTER_RIGHT,
                c -> NumberText.format(c.costPerQueryUsd(), 8),
                (c, text) -> rows.number(c, text, "Cost per query (USD)", ParetoInputs::costPerQueryProblem, c::withCostPerQueryUsd)));
        table.getColumns().add(rows.textColumn("p50 ms", 76, Pos.CENTER_RIGHT,
                c -> NumberText.format(c.latencyMs(), 1),
                (c, text) -> rows.number(c, text, "p50 latency (ms)", ParetoInputs::latencyProblem, c::withLatencyMs)));
        table.getColumns().add(rows.textColumn("Notes", 140, Pos.CENTER_LEFT, ParetoConfiguration::notes,
                (c, text) -> Optional.of(c.withNotes(text.strip()))));

        Label title = new Label("Configurations");
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer);
        header.getChildren().addAll(rows.rowButtons("configuration",
                () -> rows.addRow(new ParetoConfiguration("New configuration", 0.90, 0.001, 500), 1),
                c -> c.withName(c.name() + " (copy)")));
        header.setAlignment(Pos.CENTER_LEFT);
        Button importButton = ListTable.button("Import CSV...", "pareto-import",
                "Read configurations from a CSV file with the columns name,quality,cost_per_query,latency_ms", importCsv);
        Button exportButton = ListTable.button("Export CSV...", "pareto-export", "Write the configurations to a CSV file", exportCsv);
        count.setId("pareto-count");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(6, count, gap, importButton, exportButton);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table, rows.error(), footer);
        setSpacing(6);
    }

    private String standing(int row) {
        ParetoAnalysis analysis = viewModel.getParetoAnalysis();
        if (row >= analysis.configurations().size()) {
            return "";
        }
        if (analysis.recommended().orElse(-1) == row) {
            return RECOMMENDED;
        }
        return analysis.isOnFrontier(row) ? FRONTIER : DOMINATED;
    }

    private void showRows(Scenario scenario) {
        rows.showRows(scenario.pareto().configurations().size());
        showCount();
    }

    private void showCount() {
        ParetoAnalysis analysis = viewModel.getParetoAnalysis();
        int size = analysis.configurations().size();
        count.setText(Money.count(size) + (size == 1 ? " configuration, " : " configurations, ")
                + Money.count(analysis.frontier().size()) + " on the frontier");
    }

    TableView<Integer> table() {
        return rows.table();
    }
}
