package org.llmcostplanner.ui;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/**
 * Commits what the user is typing before a command reads the scenario. Fields commit on Enter or
 * when they lose focus, and Ctrl+S, Ctrl+Q or closing the window do neither: without this, the
 * typed value would be left out of the save, or lost on close without a question.
 */
final class PendingEdit {
    private PendingEdit() {
    }

    /** Fires the focused text field's action: number and name fields and table cells commit on it. */
    static void commit(Window window) {
        Node focused = window != null && window.getScene() != null ? window.getScene().getFocusOwner() : null;
        if (focused instanceof TextField field) {
            field.fireEvent(new ActionEvent());
        } else if (focused instanceof TextArea) {
            focused.getParent().requestFocus(); // the notes commit when they lose focus
        }
    }
}
