package org.llmcostplanner.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Edit &gt; Undo and Redo and their keys: Shortcut+Z, Shortcut+Shift+Z and Shortcut+Y (Ctrl on
 * Linux and Windows, Cmd on macOS).
 *
 * <p>Which history they act on: while the focused text field or area has typing of its own to
 * undo (text typed since it last showed the scenario's value or, in a prompt, since it got the
 * focus), undo and redo act on that typing, word by word as JavaFX's text controls do; otherwise
 * on the scenario. So a number typed and not yet committed is taken back in the field, and once
 * committed (Enter, Tab, a click elsewhere) Ctrl+Z takes back the whole step in the scenario,
 * wherever the focus is. The menu does the same as the keys and says which ("Undo Typing",
 * "Undo Change queries per day"). A table cell's editor open with nothing typed is closed first,
 * as Escape would.
 *
 * <p>Why a key filter: JavaFX's text controls consume Shortcut+Z whether or not they have anything
 * to undo, and the scene runs menu accelerators only for unconsumed events, so with a field
 * focused the Edit menu's accelerators would never fire. The filter on the window's root sees the
 * keys first and routes them as above; the menu items keep their accelerators for display.
 */
final class UndoCommands {
    static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    static final KeyCombination REDO_OTHER = KeyCombination.keyCombination("Shortcut+Y");

    private final PlannerViewModel viewModel;
    /** The focused text control, when an editable one has the focus; otherwise empty (null). */
    private final ObservableValue<TextInputControl> focusedText;
    private final ObservableValue<Boolean> typingToUndo;
    private final ObservableValue<Boolean> typingToRedo;
    private final BooleanBinding canUndo;
    private final BooleanBinding canRedo;
    private final StringBinding undoText;
    private final StringBinding redoText;

    /**
     * @param root the window's root; its key presses are routed from here, and its scene's focus
     *             owner decides between typing and the scenario
     */
    UndoCommands(Node root, PlannerViewModel viewModel) {
        this.viewModel = viewModel;
        focusedText = root.sceneProperty().flatMap(Scene::focusOwnerProperty)
                .map(node -> node instanceof TextInputControl text && text.isEditable() ? text : null);
        typingToUndo = focusedText.flatMap(TextInputControl::undoableProperty).orElse(false);
        typingToRedo = focusedText.flatMap(TextInputControl::redoableProperty).orElse(false);
        canUndo = Bindings.createBooleanBinding(() -> typingToUndo.getValue() || viewModel.canUndoProperty().get(),
                typingToUndo, viewModel.canUndoProperty());
        canRedo = Bindings.createBooleanBinding(() -> typingToRedo.getValue() || viewModel.canRedoProperty().get(),
                typingToRedo, viewModel.canRedoProperty());
        undoText = Bindings.createStringBinding(() -> typingToUndo.getValue() ? "Undo Typing" : viewModel.undoTextProperty().get(),
                typingToUndo, viewModel.undoTextProperty());
        redoText = Bindings.createStringBinding(() -> typingToRedo.getValue() ? "Redo Typing" : viewModel.redoTextProperty().get(),
                typingToRedo, viewModel.redoTextProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::routeKey);
    }

    void undo() {
        if (typingToUndo.getValue()) {
            focusedText.getValue().undo();
        } else {
            closeCellEditor();
            viewModel.undo();
        }
    }

    void redo() {
        if (typingToRedo.getValue()) {
            focusedText.getValue().redo();
        } else {
            closeCellEditor();
            viewModel.redo();
        }
    }

    /**
     * Closes a table cell's editor that has the focus (with nothing typed, or the typing would have
     * been undone instead), as Escape does. Left open across an undo, it would commit the value
     * it opened with when the focus leaves, over the undone one.
     */
    private void closeCellEditor() {
        TextInputControl editor = focusedText.getValue();
        for (Node node = editor; node != null; node = node.getParent()) {
            if (node instanceof TableCell<?, ?> cell) {
                if (cell.isEditing()) {
                    Event.fireEvent(editor, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ESCAPE,
                            false, false, false, false));
                    Event.fireEvent(editor, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "", KeyCode.ESCAPE,
                            false, false, false, false));
                }
                return;
            }
        }
    }

    BooleanBinding canUndo() {
        return canUndo;
    }

    BooleanBinding canRedo() {
        return canRedo;
    }

    StringBinding undoText() {
        return undoText;
    }

    StringBinding redoText() {
        return redoText;
    }

    private void routeKey(KeyEvent event) {
        if (UNDO.match(event)) {
            undo();
            event.consume();
        } else if (REDO.match(event) || REDO_OTHER.match(event)) {
            redo();
            event.consume();
        }
    }
}
