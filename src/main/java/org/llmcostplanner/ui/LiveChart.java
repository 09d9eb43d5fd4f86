package org.llmcostplanner.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ConcurrentLinkedQueue;
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
 * worker updates the chart in place, renders it with Java2D and hands the FX thread the tiles
 * that changed ({@link TileDiff}), through the scene's {@link FramePacer} so they appear in the
 * frame of the edit. Requests that arrive while a render runs are coalesced to the newest, so a
 * fast slider drag never builds a queue. Two charts render in parallel on two cores.
 * <p>
 * Pictures reach the screen in the order they were rendered: a picture lists only the tiles that
 * changed since the one before, so one shown out of order would leave a stale or torn picture (or
 * tiles of another size). The two routes to the FX thread (the pacer's pulse and a plain
 * runLater, when the chart is in no scene) can overtake each other, so each delivery shows every
 * picture finished so far, oldest first, from this chart's own queue.
 */
final class LiveChart {
    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();

    /**
     * What to draw and at which size; immutable.
     *
     * @param shown the builder's {@link ChartBuilder#shownInputs shown inputs} of scenario and evaluation
     */
    private record Request(Scenario scenario, Evaluation evaluation, Object shown, double width, double height,
                           double scale) {
        /** Whether this would draw the same picture as {@code other}. */
        boolean drawsSameAs(Request other) {
            return other != null && width == other.width && height == other.height && scale == other.scale
                    && shown.equals(other.shown);
        }
    }

    private final ChartBuilder builder;
    private final JFreeChart chart;
    private final RasterChart display;
    private final ExecutorService worker;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    /** What to run on the FX thread for finished renders (pictures, failures), in render order. */
    private final ConcurrentLinkedQueue<Runnable> finished = new ConcurrentLinkedQueue<>();
    /** Worker-confined: the image renders are drawn into, and what the screen was last sent. */
    private BufferedImage image;
    private final TileDiff shownTiles = new TileDiff();
    private double shownScale;

    private final Consumer<RasterChart.Picture> onShown;
    private final Consumer<Throwable> onFailure;
    /** FX thread: the pacer of the scene showing this chart, if any. */
    private FramePacer pacer;
    /** FX thread: the newest request accepted, so one that would draw the same picture is skipped; null after a failure. */
    private Request newest;
    /** The pacer told about the render in progress; set before the worker starts it, read by the worker. */
    private volatile FramePacer busyPacer;

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
     * The real chart, for tests: read it only after {@link #isShowing} turned true on the FX
     * thread, when the worker is idle.
     */
    JFreeChart chart() {
        return chart;
    }

    /** Whether the picture on screen shows what the chart shows of this pair and no newer render is pending. */
    boolean isShowing(Scenario scenario, Evaluation evaluation) {
        RasterChart.Picture picture = display.picture();
        return picture != null && picture.source().equals(builder.shownInputs(scenario, evaluation))
                && pending.get() == null;
    }

    /** Ends the worker once a render in progress is done; later requests are ignored (FX thread). */
    void close() {
        worker.shutdown();
        newest = null;
    }

    /** Whether {@link #close} has ended the worker thread (any thread). */
    boolean isClosed() {
        return worker.isTerminated();
    }

    /** Whether no render is asked for or running; its picture may still be on its way to the FX thread (any thread). */
    boolean idle() {
        return pending.get() == null;
    }

    /** Lets pictures arrive through the pacer of the scene the chart is in, or straight (null) (FX thread). */
    void pacer(FramePacer newPacer) {
        pacer = newPacer;
    }

    /**
     * Asks for a render of the given snapshot at the given size in FX units, unless the newest
     * request would draw the same picture (call on the FX thread).
     */
    void request(Scenario scenario, Evaluation evaluation, double width, double height, double scale) {
        if (width < 1 || height < 1) {
            return;
        }
        Request request = new Request(scenario, evaluation, builder.shownInputs(scenario, evaluation), width, height, scale);
        if (request.drawsSameAs(newest)) {
            return;
        }
        if (worker.isShutdown()) {
            return;
        }
        newest = request;
        if (pending.getAndSet(request) == null) {
            busyPacer = pacer;
            if (pacer != null) {
                pacer.started();
            }
            worker.execute(this::renderPending);
        }
    }

    /**
     * Queues {@code show} and has the FX thread run the queue once the render that the pending
     * request began is over (worker thread).
     */
    private void deliver(FramePacer target, Runnable show) {
        finished.add(show);
        if (target != null) {
            target.deliver(this::showFinished);
        } else {
            Platform.runLater(this::showFinished);
        }
    }

    /** Shows every render finished so far, oldest first (FX thread). */
    private void showFinished() {
        for (Runnable next = finished.poll(); next != null; next = finished.poll()) {
            next.run();
        }
    }

    private void renderPending() {
        Request request = pending.get();
        if (request == null) {
            return;
        }
        FramePacer target = busyPacer; // read before the request is cleared: a new render may set it then
        EntityCollection entities;
        try {
            entities = render(request);
        } catch (RuntimeException | Error failed) { // a StackOverflowError in a renderer too: the worker must live on
            // Drop this request but stay alive: the next edit asks again; the window says what happened.
            if (pending.compareAndSet(request, null)) {
                deliver(target, () -> failed(failed));
            } else {
                renderNext(target);
                finished.add(() -> failed(failed));
                Platform.runLater(this::showFinished);
            }
            return;
        }
        // Only clear if no newer request replaced this one meanwhile; otherwise render that next.
        if (!pending.compareAndSet(request, null)) {
            renderNext(target);
            return;
        }
        if (request.scale() != shownScale) {
            shownTiles.reset(); // the same pixel size at another scale: every tile is new
            shownScale = request.scale();
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        RasterChart.Picture picture = new RasterChart.Picture(shownTiles.next(pixels, image.getWidth(), image.getHeight()),
                entities, request.width(), request.height(), request.scale(), request.shown());
        deliver(target, () -> onShown.accept(display.show(picture)));
    }

    /**
     * Renders the request that replaced the one just drawn; after {@link #close} there is no
     * worker for it, so it is dropped and the pacer hears that the render it was told of ended.
     */
    private void renderNext(FramePacer target) {
        try {
            worker.execute(this::renderPending);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            pending.set(null);
            deliver(target, () -> { });
        }
    }

    /** Reports a failed render and lets the same request be asked for again (FX thread). */
    private void failed(Throwable failure) {
        newest = null;
        onFailure.accept(failure);
    }

    /** Draws the chart into the worker's image at the request's pixel size; returns its entities (worker thread). */
    private EntityCollection render(Request request) {
        builder.update(chart, request.scenario(), request.evaluation());
        int pixelWidth = (int) Math.ceil(request.width() * request.scale());
        int pixelHeight = (int) Math.ceil(request.height() * request.scale());
        if (image == null || image.getWidth() != pixelWidth || image.getHeight() != pixelHeight) {
            image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_ARGB_PRE);
        }
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(request.scale(), request.scale());
            chart.draw(g2, new Rectangle2D.Double(0, 0, request.width(), request.height()), null, info);
        } finally {
            g2.dispose();
        }
        return info.getEntityCollection();
    }
}
