package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FramePacerTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void aPulseAfterAnEditWaitsForItsRenderAndShowsItInThatFrame(FxRobot robot) {
        FramePacer pacer = new FramePacer(TimeUnit.SECONDS.toNanos(30)); // a loaded machine must not fail this
        List<String> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            pacer.started();
            // The render finishes on another thread while the pulse waits for it.
            Thread worker = new Thread(() -> {
                sleep(3);
                pacer.deliver(() -> shown.add("chart"));
            });
            worker.start();
            pacer.beforePulse();
            shown.add("pulse done");
        });
        assertEquals(List.of("chart", "pulse done"), shown);
    }

    @Test
    void aSlowRenderHoldsThePulseNoLongerThanTheBudgetAndShowsLater(FxRobot robot) throws Exception {
        long budget = TimeUnit.MILLISECONDS.toNanos(50);
        FramePacer pacer = new FramePacer(budget);
        List<String> shown = new CopyOnWriteArrayList<>();
        long[] waitedNanos = new long[1];
        robot.interact(() -> {
            pacer.started();
            long start = System.nanoTime();
            pacer.beforePulse();
            waitedNanos[0] = System.nanoTime() - start;
        });
        assertTrue(waitedNanos[0] >= budget - TimeUnit.MILLISECONDS.toNanos(2) && waitedNanos[0] < TimeUnit.SECONDS.toNanos(5),
                "held the pulse " + waitedNanos[0] / 1e6 + " ms");
        assertTrue(shown.isEmpty());

        pacer.deliver(() -> shown.add("late chart"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("late chart"), shown, "shown without waiting for another edit");

    }

    @Test
    void aPulseWithNoEditSinceTheLastOneDoesNotWaitForARenderStillRunning(FxRobot robot) {
        FramePacer pacer = new FramePacer(TimeUnit.SECONDS.toNanos(1));
        long[] idleNanos = new long[1];
        robot.interact(() -> {
            pacer.started();
            pacer.beforePulse(); // waits its budget: the render is not delivered, but ...
        });
        robot.interact(() -> {
            long start = System.nanoTime();
            pacer.beforePulse(); // ... the next pulse has no new edit to wait for
            idleNanos[0] = System.nanoTime() - start;
        });
        assertTrue(idleNanos[0] < TimeUnit.MILLISECONDS.toNanos(500), "idle pulse took " + idleNanos[0] / 1e6 + " ms");
    }

    @Test
    void picturesAreShownOnceAndInTheOrderTheyWereDelivered(FxRobot robot) {
        FramePacer pacer = new FramePacer();
        List<Integer> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                pacer.started();
            }
        });
        for (int i = 0; i < 5; i++) {
            int picture = i;
            pacer.deliver(() -> shown.add(picture));
        }
        robot.interact(pacer::beforePulse);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(0, 1, 2, 3, 4), shown);
        assertFalse(shown.size() > 5);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
