package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Status-bar strip for background tasks: the newest running task's message and progress, and a
 * Cancel button that stops every running task. Visible while any task runs. FX thread only.
 */
final class TaskStatus extends HBox {
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final List<Task<?>> running = new ArrayList<>();

    TaskStatus() {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        progress.setPrefWidth(160);
        cancel.setOnAction(event -> List.copyOf(running).forEach(Task::cancel));
        getChildren().addAll(message, progress, cancel);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    void track(Task<?> task) {
        running.add(task);
        show(task);
        // The state, not the running flag: a task cancelled before it started never runs, so its
        // running flag never changes, and the strip would stay up for good.
        task.stateProperty().addListener((obs, was, state) -> {
            if (task.isDone() && running.contains(task)) {
                running.remove(task);
                if (running.isEmpty()) {
                    setVisible(false);
                } else {
                    show(running.get(running.size() - 1));
                }
            }
        });
    }

    private void show(Task<?> task) {
        message.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        setVisible(true);
    }
}
