package org.llmcostplanner.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.ui.PlannerApp;
import org.llmcostplanner.ui.PlannerViewModel;

/**
 * Measures, in the real window, (1) start-up: JVM start to the first laid-out pulse of the shown
 * window, and (2) live redraw: from a queries-per-day slider change to the end of the next pulse's
 * layout, with every chart of the visible tab redrawn (ChartCanvas draws synchronously on each
 * chart change), for the Overview and the TCO tab. Run by {@code mvn -B -q test-compile
 * exec:exec@redraw} (under Xvfb or a desktop; see README), or headless with Monocle properties.
 */
public final class RedrawLatencyHarness {
    private static final int WARMUP = 300;
    private static final int MEASURED = 1000;

    private RedrawLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                Path file = Path.of(PlannerApp.DEFAULT_SCENARIO);
                PlannerViewModel viewModel = new PlannerViewModel(ScenarioFiles.read(file), file,
                        new RecentFiles(Path.of("target", "bench-recent.txt"), 5));
                Stage stage = new Stage();
                PlannerApp.show(stage, viewModel);
                Scene scene = stage.getScene();
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    System.out.printf("start-up: JVM start to first laid-out pulse of the window: %d ms%n",
                            System.currentTimeMillis() - jvmStartMillis);
                    shown.complete(scene);
                };
                scene.addPostLayoutPulseListener(once[0]);
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
            measure(scene, slider, WARMUP);
            double[] sync = new double[MEASURED];
            double[] toPulse = new double[MEASURED];
            measure(scene, slider, MEASURED, sync, toPulse);
            String name = tab == 0 ? "Overview" : "TCO";
            System.out.printf("%s tab, slider change -> charts redrawn (FX thread, synchronous): %s%n", name, stats(sync));
            System.out.printf("%s tab, slider change -> end of next pulse's layout:             %s%n", name, stats(toPulse));
        }
        Platform.exit();
    }

    private static void measure(Scene scene, Slider slider, int times) throws Exception {
        measure(scene, slider, times, new double[times], new double[times]);
    }

    private static void measure(Scene scene, Slider slider, int times, double[] sync, double[] toPulse) throws Exception {
        for (int i = 0; i < times; i++) {
            int step = i;
            CountDownLatch pulsed = new CountDownLatch(1);
            long[] start = new long[1];
            runOnFx(() -> {
                Runnable[] once = new Runnable[1];
                once[0] = () -> {
                    scene.removePostLayoutPulseListener(once[0]);
                    toPulse[step] = (System.nanoTime() - start[0]) / 1e6;
                    pulsed.countDown();
                };
                double position = slider.getMin() + (slider.getMax() - slider.getMin()) * ((step % 97) / 96.0);
                start[0] = System.nanoTime();
                slider.setValue(position);
                sync[step] = (System.nanoTime() - start[0]) / 1e6;
                scene.addPostLayoutPulseListener(once[0]);
                Platform.requestNextPulse();
            });
            if (!pulsed.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no pulse after a slider change");
            }
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
