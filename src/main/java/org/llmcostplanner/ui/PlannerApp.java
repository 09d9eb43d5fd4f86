package org.llmcostplanner.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * The desktop application. Opens the file named on the command line, else
 * {@code scenarios/saas-support.json} in the working folder, else the copy bundled in the jar.
 */
public final class PlannerApp extends Application {
    /** The example every fresh start opens. */
    public static final String DEFAULT_SCENARIO = "scenarios/saas-support.json";

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        Path requested = Path.of(args.isEmpty() ? DEFAULT_SCENARIO : args.get(0));
        PlannerViewModel viewModel;
        String startupError = null;
        try {
            if (Files.exists(requested) || !args.isEmpty()) {
                viewModel = new PlannerViewModel(ScenarioFiles.read(requested), requested.toAbsolutePath(),
                        RecentFiles.inUserConfig());
            } else {
                viewModel = new PlannerViewModel(ScenarioFiles.readResource(DEFAULT_SCENARIO), null,
                        RecentFiles.inUserConfig());
            }
        } catch (ScenarioFileException refused) {
            startupError = "Could not open " + refused.getMessage() + ". Started with a new scenario instead.";
            viewModel = new PlannerViewModel(Scenario.untitled(), null, RecentFiles.inUserConfig());
        }
        MainWindow window = show(stage, viewModel);
        // Anything unforeseen goes to the message bar, never as a stack trace to a terminal.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> Platform.runLater(() ->
                window.messages().showError("Unexpected error: " + ChartActions.describe(failure)
                        + ". Your scenario is unchanged; save it if you have edits.")));
        if (startupError != null) {
            window.messages().showError(startupError);
        }
    }

    /** Builds the window around {@code viewModel} and shows it on {@code stage}; tests use this too. */
    public static MainWindow show(Stage stage, PlannerViewModel viewModel) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainWindow window = new MainWindow(viewModel, stage);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.max(1280, Math.min(1800, screen.getWidth() * 0.92)),
                Math.max(800, Math.min(1100, screen.getHeight() * 0.92)));
        scene.getStylesheets().add(PlannerApp.class.getResource("/assets/planner.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setOnCloseRequest(event -> {
            if (!window.files().confirmDiscard()) {
                event.consume();
            }
        });
        stage.show();
        window.tabs().requestFocus(); // not the name field: a first keystroke must not replace the name
        return window;
    }

    /** Starts the toolkit and the window; returns when the window closes. */
    public static void launchApp(String... args) {
        beforeLaunch();
        Application.launch(PlannerApp.class, args);
    }

    /**
     * What to start before the toolkit: the renderer settings, and the o200k_base vocabulary, which
     * opening a plan with prompts needs and which loads while the toolkit starts instead of after.
     */
    public static void beforeLaunch() {
        tuneRenderer();
        Background.compute(() -> Tokenizer.SHARED.preload(TokenEncoding.O200K_BASE));
    }

    /**
     * Renderer settings for live charts; call before the toolkit starts. Without a GPU every changed
     * pixel is repainted in software, and JavaFX merges a frame's changes into at most 6 rectangles
     * by default: the changed tiles of two charts and a few numbers then merge into large areas
     * that did not change. 15 is the most it allows. A value the user set is kept.
     */
    public static void tuneRenderer() {
        if (System.getProperty("prism.dirtyregioncount") == null) {
            System.setProperty("prism.dirtyregioncount", "15");
        }
    }
}
