package org.llmcostplanner.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import com.sun.javafx.perf.PerformanceTracker;

import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.SweepConfigurations;

/**
 * Measures the Pareto tab with a table of 10,000 configurations in the real window: (1) a cell
 * edit (the quality of a random row, committed as the table commits it): the time the FX thread
 * is busy with it, the time until the next frame is on screen, and the time until the scatter
 * shows the edit (drawn on its own thread); (2) scrolling to a random row: the time until the
 * frame that shows it. Run by {@code mvn -B -q test-compile exec:exec@pareto-table} under Xvfb
 * or a desktop (see README).
 */
public final class ParetoTableHarness {
    private static final int ROWS = Integer.getInteger("pareto.rows", 10_000);
    private static final int WARMUP = 150;
    private static final int MEASURED = 300;

    private ParetoTableHarness() {
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        MainWindow[] window = new MainWindow[1];
        PlannerViewModel[] viewModel = new PlannerViewModel[1];
        AtomicReference<CountDownLatch> nextFrame = new AtomicReference<>();
        PlannerApp.tuneRenderer();
        Platform.startup(() -> {
            try {
                Path file = Path.of(PlannerApp.DEFAULT_SCENARIO);
                viewModel[0] = new PlannerViewModel(ScenarioFiles.read(file), file,
                        new RecentFiles(Path.of("target", "bench-recent.txt"), 5));
                Stage stage = new Stage();
                window[0] = PlannerApp.show(stage, viewModel[0]);
                Scene scene = stage.getScene();
                PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                    shown.complete(scene);
                    CountDownLatch waiting = nextFrame.getAndSet(null);
                    if (waiting != null) {
                        waiting.countDown();
                    }
                });
            } catch (Exception failed) {
                shown.completeExceptionally(failed);
            }
        });
        shown.get(60, TimeUnit.SECONDS);
        List<ParetoConfiguration> sweep = SweepConfigurations.random(ROWS, 7);
        long loadStart = System.nanoTime();
        RedrawLatencyHarness.runOnFx(() -> {
            window[0].tabs().getSelectionModel().select(2);
            viewModel[0].edit(s -> s.withPareto(s.pareto().withConfigurations(sweep)));
        });
        ChartPane chart = window[0].pareto().charts().get(0);
        awaitChart(chart);
        System.out.printf("Pareto tab, %,d configurations: loaded into the table and drawn in %.0f ms%n", ROWS,
                (System.nanoTime() - loadStart) / 1e6);

        Random random = new Random(5);
        double[][] warm = new double[3][WARMUP];
        edits(viewModel[0], chart, nextFrame, random, warm[0], warm[1], warm[2]);
        double[] busy = new double[MEASURED];
        double[] toFrame = new double[MEASURED];
        double[] toChart = new double[MEASURED];
        edits(viewModel[0], chart, nextFrame, random, busy, toFrame, toChart);
        System.out.printf("Cell edit: FX thread busy           %s%n", RedrawLatencyHarness.stats(busy));
        double[] repainted = java.util.Arrays.stream(toFrame).filter(ms -> !Double.isNaN(ms)).toArray();
        System.out.printf("Cell edit: next frame on screen     %s; %d edits changed no pixel%n",
                RedrawLatencyHarness.stats(repainted), MEASURED - repainted.length);
        System.out.printf("Cell edit: scatter shows the edit   %s%n", RedrawLatencyHarness.stats(toChart));

        TableView<Integer> table = window[0].pareto().table().table();
        double[] scroll = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            Thread.sleep(40);
            int row = random.nextInt(ROWS);
            CountDownLatch frame = new CountDownLatch(1);
            long[] start = new long[1];
            RedrawLatencyHarness.runOnFx(() -> {
                nextFrame.set(frame);
                start[0] = System.nanoTime();
                table.scrollTo(row);
            });
            frame.await(5, TimeUnit.SECONDS);
            scroll[i] = (System.nanoTime() - start[0]) / 1e6;
        }
        System.out.printf("Scroll to a random row: frame shown %s%n", RedrawLatencyHarness.stats(scroll));
        Platform.exit();
    }

    /** One edit at a time, from idle: a random row's quality, as a committed cell would set it. */
    private static void edits(PlannerViewModel viewModel, ChartPane chart, AtomicReference<CountDownLatch> nextFrame,
                              Random random, double[] busy, double[] toFrame, double[] toChart) throws Exception {
        for (int i = 0; i < busy.length; i++) {
            Thread.sleep(60);
            int row = random.nextInt(ROWS);
            double quality = Math.round(random.nextDouble() * 1000) / 1000.0;
            CountDownLatch frame = new CountDownLatch(1);
            CountDownLatch drawn = new CountDownLatch(1);
            long[] times = new long[3];
            RedrawLatencyHarness.runOnFx(() -> {
                nextFrame.set(frame);
                chart.shownProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends RasterChart.Picture> o,
                                        RasterChart.Picture old, RasterChart.Picture picture) {
                        times[2] = System.nanoTime();
                        chart.shownProperty().removeListener(this);
                        drawn.countDown();
                    }
                });
                times[0] = System.nanoTime();
                viewModel.edit(s -> {
                    List<ParetoConfiguration> rows = new ArrayList<>(s.pareto().configurations());
                    double old = rows.get(row).quality();
                    rows.set(row, rows.get(row).withQuality(old == quality ? (quality + 0.5) % 1 : quality)); // a real change
                    return s.withPareto(s.pareto().withConfigurations(rows));
                });
                times[1] = System.nanoTime();
            });
            if (!drawn.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the scatter did not show an edit");
            }
            // An edit of a row off screen whose point hides under others changes no pixel: no frame.
            boolean repainted = frame.await(500, TimeUnit.MILLISECONDS);
            long frameAt = System.nanoTime();
            busy[i] = (times[1] - times[0]) / 1e6;
            toFrame[i] = repainted ? (frameAt - times[0]) / 1e6 : Double.NaN;
            toChart[i] = (times[2] - times[0]) / 1e6;
        }
    }

    private static void awaitChart(ChartPane chart) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean[] ready = new boolean[1];
            RedrawLatencyHarness.runOnFx(() -> ready[0] = chart.isUpToDate());
            if (ready[0]) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the scatter was not drawn");
    }
}
