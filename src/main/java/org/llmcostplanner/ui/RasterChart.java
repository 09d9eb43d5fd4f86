package org.llmcostplanner.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.function.BiConsumer;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.plot.PiePlot;

/**
 * The chart a {@code ChartViewer} holds for a chart rendered off the FX thread by
 * {@link LiveChart}: it keeps the latest picture and that render's entities (so the viewer's
 * tooltips keep working), and asks for a new render when the viewer is resized. The pixels are
 * shown by an ImageView: one texture copy per frame instead of hundreds of antialiased shapes and
 * glyphs, which keeps a slider drag inside a frame on a machine without a GPU. FX-thread only.
 */
final class RasterChart extends JFreeChart {
    private static final long serialVersionUID = 1L;

    /**
     * One finished render.
     *
     * @param image    the pixels, at {@code width * scale} by {@code height * scale}
     * @param entities what the chart's areas are, in units of the area, for tooltips
     * @param width    area width in FX units
     * @param height   area height in FX units
     * @param source   what it was rendered from (an evaluation), to tell stale pictures apart
     */
    record Picture(Image image, EntityCollection entities, double width, double height, Object source) {
    }

    private transient Picture picture;
    private final transient BiConsumer<Double, Double> onResize;

    /** @param onResize called with the new area (width, height) when the viewer paints at a size the picture was not made for */
    RasterChart(BiConsumer<Double, Double> onResize) {
        super(null, null, new PiePlot<>(), false);
        this.onResize = onResize;
        setBackgroundPaint(Color.WHITE);
    }

    private transient WritableImage canvasImage;

    /**
     * Takes a finished render: copies its pixels into the one image that shows this chart (so the
     * renderer keeps one texture instead of a new one per frame). The viewer's canvas is not
     * repainted: the picture is shown by an ImageView above it, see {@code ChartPane}.
     *
     * @param pixels   premultiplied ARGB, {@code pixelWidth * pixelHeight}; read only during this call
     * @param entities the render's chart entities, in FX units
     * @param width    area width in FX units
     * @param height   area height in FX units
     * @param source   what it was rendered from, to tell stale pictures apart
     */
    Picture show(int[] pixels, int pixelWidth, int pixelHeight, EntityCollection entities, double width, double height,
              Object source) {
        if (canvasImage == null || (int) canvasImage.getWidth() != pixelWidth
                || (int) canvasImage.getHeight() != pixelHeight) {
            canvasImage = new WritableImage(pixelWidth, pixelHeight);
        }
        canvasImage.getPixelWriter().setPixels(0, 0, pixelWidth, pixelHeight, PixelFormat.getIntArgbPreInstance(),
                pixels, 0, pixelWidth);
        picture = new Picture(canvasImage, entities, width, height, source);
        return picture;
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
