package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.model.Scenario;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Undo and redo in the real window, headless: sliders, fields, keys, the Edit menu and the title's marker. */
@ExtendWith(ApplicationExtension.class)
class UndoWindowTest {
    private static final String QUERIES = "#workload-queriesPerDay";

    private MainWindow window;
    private PlannerViewModel viewModel;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "undo-gui");
        viewModel = window.viewModel();
    }

    private static void undoKey(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.Z);
    }

    private static void redoKey(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
    }

    private static void redoOtherKey(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.Y);
    }

    private boolean marked() {
        return viewModel.titleProperty().get().startsWith("*");
    }

    private double queriesPerDay() {
        return viewModel.getScenario().workload().queriesPerDay();
    }

    @Test
    void aDragOfTheThumbIsOneStepThatCtrlZTakesBackWhole(FxRobot robot) {
        Scenario before = viewModel.getScenario();
        Slider slider = robot.lookup(QUERIES + "-slider").queryAs(Slider.class);
        TextField field = robot.lookup(QUERIES + "-field").queryAs(TextField.class);
        double sliderBefore = slider.getValue();
        String textBefore = field.getText();
        boolean[] changing = {false};
        slider.valueChangingProperty().addListener((obs, was, now) -> changing[0] |= now);

        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb).moveBy(20, 0).moveBy(20, 0).moveBy(20, 0).moveBy(-10, 0).drop();
        assertTrue(changing[0], "the thumb drag reported valueChanging");
        assertTrue(queriesPerDay() > before.workload().queriesPerDay(), "dragged right");
        assertTrue(marked());
        assertEquals("Undo Change queries per day", window.undoCommands().undoText().get());

        undoKey(robot);
        assertEquals(before, viewModel.getScenario(), "one Ctrl+Z returns to the value before the drag");
        assertFalse(viewModel.canUndoProperty().get(), "the whole drag was one step");
        assertEquals(sliderBefore, slider.getValue(), 1e-12);
        assertEquals(textBefore, field.getText());
        assertFalse(marked(), "back at the saved scenario: no unsaved marker");
    }

    @Test
    void aDragAlongTheTrackIsOneStepToo(FxRobot robot) {
        Scenario before = viewModel.getScenario();
        Slider slider = robot.lookup(QUERIES + "-slider").queryAs(Slider.class);
        Node track = slider.lookup(".track");
        // Press on the track left of the thumb (the value jumps there), drag, release: no valueChanging.
        robot.drag(track, javafx.scene.input.MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 0).drop();
        assertNotEquals(before.workload().queriesPerDay(), queriesPerDay());
        undoKey(robot);
        assertEquals(before, viewModel.getScenario());
        assertFalse(viewModel.canUndoProperty().get());
    }

    @Test
    void editsWhileValueChangingAreOneStepFromThePreDragValue(FxRobot robot) {
        Slider slider = robot.lookup(QUERIES + "-slider").queryAs(Slider.class);
        double before = queriesPerDay();
        robot.interact(() -> {
            slider.setValueChanging(true);
            for (double position : new double[] {4.1, 4.3, 4.6}) { // a log slider: 10^4.1 .. 10^4.6 queries
                slider.setValue(position);
            }
            slider.setValueChanging(false);
        });
        assertEquals(39_800, queriesPerDay(), 1e-9, "10^4.6 to 3 significant digits");
        robot.interact(() -> {
            slider.setValueChanging(true);
            slider.setValue(3);
            slider.setValueChanging(false);
        });
        assertEquals(1_000, queriesPerDay(), 1e-9);
        undoKey(robot);
        assertEquals(39_800, queriesPerDay(), 1e-9, "the second drag is its own step");
        undoKey(robot);
        assertEquals(before, queriesPerDay(), 1e-9);
        assertFalse(viewModel.canUndoProperty().get());
        redoOtherKey(robot);
        redoOtherKey(robot);
        assertEquals(1_000, queriesPerDay(), 1e-9);
    }

    @Test
    void aCommittedFieldIsUndoneByKeyAndMenuAndRedoneByBothRedoKeys(FxRobot robot) {
        Scenario before = viewModel.getScenario();
        TextField field = robot.lookup(QUERIES + "-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("25,000").type(KeyCode.ENTER);
        assertEquals(25_000, queriesPerDay());
        assertTrue(marked());
        assertTrue(field.isFocused());

        undoKey(robot); // the field has nothing typed since it showed 25,000: the scenario's step is undone
        assertEquals(before, viewModel.getScenario());
        assertEquals("10,000", field.getText());
        assertFalse(marked());

        redoKey(robot);
        assertEquals(25_000, queriesPerDay());
        assertEquals("25,000", field.getText());
        assertTrue(marked());

        robot.clickOn("Edit");
        robot.clickOn("Undo Change queries per day");
        assertEquals(before, viewModel.getScenario());
        assertEquals("10,000", field.getText());
        assertFalse(marked());

        redoOtherKey(robot);
        assertEquals(25_000, queriesPerDay());
        assertTrue(marked());

        robot.clickOn("Edit");
        robot.clickOn("Undo Change queries per day");
        robot.clickOn("Edit");
        robot.clickOn("Redo Change queries per day");
        assertEquals(25_000, queriesPerDay());
        assertEquals("25,000", field.getText());
    }

    @Test
    void ctrlZInAFieldWithUncommittedTypingUndoesTheTypingNotTheScenario(FxRobot robot) {
        TextField field = robot.lookup(QUERIES + "-field").queryAs(TextField.class);
        TextField days = robot.lookup("#workload-daysPerMonth-field").queryAs(TextField.class);
        robot.doubleClickOn(days).eraseText(days.getText().length() + 2).write("20").type(KeyCode.ENTER);
        Scenario committed = viewModel.getScenario();

        robot.clickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("777"); // replaces "10,000"; not committed
        assertEquals("777", field.getText());
        assertEquals("Undo Typing", window.undoCommands().undoText().get());
        undoKey(robot);
        assertEquals("10,000", field.getText(), "the typing is taken back in the field");
        assertEquals(committed, viewModel.getScenario(), "the scenario's last step is not undone");
        assertEquals("Undo Change days per month", window.undoCommands().undoText().get());

        undoKey(robot); // nothing typed left: now the scenario's step
        assertEquals(30, viewModel.getScenario().workload().daysPerMonth());
        assertEquals("30", days.getText());
    }

    @Test
    void theEditMenuIsEnabledOnlyWhenThereIsSomethingToUndo(FxRobot robot) throws Exception {
        assertTrue(window.undoCommands().canUndo().not().get());
        TextField field = robot.lookup(QUERIES + "-field").queryAs(TextField.class);
        robot.doubleClickOn(field).eraseText(field.getText().length() + 2).write("25,000").type(KeyCode.ENTER);
        robot.clickOn("#workload-daysPerMonth-field"); // the focus elsewhere: the menu names the scenario's step
        assertTrue(window.undoCommands().canUndo().get());
        assertFalse(window.undoCommands().canRedo().get());

        robot.clickOn("Edit");
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage shot = snapshotWithPopups(robot);
        Files.createDirectories(WindowShots.FOLDER);
        ImageIO.write(shot, "png", WindowShots.FOLDER.resolve("undo-edit-menu.png").toFile());
        robot.push(KeyCode.ESCAPE);
    }

    /** The window with its open popups (the menu) drawn where they are on the screen. */
    private BufferedImage snapshotWithPopups(FxRobot robot) {
        BufferedImage[] image = new BufferedImage[1];
        robot.interact(() -> {
            Window main = window.getScene().getWindow();
            BufferedImage base = SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null);
            Graphics2D graphics = base.createGraphics();
            for (Window popup : Window.getWindows()) {
                if (popup instanceof PopupWindow && popup.isShowing() && popup.getScene() != null) {
                    BufferedImage menu = SwingFXUtils.fromFXImage(popup.getScene().snapshot(null), null);
                    int x = (int) Math.round(popup.getX() + popup.getScene().getX() - main.getX() - window.getScene().getX());
                    int y = (int) Math.round(popup.getY() + popup.getScene().getY() - main.getY() - window.getScene().getY());
                    graphics.drawImage(menu, x, y, null);
                }
            }
            graphics.dispose();
            image[0] = base;
        });
        return image[0];
    }
}
