package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.stage.Stage;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.chart.Charts;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.llmcostplanner.model.ScenarioInputs;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LiveChartTest {

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    /** The pie builder, made to throw {@code failure} (unchecked) while {@code failing} is set. */
    private static ChartBuilder failingWhile(AtomicBoolean failing, Throwable failure) {
        return new ChartBuilder() {
            public String id() {
                return "failing";
            }

            public String title() {
                return "Failing pie";
            }

            public JFreeChart build(Scenario scenario, Evaluation evaluation) {
                return Charts.TCO_PIE.build(scenario, evaluation);
            }

            public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
                if (failing.get()) {
                    if (failure instanceof Error error) {
                        throw error;
                    }
                    throw (RuntimeException) failure;
                }
                Charts.TCO_PIE.update(chart, scenario, evaluation);
            }
        };
    }

    @Test
    void aFailedRenderIsReportedAndTheNextRequestStillRenders(FxRobot robot) throws Exception {
        failThenRecover(robot, new IllegalStateException("simulated failure"));
    }

    @Test
    void aRendererThatThrowsAnErrorDoesNotKillTheWorker(FxRobot robot) throws Exception {
        failThenRecover(robot, new StackOverflowError("simulated failure"));
    }

    @Test
    void aRequestThatWouldDrawTheSamePictureIsSkipped(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.LinkedBlockingQueue<RasterChart.Picture> shown = new java.util.concurrent.LinkedBlockingQueue<>();
        ChartBuilder countingPareto = counting(Charts.PARETO_SCATTER, renders);
        Scenario scenario = Scenario.untitled();
        LiveChart[] live = new LiveChart[1];
        robot.interact(() -> live[0] = new LiveChart(countingPareto, scenario, ScenarioEvaluator.evaluate(scenario),
                () -> { }, shown::add, failure -> { }));
        robot.interact(() -> live[0].request(scenario, ScenarioEvaluator.evaluate(scenario), 400, 300, 1));
        org.junit.jupiter.api.Assertions.assertNotNull(shown.poll(10, TimeUnit.SECONDS), "a picture");

        // Volume does not move a configuration or the plan's cost per query: nothing to draw.
        Scenario busier = ScenarioInputs.QUERIES_PER_DAY.set(scenario, 50_000);
        robot.interact(() -> live[0].request(busier, ScenarioEvaluator.evaluate(busier), 400, 300, 1));
        robot.interact(() -> assertTrue(live[0].isShowing(busier, ScenarioEvaluator.evaluate(busier))));
        // A new size, or a new price (the plan's cost per query), is drawn.
        robot.interact(() -> live[0].request(busier, ScenarioEvaluator.evaluate(busier), 500, 300, 1));
        org.junit.jupiter.api.Assertions.assertNotNull(shown.poll(10, TimeUnit.SECONDS), "a picture");
        Scenario dearer = ScenarioInputs.INPUT_PRICE.set(busier, 5);
        robot.interact(() -> live[0].request(dearer, ScenarioEvaluator.evaluate(dearer), 500, 300, 1));
        org.junit.jupiter.api.Assertions.assertNotNull(shown.poll(10, TimeUnit.SECONDS), "a picture");
        assertEquals(3, renders.get(), "first picture, new size, new price");
    }

    private void failThenRecover(FxRobot robot, Throwable simulated) throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        CompletableFuture<RasterChart.Picture> shown = new CompletableFuture<>();
        Scenario scenario = Scenario.untitled();
        LiveChart[] live = new LiveChart[1];
        robot.interact(() -> live[0] = new LiveChart(failingWhile(failing, simulated), scenario, ScenarioEvaluator.evaluate(scenario),
                () -> { }, shown::complete, failure::complete));

        robot.interact(() -> live[0].request(scenario, ScenarioEvaluator.evaluate(scenario), 400, 300, 1));
        assertEquals("simulated failure", failure.get(10, TimeUnit.SECONDS).getMessage());

        failing.set(false);
        Scenario busier = ScenarioInputs.QUERIES_PER_DAY.set(scenario, 50_000);
        Evaluation busierEvaluation = ScenarioEvaluator.evaluate(busier);
        robot.interact(() -> live[0].request(busier, busierEvaluation, 400, 300, 2));
        RasterChart.Picture picture = shown.get(10, TimeUnit.SECONDS);
        assertEquals(busier, picture.source(), "the picture shows the newest scenario");
        assertEquals(800, picture.pixelWidth(), "rendered at the screen's pixel scale");
        assertEquals(400, picture.width());
    }

    /**
     * A render delivered straight (the chart in no scene) and a later one delivered through a
     * pacer's pulse, which may run before the first's runLater: the pictures still show in render
     * order, so the newest stays on screen (a diff applied out of order tears or overflows it).
     */
    @Test
    void picturesShowInRenderOrderWhicheverRouteTheyTake(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
        ChartBuilder countingPie = counting(Charts.TCO_PIE, updates);
        java.util.List<Double> shownWidths = new java.util.concurrent.CopyOnWriteArrayList<>();
        Scenario scenario = Scenario.untitled();
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        LiveChart[] live = new LiveChart[1];
        FramePacer pacer = new FramePacer();
        robot.interact(() -> live[0] = new LiveChart(countingPie, scenario, evaluation, () -> { },
                picture -> shownWidths.add(picture.width()), failure -> { }));
        robot.interact(() -> {
            // All on the FX thread, which stays busy: the first picture's runLater cannot run yet.
            live[0].pacer(null);
            live[0].request(scenario, evaluation, 400, 300, 1);
            awaitDelivery(live[0], updates, 1);
            live[0].pacer(pacer);
            live[0].request(scenario, evaluation, 500, 300, 1);
            awaitDelivery(live[0], updates, 2);
            pacer.beforePulse(); // the pulse shows what the pacer holds, before any runLater
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of(400.0, 500.0), shownWidths);
    }

    @Test
    void aClosedChartDrawsNoMoreAndLeavesThePacerFree(FxRobot robot) throws Exception {
        java.util.concurrent.atomic.AtomicInteger updates = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.LinkedBlockingQueue<RasterChart.Picture> shown = new java.util.concurrent.LinkedBlockingQueue<>();
        Scenario scenario = Scenario.untitled();
        Evaluation evaluation = ScenarioEvaluator.evaluate(scenario);
        // A pulse waits up to 10 s for renders it was told of: one never delivered would hold it that long.
        FramePacer pacer = new FramePacer(TimeUnit.SECONDS.toNanos(10));
        LiveChart[] live = new LiveChart[1];
        robot.interact(() -> {
            live[0] = new LiveChart(counting(Charts.TCO_PIE, updates), scenario, evaluation, () -> { }, shown::add,
                    failure -> { });
            live[0].pacer(pacer);
            live[0].request(scenario, evaluation, 400, 300, 1);
            live[0].request(scenario, evaluation, 420, 300, 1); // replaces the first if it has not started
            live[0].close();
            live[0].request(scenario, evaluation, 500, 300, 1); // ignored
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> live[0].idle());
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown.stream().noneMatch(picture -> picture.width() == 500), "nothing after close");
        assertTrue(updates.get() <= 1, "at most the render in progress finished");
        // Every render the pacer was told of was delivered: a pulse does not wait for the closed chart.
        long start = System.nanoTime();
        robot.interact(pacer::beforePulse);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
    }

    /** Waits (on the calling thread) until {@code count} renders ran and the last one was handed to the FX thread. */
    private static void awaitDelivery(LiveChart live, java.util.concurrent.atomic.AtomicInteger updates, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((updates.get() < count || !live.idle()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        try {
            Thread.sleep(100); // from idle to delivered is a tile diff of a small picture
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code wrapped}, counting its updates once each is done. */
    private static ChartBuilder counting(ChartBuilder wrapped, java.util.concurrent.atomic.AtomicInteger updates) {
        return new ChartBuilder() {
            public String id() {
                return "counting-" + wrapped.id();
            }

            public String title() {
                return wrapped.title();
            }

            public JFreeChart build(Scenario scenario, Evaluation evaluation) {
                return wrapped.build(scenario, evaluation);
            }

            public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
                wrapped.update(chart, scenario, evaluation);
                updates.incrementAndGet();
            }

            public Object shownInputs(Scenario scenario, Evaluation evaluation) {
                return wrapped.shownInputs(scenario, evaluation);
            }
        };
    }
}
