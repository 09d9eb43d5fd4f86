package org.llmcostplanner.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
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

    /** Held here so the weak listener on the table's version lives as long as this cell. */
    private final InvalidationListener reread = observable -> reread();
    private final boolean rereads;

    CommittingTextCell(Pos alignment) {
        this(alignment, null);
    }

    /**
     * @param shownVersion when it changes, the cell reads its value again (for tables whose rows
     *                     are indexes into data that changes); null for none. Listened to weakly.
     */
    CommittingTextCell(Pos alignment, Observable shownVersion) {
        super(new DefaultStringConverter());
        setAlignment(alignment);
        rereads = shownVersion != null;
        if (rereads) {
            shownVersion.addListener(new WeakInvalidationListener(reread));
        }
    }

    /** Shows the column's current value for this row, unless the row is empty or being edited. */
    private void reread() {
        int row = getIndex();
        if (!isEditing() && !isEmpty() && getTableView() != null && row >= 0 && row < getTableView().getItems().size()) {
            updateItem(getTableColumn().getCellData(row), false);
        }
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

    /** After the commit, shows the model's value: the typed text when it was taken, the old value when refused. */
    @Override
    public void commitEdit(String newValue) {
        super.commitEdit(newValue);
        if (rereads) {
            reread();
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
