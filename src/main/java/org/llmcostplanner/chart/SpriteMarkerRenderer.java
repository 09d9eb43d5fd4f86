package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Markers only (no lines), stamped as a pre-drawn image per series when a chart with many points
 * is drawn to pixels: Java2D fills an antialiased circle through its path renderer at some 15 µs,
 * so 10,000 of them would take a frame's time several times over, while copying a small image
 * takes well under one. Each stamp lands on the nearest device pixel (a shift of at most half a
 * pixel). Vector output (SVG), rotated or sheared drawing, and plots with few points draw the
 * shapes as usual. Entities and tooltips are the same either way.
 */
final class SpriteMarkerRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    /** From this many points in the dataset on, markers are stamped. */
    static final int STAMP_FROM_POINTS = 500;

    /** One stamp per series look and device scale; drawing is confined to one thread per chart. */
    private transient Map<StampKey, Stamp> stamps = new HashMap<>();
    /** The stamp of the series drawn last in this drawing, so its items skip the lookup; -1 for none. */
    private transient int lastSeries = -1;
    private transient Stamp lastStamp;
    private transient org.jfree.chart.ui.RectangleEdge domainEdge;
    private transient org.jfree.chart.ui.RectangleEdge rangeEdge;

    private record StampKey(Shape shape, Paint paint, Stroke outline, double scale) {
    }

    /** The image and where its centre is, in device pixels. */
    private record Stamp(BufferedImage image, int centreX, int centreY) {
    }

    SpriteMarkerRenderer() {
        super(false, true);
    }

    /** Markers only: the first pass, for lines, has nothing to draw for any item. */
    @Override
    public void drawItem(Graphics2D g2, org.jfree.chart.renderer.xy.XYItemRendererState state, Rectangle2D dataArea,
                         org.jfree.chart.plot.PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis,
                         ValueAxis rangeAxis, XYDataset dataset, int series, int item, CrosshairState crosshairState,
                         int pass) {
        if (isItemPass(pass)) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item, crosshairState, pass);
        }
    }

    @Override
    protected void drawSecondaryPass(Graphics2D g2, XYPlot plot, XYDataset dataset, int pass, int series, int item,
                                     ValueAxis domainAxis, Rectangle2D dataArea, ValueAxis rangeAxis,
                                     CrosshairState crosshairState, EntityCollection entities) {
        AffineTransform transform = g2.getTransform();
        if (!stamps(g2, plot, dataset, transform)) {
            super.drawSecondaryPass(g2, plot, dataset, pass, series, item, domainAxis, dataArea, rangeAxis,
                    crosshairState, entities);
            return;
        }
        double x = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return;
        }
        double transX = domainAxis.valueToJava2D(x, dataArea, domainEdge);
        double transY = rangeAxis.valueToJava2D(y, dataArea, rangeEdge);
        Shape shape = getItemShape(series, item);
        Rectangle2D bounds = shape.getBounds2D();
        if (getItemShapeVisible(series, item)
                && dataArea.intersects(transX + bounds.getMinX(), transY + bounds.getMinY(), bounds.getWidth(), bounds.getHeight())) {
            if (series != lastSeries) {
                lastStamp = stamp(new StampKey(shape, getItemPaint(series, item),
                        getDrawOutlines() ? getItemOutlineStroke(series, item) : null, transform.getScaleX()));
                lastSeries = series;
            }
            Stamp stamp = lastStamp;
            int deviceX = (int) Math.round(transform.getTranslateX() + transX * transform.getScaleX());
            int deviceY = (int) Math.round(transform.getTranslateY() + transY * transform.getScaleY());
            g2.setTransform(new AffineTransform());
            g2.drawImage(stamp.image(), deviceX - stamp.centreX(), deviceY - stamp.centreY(), null);
            g2.setTransform(transform);
        }
        if (entities != null && dataArea.contains(transX, transY)) {
            addEntity(entities, null, dataset, series, item, transX, transY); // a circle of the default entity radius
        }
    }

    @Override
    public org.jfree.chart.renderer.xy.XYItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, XYPlot plot,
                                                                       XYDataset data,
                                                                       org.jfree.chart.plot.PlotRenderingInfo info) {
        lastSeries = -1; // a new drawing: the scale or the series' look may have changed
        domainEdge = plot.getDomainAxisEdge(); // looked up once, not for each of thousands of points
        rangeEdge = plot.getRangeAxisEdge();
        return super.initialise(g2, dataArea, plot, data, info);
    }

    /** Whether to stamp: many points, pixel output, and only scaling and translation. */
    private static boolean stamps(Graphics2D g2, XYPlot plot, XYDataset dataset, AffineTransform transform) {
        int points = 0;
        for (int s = 0; s < dataset.getSeriesCount() && points < STAMP_FROM_POINTS; s++) {
            points += dataset.getItemCount(s);
        }
        return points >= STAMP_FROM_POINTS && !(g2 instanceof SVGGraphics2D)
                && g2.getDeviceConfiguration().getDevice().getType() == GraphicsDevice.TYPE_IMAGE_BUFFER
                && plot.getOrientation() == PlotOrientation.VERTICAL
                && (transform.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_UNIFORM_SCALE)) == 0
                && transform.getScaleX() > 0;
    }

    /** The marker as the plain renderer draws it: filled, then outlined in the same paint. */
    private Stamp stamp(StampKey look) {
        if (stamps == null) {
            stamps = new HashMap<>();
        }
        return stamps.computeIfAbsent(look, key -> {
            Shape shape = key.shape();
            double scale = key.scale();
            Rectangle2D bounds = shape.getBounds2D();
            int margin = 2;
            int left = (int) Math.floor(bounds.getMinX() * scale) - margin;
            int top = (int) Math.floor(bounds.getMinY() * scale) - margin;
            int width = (int) Math.ceil(bounds.getMaxX() * scale) + margin - left;
            int height = (int) Math.ceil(bounds.getMaxY() * scale) + margin - top;
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.translate(-left, -top);
                g.scale(scale, scale);
                g.setPaint(key.paint());
                g.fill(shape);
                if (key.outline() != null) {
                    g.setStroke(key.outline());
                    g.draw(shape);
                }
            } finally {
                g.dispose();
            }
            return new Stamp(image, -left, -top);
        });
    }

    /**
     * A tooltip generator that reads nothing of the dataset it is given, only its own snapshot of
     * what each point shows: its entities may make their text later, on the FX thread, while the
     * chart's thread refills the dataset for the next picture.
     */
    interface SnapshotToolTips extends XYToolTipGenerator {
    }

    /**
     * With a {@link SnapshotToolTips} generator, entities whose tooltip text is made when first
     * asked for (the pointer rests on the point), not for every point at every redraw: a chart of
     * 10,000 points would format 10,000 texts per edit for the one a user reads. Other generators
     * get the usual entities, their text made now.
     */
    @Override
    protected void addEntity(EntityCollection entities, Shape hotspot, XYDataset dataset, int series, int item,
                             double entityX, double entityY) {
        if (!(getToolTipGenerator(series, item) instanceof SnapshotToolTips)) {
            super.addEntity(entities, hotspot, dataset, series, item, entityX, entityY);
            return;
        }
        if (!getItemCreateEntity(series, item)) {
            return;
        }
        double r = getDefaultEntityRadius();
        Shape area = hotspot != null ? hotspot : new java.awt.geom.Ellipse2D.Double(entityX - r, entityY - r, 2 * r, 2 * r);
        entities.add(new LazyTooltipEntity(area, dataset, series, item, getToolTipGenerator(series, item)));
    }

    /** An item entity that asks its {@link SnapshotToolTips} generator for the tooltip text on first use. */
    static final class LazyTooltipEntity extends XYItemEntity {
        private static final long serialVersionUID = 1L;
        private final transient XYToolTipGenerator generator;
        private transient boolean made;

        LazyTooltipEntity(Shape area, XYDataset dataset, int series, int item, XYToolTipGenerator generator) {
            super(area, dataset, series, item, null, null);
            this.generator = generator;
        }

        @Override
        public String getToolTipText() {
            if (!made && generator != null) {
                setToolTipText(generator.generateToolTip(getDataset(), getSeriesIndex(), getItem()));
                made = true;
            }
            return super.getToolTipText();
        }
    }

    /** How many stamps were made so far, for tests: 0 when nothing was stamped. */
    int stampCount() {
        return stamps == null ? 0 : stamps.size();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpriteMarkerRenderer && super.equals(other);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), SpriteMarkerRenderer.class);
    }
}
