package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageField;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mapping step: preset from the guess, OK only once every required field has a column, ready mappings whole. */
@ExtendWith(ApplicationExtension.class)
class ColumnMappingDialogTest {
    private static final List<String> COLUMNS = List.of("when", "llm", "prompt_tokens", "completion_tokens", "usd");
    /** Leaves the primary stage alone: the window tests after this one size it from their own scenes. */
    @Start
    void start(Stage stage) {
    }

    @Test
    void okWaitsForTheRequiredColumns(FxRobot robot) throws Exception {
        UsageColumns guessed = UsageColumns.guess(COLUMNS);
        assertEquals(List.of(UsageField.TIMESTAMP, UsageField.MODEL), guessed.missingRequired());
        ColumnMappingDialog[] dialog = new ColumnMappingDialog[1];
        robot.interact(() -> dialog[0] = new ColumnMappingDialog(null, "odd.csv", COLUMNS, guessed));
        var pane = dialog[0].getDialogPane();
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<String> input = (ComboBox<String>) pane.lookup("#usage-mapping-input_tokens");
        assertEquals("prompt_tokens", input.getValue());
        @SuppressWarnings("unchecked")
        ComboBox<String> timestamp = (ComboBox<String>) pane.lookup("#usage-mapping-timestamp");
        @SuppressWarnings("unchecked")
        ComboBox<String> model = (ComboBox<String>) pane.lookup("#usage-mapping-model");
        robot.interact(() -> timestamp.setValue("when"));
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled());
        robot.interact(() -> model.setValue("llm"));
        assertFalse(pane.lookupButton(ButtonType.OK).isDisabled());
        UsageColumns chosen = dialog[0].mapping();
        assertEquals(List.of(), chosen.missingRequired());
        assertEquals("when", chosen.sources().get(UsageField.TIMESTAMP).toString());
        assertEquals("usd", chosen.sources().get(UsageField.COST_USD).toString());

        @SuppressWarnings("unchecked")
        ComboBox<String> ready = (ComboBox<String>) pane.lookup("#usage-mapping-ready");
        robot.interact(() -> ready.setValue(ColumnMappingDialog.LANGFUSE));
        assertEquals(UsageColumns.LANGFUSE, dialog[0].mapping());
        assertTrue(model.isDisabled());
    }
}
