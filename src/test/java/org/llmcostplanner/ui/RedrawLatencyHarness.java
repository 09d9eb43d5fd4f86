package org.llmcostplanner.ui;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import com.sun.javafx.perf.PerformanceTracker;


import org.llmcostplanner.io.RecentFiles;
import org.llmcostplanner.io.ScenarioFiles;

/**
 * Measures, in the real window, (1) start-up: JVM start to the first frame rendered, and (2) live
 * redraw: from a queries-per-day slider change until every chart of the visible tab shows its new
 * picture, and to the end of the first frame rendered after that (JavaFX's PerformanceTracker
 * reports pulses and rendered frames), for the Overview, the TCO and the Plan tab, with the CPU time each
 * change costs per thread. "Redraw work" leaves out only idle waiting for the next 60 Hz pulse
 * after the pictures were shown: change to pictures shown, plus the start of the pulse that
 * paints them to the end of its frame. Warm-up moves: {@code -Dredraw.warmup=N} (default 1500).
 * Run by {@code mvn -B -q test-compile exec:exec@redraw} under Xvfb or a desktop (see README).
 */
public final class RedrawLatencyHarness {
    /** Moves before measuring: about 80 s of dragging, after which the JIT has settled (400 leave it compiling). */
    private static final int WARMUP = Integer.getInteger("redraw.warmup", 1500);
    private static final int MEASURED = 600;

    private RedrawLatencyHarness() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        MainWindow[] window = new MainWindow[1];
        AtomicReference<CountDownLatch> nextFrame = new AtomicReference<>();
        AtomicReference<Object[]> nextPulse = new AtomicReference<>();
        PlannerApp.beforeLaunch();
        Platform.startup(() -> {
            try {
                Path file = Path.of(PlannerApp.DEFAULT_SCENARIO);
                PlannerViewModel viewModel = new PlannerViewModel(ScenarioFiles.read(file), file,
                        new RecentFiles(Path.of("target", "bench-recent.txt"), 5));
                Stage stage = new Stage();
                window[0] = PlannerApp.show(stage, viewModel);
                Scene scene = stage.getScene();
                PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
                // The first pulse after the pictures are shown renders them: time it from its start.
                scene.addPreLayoutPulseListener(() -> {
                    Object[] waiting = nextPulse.getAndSet(null);
                    if (waiting != null) {
                        ((long[]) waiting[0])[0] = System.nanoTime();
                        nextFrame.set((CountDownLatch) waiting[1]);
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
        for (String name : List.of("Overview", "TCO", "Plan")) {
            runOnFx(() -> {
                TabPane tabs = (TabPane) scene.lookup(".tab-pane");
                tabs.getTabs().stream().filter(tab -> tab.getText().equals(name)).findFirst()
                        .ifPresent(tab -> tabs.getSelectionModel().select(tab));
            });
            Thread.sleep(500);
            Slider slider = (Slider) scene.lookup("#workload-queriesPerDay-slider");
            double[] sync = new double[MEASURED];
            double[] toFrame = new double[MEASURED];
            double[] work = new double[MEASURED];
            List<ChartPane> visibleCharts = new ArrayList<>();
            runOnFx(() -> visibleCharts.addAll(window[0].visibleCharts()));
            measure(slider, visibleCharts, nextFrame, nextPulse, WARMUP, new double[WARMUP], new double[WARMUP], new double[WARMUP]);
            CpuUse cpu = CpuUse.start();
            measure(slider, visibleCharts, nextFrame, nextPulse, MEASURED, sync, toFrame, work);
            System.out.printf("%s tab, slider change -> new pictures of its charts shown (%d charts; those the change leaves alone are not redrawn): %s%n", name,
                    visibleCharts.size(), stats(sync));
            System.out.printf("%s tab, slider change -> frame rendered on screen:     %s%n", name, stats(toFrame));
            System.out.printf("%s tab, redraw work (change -> pictures shown, + their pulse -> frame rendered): %s%n", name, stats(work));
            System.out.printf("%s tab, CPU per change: %s%n", name, cpu.perChange(MEASURED));
        }
        Platform.exit();
    }

    /**
     * One slider change at a time, from idle: the time until every visible chart shows its new
     * picture (rendered off the FX thread), and until the end of the first frame rendered after that.
     */
    private static void measure(Slider slider, List<ChartPane> charts, AtomicReference<CountDownLatch> nextFrame,
                                AtomicReference<Object[]> nextPulse, int times, double[] shown, double[] toFrame,
                                double[] work) throws Exception {
        for (int i = 0; i < times; i++) {
            Thread.sleep(40); // let the previous frame finish: this measures latency, not throughput
            int step = i;
            CountDownLatch rendered = new CountDownLatch(1);
            CountDownLatch pictures = new CountDownLatch(charts.size());
            long[] start = new long[1];
            long[] shownAt = new long[1];
            long[] pulseStart = new long[1];
            ChangeListener<Object> listener = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<?> observable, Object old, Object picture) {
                    pictures.countDown();
                    if (pictures.getCount() == 0 && shownAt[0] == 0) {
                        shownAt[0] = System.nanoTime();
                        charts.forEach(chart -> chart.shownProperty().removeListener(this));
                        nextPulse.set(new Object[] {pulseStart, rendered});
                    }
                }
            };
            runOnFx(() -> {
                charts.forEach(chart -> chart.shownProperty().addListener(listener));
                double position = slider.getMin() + (slider.getMax() - slider.getMin()) * ((step % 97) / 96.0);
                start[0] = System.nanoTime();
                slider.setValue(position);
                // A chart that shows nothing of this change (the Pareto scatter and the volume) is not redrawn.
                charts.stream().filter(ChartPane::isUpToDate).forEach(chart -> listener.changed(null, null, null));
            });
            if (!rendered.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no frame rendered after slider change " + step + ": " + pictures.getCount()
                        + " of " + charts.size() + " pictures pending, pictures shown: " + (shownAt[0] != 0));
            }
            long end = System.nanoTime();
            shown[step] = (shownAt[0] - start[0]) / 1e6;
            toFrame[step] = (end - start[0]) / 1e6;
            // The wait for the next 60 Hz pulse is not redraw work; what remains must fit in a frame.
            work[step] = shown[step] + (end - pulseStart[0]) / 1e6;
        }
    }

    /**
     * CPU time the process and its busiest threads used since {@link #start()}: what competes for
     * the two cores. On Linux also the machine's idle and stolen time (a virtual machine's host
     * running someone else), which tells a quiet run from a disturbed one.
     */
    private record CpuUse(long processNanos, long wallNanos, Map<Long, Long> threadNanos, long[] machineTicks) {
        static CpuUse start() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, Long> byThread = new HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                byThread.put(id, threads.getThreadCpuTime(id));
            }
            return new CpuUse(processCpuNanos(), System.nanoTime(), byThread, readMachineTicks());
        }

        String perChange(int changes) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            StringBuilder busiest = new StringBuilder();
            for (long id : threads.getAllThreadIds()) {
                ThreadInfo info = threads.getThreadInfo(id);
                long used = threads.getThreadCpuTime(id) - threadNanos.getOrDefault(id, 0L);
                if (info != null && used > changes * 500_000L) {
                    busiest.append(String.format(", %s %.1f", info.getThreadName(), used / 1e6 / changes));
                }
            }
            String machine = "";
            long[] now = readMachineTicks();
            if (now.length > 7 && machineTicks.length > 7) {
                long total = 0;
                for (int i = 0; i < now.length; i++) {
                    total += now[i] - machineTicks[i];
                }
                machine = String.format("; machine: %.1f%% stolen by the host, %.1f%% idle", 100.0 * (now[7] - machineTicks[7]) / total,
                        100.0 * (now[3] - machineTicks[3]) / total);
            }
            return String.format("process %.1f ms (wall %.1f ms)%s%s", (processCpuNanos() - processNanos) / 1e6 / changes,
                    (System.nanoTime() - wallNanos) / 1e6 / changes, busiest, machine);
        }

        /** The "cpu" line of /proc/stat (user, nice, system, idle, iowait, irq, softirq, steal, ...), or none. */
        private static long[] readMachineTicks() {
            try {
                String line = java.nio.file.Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] fields = line.trim().split("\\s+");
                long[] ticks = new long[Math.min(8, fields.length - 1)];
                for (int i = 0; i < ticks.length; i++) {
                    ticks[i] = Long.parseLong(fields[i + 1]);
                }
                return ticks;
            } catch (java.io.IOException | RuntimeException notLinux) {
                return new long[0];
            }
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    static void runOnFx(Runnable action) throws InterruptedException {
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

    static String stats(double[] millis) {
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
