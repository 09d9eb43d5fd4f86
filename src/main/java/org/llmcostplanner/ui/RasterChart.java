package org.llmcostplanner.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.PiePlot;

/**
 * The chart a {@code ChartViewer} holds for a chart rendered off the FX thread by
 * {@link LiveChart}: it keeps the latest picture and that render's entities (so the viewer's
 * tooltips keep working), and asks for a new render when the viewer is resized. The pixels are
 * shown by a {@link TiledPicture}: a few texture copies per frame instead of hundreds of
 * antialiased shapes and glyphs, which keeps a slider drag inside a frame on a machine without a
 * GPU. FX-thread only.
 */
final class RasterChart extends JFreeChart {
    private static final long serialVersionUID = 1L;

    /**
     * One finished render.
     *
     * @param changes  the tiles that differ from the previous picture
     * @param entities what the chart's areas are, in units of the area, for tooltips
     * @param width    area width in FX units
     * @param height   area height in FX units
     * @param scale    device pixels per FX unit
     * @param source   what it shows ({@link org.llmcostplanner.chart.ChartBuilder#shownInputs}), to tell stale pictures apart
     */
    record Picture(TileDiff.Changes changes, EntityCollection entities, double width, double height, double scale,
                   Object source) {
        int pixelWidth() {
            return changes.pixelWidth();
        }

        /** Each render is its own picture; comparing their tiles would cost a frame's time for nothing. */
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    private transient Picture picture;
    private final transient BiConsumer<Double, Double> onResize;

    /** @param onResize called with the new area (width, height) when the viewer paints at a size the picture was not made for */
    RasterChart(BiConsumer<Double, Double> onResize) {
        super(null, null, new PiePlot<>(), false);
        this.onResize = onResize;
        setBackgroundPaint(Color.WHITE);
    }

    /**
     * Takes a finished render as the current picture, for tooltips and resizing. The viewer's canvas
     * is not repainted: the picture is shown by a {@link TiledPicture} above it, see {@code ChartPane}.
     */
    Picture show(Picture next) {
        picture = next;
        return next;
    }

    Picture picture() {
        return picture;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        Picture current = picture;
        if (info != null) {
            info.clear();
            info.setChartArea(area);
            if (current != null && current.entities() != null) {
                info.setEntityCollection(current.entities());
            }
        }
        if (current == null) {
            g2.setPaint(Color.WHITE);
            g2.fill(area);
        }
        if (current == null || Math.abs(current.width() - area.getWidth()) > 0.5
                || Math.abs(current.height() - area.getHeight()) > 0.5) {
            onResize.accept(area.getWidth(), area.getHeight());
        }
    }
}
