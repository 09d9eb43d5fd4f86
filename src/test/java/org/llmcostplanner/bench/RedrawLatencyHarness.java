package org.llmcostplanner.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import com.sun.javafx.perf.PerformanceTracker;

import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.ui.PlannerApp;
import org.llmcostplanner.ui.PlannerViewModel;
import org.llmcostplanner.ui.RenderingPipeline;

/**
 * Measures, in the real window, (1) start-up: JVM start to the first frame rendered, and (2) live
 * redraw: from a queries-per-day slider change to the end of the first frame rendered after it
 * (JavaFX's PerformanceTracker reports pulses and rendered frames), with every chart of the
 * visible tab redrawn, for the Overview and the TCO tab. "Redraw work" leaves out the wait for the
 * next 60 Hz pulse: the synchronous redraw on the FX thread plus pulse start to rendered frame. Run by {@code mvn -B -q test-compile
 * exec:exec@redraw} (under Xvfb or a desktop; see README), or headless with Monocle properties.
 */
public final class RedrawLatencyHarness {
    private static final int WARMUP = 200;
    private static final int MEASURED = 600;

    private RedrawLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        AtomicReference<CountDownLatch> nextFrame = new AtomicReference<>();
        AtomicReference<long[]> nextPulse = new AtomicReference<>();
        RenderingPipeline.preferJava2dFallback(); // as Main does
        Platform.startup(() -> {
            try {
                Path file = Path.of(PlannerApp.DEFAULT_SCENARIO);
                PlannerViewModel viewModel = new PlannerViewModel(ScenarioFiles.read(file), file,
                        new RecentFiles(Path.of("target", "bench-recent.txt"), 5));
                Stage stage = new Stage();
                PlannerApp.show(stage, viewModel);
                Scene scene = stage.getScene();
                PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
                tracker.setOnPulse(() -> {
                    long[] pulseStart = nextPulse.getAndSet(null);
                    if (pulseStart != null) {
                        pulseStart[0] = System.nanoTime();
                    }
                });
                tracker.setOnRenderedFrameTask(() -> {
                    if (!shown.isDone()) {
                        System.out.printf("start-up: JVM start to first rendered frame of the window: %d ms%n",
                                System.currentTimeMillis() - jvmStartMillis);
                        shown.complete(scene);
                    }
                    CountDownLatch waiting = nextFrame.getAndSet(null);
                    if (waiting != null) {
                        waiting.countDown();
                    }
                });
            } catch (Exception failed) {
                shown.completeExceptionally(failed);
            }
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        Thread.sleep(1000);
        for (int tab = 0; tab < 2; tab++) {
            int index = tab;
            runOnFx(() -> ((TabPane) scene.lookup(".tab-pane")).getSelectionModel().select(index));
            Thread.sleep(500);
            Slider slider = (Slider) scene.lookup("#workload-queriesPerDay-slider");
            double[] sync = new double[MEASURED];
            double[] toFrame = new double[MEASURED];
            double[] work = new double[MEASURED];
            measure(slider, nextFrame, nextPulse, WARMUP, new double[WARMUP], new double[WARMUP], new double[WARMUP]);
            measure(slider, nextFrame, nextPulse, MEASURED, sync, toFrame, work);
            String name = tab == 0 ? "Overview" : "TCO";
            System.out.printf("%s tab, slider change -> charts redrawn on the FX thread: %s%n", name, stats(sync));
            System.out.printf("%s tab, slider change -> frame rendered on screen:     %s%n", name, stats(toFrame));
            System.out.printf("%s tab, redraw work (FX-thread redraw + pulse to rendered frame): %s%n", name, stats(work));
        }
        Platform.exit();
    }

    /**
     * One slider change at a time, from idle: the time to the end of the synchronous redraw on the
     * FX thread, and to the end of the first frame rendered after it (CSS, layout, Prism render).
     */
    private static void measure(Slider slider, AtomicReference<CountDownLatch> nextFrame,
                                AtomicReference<long[]> nextPulse, int times, double[] sync, double[] toFrame,
                                double[] work) throws Exception {
        for (int i = 0; i < times; i++) {
            Thread.sleep(40); // let the previous frame finish: this measures latency, not throughput
            int step = i;
            CountDownLatch rendered = new CountDownLatch(1);
            long[] start = new long[1];
            long[] pulseStart = new long[1];
            runOnFx(() -> {
                double position = slider.getMin() + (slider.getMax() - slider.getMin()) * ((step % 97) / 96.0);
                start[0] = System.nanoTime();
                slider.setValue(position);
                sync[step] = (System.nanoTime() - start[0]) / 1e6;
                nextFrame.set(rendered);
                nextPulse.set(pulseStart);
            });
            if (!rendered.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame rendered after a slider change");
            }
            long end = System.nanoTime();
            toFrame[step] = (end - start[0]) / 1e6;
            // The wait for the next 60 Hz pulse is not redraw work; what remains must fit in a frame.
            work[step] = sync[step] + (end - pulseStart[0]) / 1e6;
        }
    }

    private static void runOnFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    private static String stats(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)",
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1], sorted.length);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
