package org.llmcostplanner.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** What the GUI tests read off the window and the screenshots they leave in target/screenshots. */
final class WindowShots {
    static final Path FOLDER = Path.of("target", "screenshots");

    private WindowShots() {
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
