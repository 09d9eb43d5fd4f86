package org.llmcostplanner.ui;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;

/**
 * The typing a text control remembers for its own undo. A control whose text is in the scenario
 * forgets it once the text is committed, so that Ctrl+Z afterwards takes back the scenario's step
 * rather than replaying old keystrokes in the control (see {@link UndoCommands}).
 */
final class TextTyping {
    private TextTyping() {
    }

    /**
     * Clears {@code control}'s own undo and redo, keeping its text, caret, selection and scroll.
     * JavaFX offers no call for it but setting the text, which clears them; text listeners hear
     * the same text again.
     */
    static void forget(TextInputControl control) {
        if (!control.isUndoable() && !control.isRedoable()) {
            return;
        }
        int anchor = control.getAnchor();
        int caret = control.getCaretPosition();
        double scrollTop = control instanceof TextArea area ? area.getScrollTop() : 0;
        control.setText(control.getText());
        control.selectRange(anchor, caret);
        if (control instanceof TextArea area) {
            area.setScrollTop(scrollTop);
        }
    }
}
