package org.llmcostplanner.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.llmcostplanner.io.PriceCatalogFiles;
import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.price.PriceCatalog;
import org.testfx.api.FxRobot;

/** What the GUI tests read off the window and the screenshots they leave in target/screenshots. */
final class WindowShots {
    static final Path FOLDER = Path.of("target", "screenshots");

    private WindowShots() {
    }

    /**
     * Shows the window on a copy of saas-support.json in a new temporary folder, with no price
     * catalog of the user's (the bundled prices) and its own recent-files list.
     */
    static MainWindow openSaasSupport(Stage stage, String folderPrefix) throws Exception {
        return openSaasSupport(stage, folderPrefix, null);
    }

    /** As {@link #openSaasSupport(Stage, String)}, with {@code catalog} as the user's price catalog when not null. */
    static MainWindow openSaasSupport(Stage stage, String folderPrefix, PriceCatalog catalog) throws Exception {
        Path folder = Files.createTempDirectory(folderPrefix);
        Path catalogFile = folder.resolve("price-catalog.json");
        System.setProperty("llmcostplanner.catalog", catalogFile.toString());
        if (catalog != null) {
            PriceCatalogFiles.write(catalog, "Test catalog", catalogFile);
        }
        Path file = folder.resolve("saas-support.json");
        Files.copy(Path.of("scenarios", "saas-support.json"), file);
        PlannerViewModel viewModel = new PlannerViewModel(ScenarioFiles.read(file), file,
                new RecentFiles(folder.resolve("recent.txt"), 10));
        return PlannerApp.show(stage, viewModel);
    }

    /** The text of the label {@code query} finds. */
    static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Writes a snapshot of {@code scene} to {@code target/screenshots/name} and returns it. */
    static BufferedImage save(FxRobot robot, Scene scene, String name) throws Exception {
        Files.createDirectories(FOLDER);
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(scene.snapshot(null), null));
        ImageIO.write(image[0], "png", FOLDER.resolve(name).toFile());
        return image[0];
    }
}
