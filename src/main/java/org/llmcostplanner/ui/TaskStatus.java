package org.llmcostplanner.ui;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** Status-bar strip showing the running background task: its message, progress and a Cancel button. */
final class TaskStatus extends HBox {
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    TaskStatus() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        progress.setPrefWidth(160);
        getChildren().addAll(message, progress, cancel);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void track(Task<?> task) {
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(event -> task.cancel());
        visibleProperty().bind(task.runningProperty());
    }
}
