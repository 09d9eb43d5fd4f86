package org.llmcostplanner.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * A table cell for a model id: editing shows an empty search field (the current model as its
 * prompt) with ControlsFX's suggestion list of the catalog's ids that contain what is typed (so
 * "mini" finds every mini model). A picked suggestion or Enter commits; a name outside the catalog
 * is allowed (a self-hosted model); Enter on an empty field or Escape keeps the current model.
 */
final class ModelCell extends TableCell<Integer, String> {
    private static final int MOST_SUGGESTIONS = 40;
    private final Supplier<List<String>> ids;
    private final InvalidationListener reread = observable -> reread();
    private TextField field;

    /**
     * @param ids          the catalog's model ids, read as the user types (a refresh may change them)
     * @param shownVersion when it changes the cell reads its value again (weakly listened to)
     */
    ModelCell(Supplier<List<String>> ids, Observable shownVersion) {
        this.ids = ids;
        setAlignment(Pos.CENTER_LEFT);
        shownVersion.addListener(new WeakInvalidationListener(reread));
    }

    private void reread() {
        int row = getIndex();
        if (!isEditing() && !isEmpty() && getTableView() != null && row >= 0 && row < getTableView().getItems().size()) {
            updateItem(getTableColumn().getCellData(row), false);
        }
    }

    @Override
    public void startEdit() {
        if (!isEditable() || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (field == null) {
            field = createField();
        }
        field.setText("");
        field.setPromptText(getItem());
        setText(null);
        setGraphic(field);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        field.requestFocus();
    }

    private TextField createField() {
        TextField search = new TextField();
        search.setId("routing-model-search");
        AutoCompletionBinding<String> suggestions = TextFields.bindAutoCompletion(search, request -> {
            String wanted = request.getUserText().strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                return List.of(); // no list until something is typed: clearing the field must not pop one up
            }
            return ids.get().stream().filter(id -> id.toLowerCase(Locale.ROOT).contains(wanted)).limit(MOST_SUGGESTIONS).toList();
        });
        suggestions.setVisibleRowCount(12);
        suggestions.setOnAutoCompleted(event -> {
            if (isEditing()) {
                commitEdit(event.getCompletion());
            }
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && isEditing()) {
                commitEdit(typedOrCurrent());
                event.consume();
            }
        });
        search.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                commitEdit(typedOrCurrent()); // clicking elsewhere keeps what was typed
            }
        });
        return search;
    }

    /** The search text, or the current model when nothing was typed. */
    private String typedOrCurrent() {
        String typed = field.getText();
        return typed == null || typed.isBlank() ? getItem() : typed;
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        show(getItem());
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        show(value);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (!isEditing()) {
            show(item);
        }
    }

    private void show(String item) {
        setText(item);
        setGraphic(null);
        setContentDisplay(ContentDisplay.TEXT_ONLY);
    }
}
