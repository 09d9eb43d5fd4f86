package org.llmcostplanner.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.EntityCollection;
import org.llmcostplanner.chart.ChartBuilder;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * Keeps one chart of a {@link ChartBuilder} up to date off the FX thread. The JFreeChart object
 * is confined to this chart's own worker thread: requests carry immutable scenario snapshots, the
 * worker updates the chart in place, renders it with Java2D and hands the picture to the FX
 * thread. Requests that arrive while a render runs are coalesced to the newest, so a fast slider
 * drag never builds a queue. Two charts render in parallel on two cores.
 */
final class LiveChart {
    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();

    /** What to draw and at which size; immutable. */
    private record Request(Scenario scenario, Evaluation evaluation, double width, double height, double scale) {
    }

    private final ChartBuilder builder;
    private final JFreeChart chart;
    private final RasterChart display;
    private final ExecutorService worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** Images the worker may draw into; two, so one can be copied on the FX thread while the next is drawn. */
    private final BlockingQueue<BufferedImage> spare = new ArrayBlockingQueue<>(2);

    /** A finished render on the worker: the pixels and what the chart's areas are. */
    private record Rendered(BufferedImage image, EntityCollection entities) {
    }

    private final Consumer<RasterChart.Picture> onShown;
    private final Consumer<Throwable> onFailure;

    /**
     * @param onResize asks the owner for a render at the viewer's new size
     * @param onShown   receives each new picture on the FX thread
     * @param onFailure receives, on the FX thread, why a render failed (the chart keeps its last picture)
     */
    LiveChart(ChartBuilder builder, Scenario scenario, Evaluation evaluation, Runnable onResize,
              Consumer<RasterChart.Picture> onShown, Consumer<Throwable> onFailure) {
        this.onShown = onShown;
        this.onFailure = onFailure;
        this.builder = builder;
        this.chart = builder.build(scenario, evaluation);
        this.display = new RasterChart((width, height) -> onResize.run());
        this.worker = Executors.newSingleThreadExecutor(work -> {
            Thread thread = THREADS.newThread(work);
            thread.setName("chart-" + builder.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The chart the viewer shows (FX thread). */
    RasterChart display() {
        return display;
    }

    /**
     * The real chart, for tests: read it only after {@link #isShowing(Evaluation)} turned true on
     * the FX thread, when the worker is idle.
     */
    JFreeChart chart() {
        return chart;
    }

    /** Whether the picture on screen was made from {@code evaluation} and no newer render is pending. */
    boolean isShowing(Evaluation evaluation) {
        RasterChart.Picture picture = display.picture();
        return picture != null && picture.source() == evaluation && pending.get() == null;
    }

    /** Asks for a render of the given snapshot at the given size in FX units (call on the FX thread). */
    void request(Scenario scenario, Evaluation evaluation, double width, double height, double scale) {
        if (width < 1 || height < 1) {
            return;
        }
        Request request = new Request(scenario, evaluation, width, height, scale);
        if (pending.getAndSet(request) == null) {
            worker.execute(this::renderPending);
        }
    }

    private void renderPending() {
        Request request = pending.get();
        if (request == null) {
            return;
        }
        Rendered rendered;
        try {
            rendered = render(request);
        } catch (RuntimeException | OutOfMemoryError failed) {
            // Drop this request but stay alive: the next edit asks again; the window says what happened.
            if (!pending.compareAndSet(request, null)) {
                worker.execute(this::renderPending);
            }
            Platform.runLater(() -> onFailure.accept(failed));
            return;
        }
        BufferedImage image = rendered.image();
        // Only clear if no newer request replaced this one meanwhile; otherwise render that next.
        if (pending.compareAndSet(request, null)) {
            int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            Platform.runLater(() -> {
                RasterChart.Picture picture = display.show(pixels, image.getWidth(), image.getHeight(),
                        rendered.entities(), request.width(), request.height(), request.evaluation());
                spare.offer(image); // the FX thread has copied the pixels: the worker may draw into them again
                onShown.accept(picture);
            });
        } else {
            spare.offer(image);
            worker.execute(this::renderPending);
        }
    }

    /** Draws the chart into a spare image of the request's pixel size (worker thread). */
    private Rendered render(Request request) {
        builder.update(chart, request.scenario(), request.evaluation());
        int pixelWidth = (int) Math.ceil(request.width() * request.scale());
        int pixelHeight = (int) Math.ceil(request.height() * request.scale());
        BufferedImage image = spare.poll();
        if (image == null || image.getWidth() != pixelWidth || image.getHeight() != pixelHeight) {
            image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(request.scale(), request.scale());
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, request.width(), request.height()), null, info);
            return new Rendered(image, info.getEntityCollection());
        } finally {
            g2.dispose();
        }
    }
}
