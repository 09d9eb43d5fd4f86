package org.llmcostplanner.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

/**
 * A strip under the menu that tells the user what happened: errors stay until closed, notices
 * fade after a few seconds. Non-modal, so a refused file never blocks the window.
 */
final class MessageBar extends HBox {
    private final Label text = new Label();
    private final Button action = new Button();
    private final PauseTransition hideLater = new PauseTransition(Duration.seconds(6));

    MessageBar() {
        super(8);
        setId("message-bar");
        setPadding(new Insets(6, 10, 6, 10));
        setAlignment(Pos.CENTER_LEFT);
        text.setId("message-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u2715");
        close.getStyleClass().add("flat");
        close.setOnAction(event -> hide());
        action.setId("message-action");
        action.managedProperty().bind(action.visibleProperty());
        action.setVisible(false);
        getChildren().addAll(text, action, close);
        managedProperty().bind(visibleProperty());
        setVisible(false);
        hideLater.setOnFinished(event -> hide());
    }

    /** A notice with one action (e.g. "Update prices"); it stays until acted on or closed. */
    void showOffer(String message, String actionText, Runnable onAction) {
        show(message, "message-info");
        hideLater.stop();
        action.setText(actionText);
        action.setOnAction(event -> {
            hide();
            onAction.run();
        });
        action.setVisible(true);
    }

    void showError(String message) {
        show(message, "message-error");
        hideLater.stop();
    }

    void showInfo(String message) {
        show(message, "message-info");
        hideLater.playFromStart();
    }

    String message() {
        return isVisible() ? text.getText() : "";
    }

    private void show(String message, String styleClass) {
        action.setVisible(false);
        getStyleClass().removeAll("message-error", "message-info");
        getStyleClass().add(styleClass);
        text.setText(message);
        setVisible(true);
    }

    private void hide() {
        setVisible(false);
    }
}
