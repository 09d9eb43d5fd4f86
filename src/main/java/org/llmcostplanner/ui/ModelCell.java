package org.llmcostplanner.ui;

import java.util.List;
import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;

/**
 * A table cell for a model id: editing shows an empty search field (the current model as its
 * prompt) over the catalog's ids, which narrow to those containing what is typed (so "mini" finds
 * every mini model). Enter or a pick commits; a name not in the catalog is allowed (a self-hosted
 * model); Enter on an empty field or Escape keeps the current model.
 */
final class ModelCell extends TableCell<Integer, String> {
    private final List<String> ids;
    private final InvalidationListener reread = observable -> reread();
    private ComboBox<String> box;

    /** @param shownVersion when it changes the cell reads its value again (weakly listened to) */
    ModelCell(List<String> ids, Observable shownVersion) {
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
        if (box == null) {
            box = createBox();
        }
        // No value left from the last edit: narrowing the list would put its text back in the field.
        box.getSelectionModel().clearSelection();
        box.setValue(null);
        // An empty search field, the current model as its prompt: typing searches, Enter on nothing keeps it.
        box.getEditor().setText("");
        box.setPromptText(getItem());
        setText(null);
        setGraphic(box);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        box.requestFocus();
    }

    private ComboBox<String> createBox() {
        FilteredList<String> shown = new FilteredList<>(FXCollections.observableArrayList(ids), id -> true);
        ComboBox<String> combo = new ComboBox<>(shown);
        combo.setId("routing-model-choice");
        combo.setEditable(true);
        combo.setVisibleRowCount(12);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.getEditor().textProperty().addListener((obs, old, text) -> {
            if (combo.getSelectionModel().getSelectedItem() != null && combo.getSelectionModel().getSelectedItem().equals(text)) {
                return; // a pick wrote its text: keep the list as it was
            }
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(id -> id.toLowerCase(Locale.ROOT).contains(wanted));
            if (isEditing() && combo.isFocused() && !shown.isEmpty() && !combo.isShowing()) {
                combo.show();
            }
        });
        combo.setOnAction(event -> {
            if (isEditing() && combo.getValue() != null) {
                commitEdit(combo.getValue());
            }
        });
        // A filter on the box, before its skin and popup: Enter commits what the field shows.
        combo.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                combo.hide();
                cancelEdit();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && isEditing()) {
                String highlighted = combo.isShowing() ? combo.getSelectionModel().getSelectedItem() : null;
                combo.hide();
                commitEdit(highlighted != null ? highlighted : typedOrCurrent());
                event.consume();
            }
        });
        combo.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isEditing()) {
                commitEdit(typedOrCurrent()); // clicking elsewhere keeps what was typed
            }
        });
        return combo;
    }

    /** The search text, or the current model when nothing was typed. */
    private String typedOrCurrent() {
        String typed = box.getEditor().getText();
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
