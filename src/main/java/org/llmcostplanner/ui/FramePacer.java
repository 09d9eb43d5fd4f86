package org.llmcostplanner.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Puts the charts rendered off the FX thread into the same frame as the edit that asked for them.
 * Without it an edit costs two frames: one for the slider and the numbers, one a few
 * milliseconds later for the charts; without a GPU every frame is a full-window copy to the
 * screen, and the first one competes for the two cores with the chart renders.
 * <p>
 * At the start of each pulse that follows an edit, the FX thread waits for the renders the
 * edit started, but never past {@link #BUDGET_NANOS} after the edit: a slow render (a huge
 * window) only loses the waiting, and its picture arrives in a later frame. Finished pictures are
 * also posted with {@link Platform#runLater}, so they show with no pulse pending too.
 */
final class FramePacer {
    /** How long after an edit its frame may be held for the charts: inside one 60 Hz frame. */
    static final long BUDGET_NANOS = 12_000_000L;

    private final long budgetNanos;
    private final Object lock = new Object();
    /** Guarded by lock: what to run on the FX thread to show finished renders, in order. */
    private final Deque<Runnable> ready = new ArrayDeque<>();
    /** Guarded by lock: renders started and not yet delivered. */
    private int busy;
    /** FX thread: when the first render since the last pulse started, or -1. */
    private long firstStartNanos = -1;

    FramePacer() {
        this(BUDGET_NANOS);
    }

    /** @param budgetNanos how long after an edit a pulse may wait for its renders */
    FramePacer(long budgetNanos) {
        this.budgetNanos = budgetNanos;
    }

    /** The pacer of a scene, installed on first use. */
    static FramePacer of(Scene scene) {
        if (scene.getProperties().get(FramePacer.class) instanceof FramePacer existing) {
            return existing;
        }
        FramePacer pacer = new FramePacer();
        scene.getProperties().put(FramePacer.class, pacer);
        scene.addPreLayoutPulseListener(pacer::beforePulse);
        return pacer;
    }

    /** A render started; it must end with exactly one {@link #deliver} (FX thread). */
    void started() {
        synchronized (lock) {
            busy++;
        }
        if (firstStartNanos < 0) {
            firstStartNanos = System.nanoTime();
        }
    }

    /** A render ended: {@code show} runs on the FX thread, in this pulse if it is waiting (any thread). */
    void deliver(Runnable show) {
        synchronized (lock) {
            ready.addLast(show);
            busy--;
            lock.notifyAll();
        }
        Platform.runLater(this::drain);
    }

    /** Waits, within the budget, for the renders the last edits started, and shows what is ready. */
    void beforePulse() {
        if (firstStartNanos >= 0) {
            long deadline = firstStartNanos + budgetNanos;
            firstStartNanos = -1;
            synchronized (lock) {
                long left;
                while (busy > 0 && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        lock.wait(left / 1_000_000, (int) (left % 1_000_000));
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
            }
        }
        drain();
    }

    /** Runs every delivered show, oldest first (FX thread). */
    void drain() {
        while (true) {
            Runnable next;
            synchronized (lock) {
                next = ready.pollFirst();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }
}
