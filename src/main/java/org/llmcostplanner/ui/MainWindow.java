package org.llmcostplanner.ui;

import java.nio.file.Path;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.llmcostplanner.io.PriceCatalogFiles;

/** The planner window: menu, message bar, inputs on the left, analysis tabs in the centre, status below. */
public final class MainWindow extends BorderPane {
    private final PlannerViewModel viewModel;
    private final Stage stage;
    private final MessageBar messages = new MessageBar();
    private final TaskStatus taskStatus = new TaskStatus();
    private final FileCommands files;
    private final ChartActions chartActions;
    private final TabPane tabs = new TabPane();
    private final ParetoFiles paretoFiles;
    private final CatalogFiles catalogFiles;
    private final UndoCommands undoCommands;
    private OverviewView overview;
    private TcoView tco;
    private ParetoView pareto;
    private RoutingView routing;
    private PromptsView prompts;
    private CachingView caching;
    private SelfHostView selfHost;
    private UsageView usage;
    private PlanView plan;
    private CompareView compare;
    /** The charts of each tab, in tab order. */
    private final java.util.Map<Tab, java.util.function.Supplier<java.util.List<ChartPane>>> chartsByTab =
            new java.util.LinkedHashMap<>();

    public MainWindow(PlannerViewModel viewModel, Stage stage) {
        this.viewModel = viewModel;
        this.stage = stage;
        this.files = new FileCommands(viewModel, stage, messages, taskStatus);
        this.chartActions = new ChartActions(viewModel, stage, taskStatus, messages);
        this.paretoFiles = new ParetoFiles(viewModel, stage, taskStatus, messages);
        this.catalogFiles = new CatalogFiles(viewModel, stage, taskStatus, messages, PriceCatalogFiles.userCatalog());
        this.undoCommands = new UndoCommands(this, viewModel);
        createView();
    }

    private void createView() {
        setTop(new VBox(createMenuBar(), messages));
        ScrollPane inputs = new UncachedScrollPane(new InputsPanel(viewModel));
        inputs.setFitToWidth(true);
        inputs.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        inputs.setMinWidth(420);
        setLeft(inputs);

        overview = new OverviewView(viewModel, chartActions);
        tco = new TcoView(viewModel, chartActions);
        pareto = new ParetoView(viewModel, chartActions, paretoFiles);
        routing = new RoutingView(viewModel, chartActions, catalogFiles.catalogProperty());
        addTab("Overview", "overview-tab", overview, overview.charts());
        addTab("TCO", "tco-tab", tco, tco.charts());
        addTab("Pareto", "pareto-tab", pareto, pareto.charts());
        prompts = new PromptsView(viewModel, taskStatus, messages, catalogFiles.catalogProperty());
        addTab("Routing", "routing-tab", routing, routing.charts());
        addTab("Prompts", "prompts-tab", prompts, prompts.charts());
        caching = new CachingView(viewModel, chartActions, taskStatus, messages, catalogFiles.catalogProperty());
        addTab("Caching", "caching-tab", caching, caching.charts());
        selfHost = new SelfHostView(viewModel, chartActions);
        addTab("Self-host", "selfhost-tab", selfHost, selfHost.charts());
        plan = new PlanView(viewModel, chartActions, taskStatus);
        addTab("Plan", "plan-tab", plan, plan.activeProperty(), plan::charts);
        compare = new CompareView(viewModel, chartActions, files);
        addTab("Compare", "compare-tab", compare, compare.activeProperty(), compare::charts);
        usage = new UsageView(viewModel, chartActions, taskStatus, messages, catalogFiles.catalogProperty());
        chartActions.includeUsageCharts(usage::chartInput);
        addTab("Usage", "usage-tab", usage, usage.charts());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setBottom(createStatusBar());
    }

    /** A tab whose charts redraw on edits only while it is selected. */
    private void addTab(String title, String id, Node content, java.util.List<ChartPane> charts) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tabs.getTabs().add(tab);
        showOnlyWhenSelected(tab, content);
        charts.forEach(chart -> chart.activeProperty().bind(tab.selectedProperty()));
        chartsByTab.put(tab, () -> charts);
    }

    /** A tab whose charts change while it is open (the Plan tab's): they follow {@code active}. */
    private void addTab(String title, String id, Node content, javafx.beans.property.BooleanProperty active,
                        java.util.function.Supplier<java.util.List<ChartPane>> charts) {
        addTab(title, id, content, java.util.List.of());
        Tab tab = tabs.getTabs().get(tabs.getTabs().size() - 1);
        active.bind(tab.selectedProperty());
        chartsByTab.put(tab, charts);
    }

    /**
     * Keeps a tab's content out of the scene while another tab is showing. Each pulse walks every
     * node in the scene and lays out and restyles hidden ones too, so during a slider drag a hidden
     * tab's tables and labels would cost every frame; its bindings stay live, so it is current when shown.
     */
    private static void showOnlyWhenSelected(Tab tab, Node content) {
        tab.setContent(tab.isSelected() ? content : null);
        tab.selectedProperty().addListener((obs, was, selected) -> tab.setContent(selected ? content : null));
    }

    private MenuBar createMenuBar() {
        MenuItem newItem = item("New", "Shortcut+N", files::newScenario);
        MenuItem open = item("Open...", "Shortcut+O", files::open);
        Menu recent = new Menu("Open Recent");
        recent.setOnShowing(event -> fillRecent(recent));
        recent.getItems().add(new MenuItem("(none)"));
        MenuItem save = item("Save", "Shortcut+S", files::save);
        MenuItem saveAs = item("Save As...", "Shortcut+Shift+S", files::saveAs);
        MenuItem exportAll = item("Export all charts...", "Shortcut+E", chartActions::exportAll);
        MenuItem refreshPrices = new MenuItem("Refresh prices from LiteLLM file...");
        refreshPrices.setOnAction(event -> catalogFiles.refreshFromLiteLlm());
        MenuItem quit = item("Quit", "Shortcut+Q", this::requestClose);
        Menu file = new Menu("File", null, newItem, open, recent, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportAll, refreshPrices, new SeparatorMenuItem(), quit);
        MenuBar bar = new MenuBar(file, createEditMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Undo and Redo, named after what they take back and enabled only when there is something to. */
    private Menu createEditMenu() {
        MenuItem undo = item("Undo", UndoCommands.UNDO.getName(), undoCommands::undo);
        undo.setId("menu-undo");
        undo.setMnemonicParsing(false);
        undo.textProperty().bind(undoCommands.undoText());
        undo.disableProperty().bind(undoCommands.canUndo().not());
        MenuItem redo = item("Redo", UndoCommands.REDO.getName(), undoCommands::redo);
        redo.setId("menu-redo");
        redo.setMnemonicParsing(false);
        redo.textProperty().bind(undoCommands.redoText());
        redo.disableProperty().bind(undoCommands.canRedo().not());
        Menu edit = new Menu("Edit", null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (Path path : viewModel.recentFiles()) {
            MenuItem entry = new MenuItem(path.getFileName() + "  (" + path.getParent() + ")");
            entry.setMnemonicParsing(false);
            entry.setOnAction(event -> files.openRecent(path));
            recent.getItems().add(entry);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(none)");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private HBox createStatusBar() {
        Label file = new Label();
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path path = viewModel.fileProperty().get();
            return (path == null ? "Not saved yet" : path.toString()) + (viewModel.isDirty() ? "  (unsaved changes)" : "");
        }, viewModel.fileProperty(), viewModel.dirtyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, file, spacer, taskStatus);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Closes the window after the unsaved-changes question; false when the user cancelled. */
    public boolean requestClose() {
        if (files.confirmDiscard()) {
            stage.close();
            return true;
        }
        return false;
    }

    /** The charts of the selected tab. */
    java.util.List<ChartPane> visibleCharts() {
        return chartsByTab.get(tabs.getSelectionModel().getSelectedItem()).get();
    }

    UndoCommands undoCommands() {
        return undoCommands;
    }

    PlannerViewModel viewModel() {
        return viewModel;
    }

    FileCommands files() {
        return files;
    }

    ChartActions chartActions() {
        return chartActions;
    }

    MessageBar messages() {
        return messages;
    }

    OverviewView overview() {
        return overview;
    }

    TcoView tco() {
        return tco;
    }

    RoutingView routing() {
        return routing;
    }

    CachingView caching() {
        return caching;
    }

    SelfHostView selfHost() {
        return selfHost;
    }

    PlanView plan() {
        return plan;
    }

    UsageView usage() {
        return usage;
    }

    CompareView compare() {
        return compare;
    }

    PromptsView prompts() {
        return prompts;
    }

    CatalogFiles catalogFiles() {
        return catalogFiles;
    }

    ParetoView pareto() {
        return pareto;
    }

    ParetoFiles paretoFiles() {
        return paretoFiles;
    }

    TabPane tabs() {
        return tabs;
    }
}
