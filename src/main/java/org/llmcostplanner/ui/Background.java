package org.llmcostplanner.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/**
 * The one way the window runs long work (file export, later imports and large token counts):
 * a {@link Task} on a shared pool of daemon threads, reported through {@link TaskStatus}, with
 * results and failures delivered on the FX thread.
 */
final class Background {
    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(work -> {
        Thread thread = THREADS.newThread(work);
        thread.setName("planner-background-" + thread.getId());
        thread.setDaemon(true);
        return thread;
    });

    private Background() {
    }

    /**
     * Runs short work off the FX thread without a status (a dashboard recomputed after a filter
     * change, a vocabulary loaded ahead of its first count); the work reports back itself, through
     * {@code Platform.runLater}, if it has anything to say.
     */
    static void compute(Runnable work) {
        EXECUTOR.execute(work);
    }

    /**
     * Starts {@code task}; {@code status} shows its progress and offers cancel.
     *
     * @param onSuccess receives the value on the FX thread
     * @param onFailure receives the exception on the FX thread (not called on cancel)
     */
    static <T> Task<T> run(Task<T> task, TaskStatus status, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnFailed(event -> onFailure.accept(task.getException()));
        status.track(task);
        EXECUTOR.execute(task);
        return task;
    }
}
