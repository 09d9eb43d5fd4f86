package org.llmcostplanner.ui;

import javafx.geometry.Pos;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.converter.DefaultStringConverter;

/**
 * A text cell that commits what was typed when the user clicks elsewhere. The stock cell cancels
 * the edit then (a long-standing JavaFX behaviour), which silently throws the typed value away;
 * only Escape cancels here.
 */
final class CommittingTextCell<S> extends TextFieldTableCell<S, String> {
    private static final String HOOKED = "committing-text-cell";
    private boolean escaped;

    CommittingTextCell(Pos alignment) {
        super(new DefaultStringConverter());
        setAlignment(alignment);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        escaped = false;
        if (getGraphic() instanceof TextField field && !field.getProperties().containsKey(HOOKED)) {
            field.getProperties().put(HOOKED, Boolean.TRUE);
            field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
                if (event.getCode() == KeyCode.ESCAPE) {
                    escaped = true;
                }
            });
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
    }

    @Override
    public void cancelEdit() {
        if (!escaped && isEditing() && getGraphic() instanceof TextField field) {
            commitEdit(field.getText());
            return;
        }
        super.cancelEdit();
    }
}
