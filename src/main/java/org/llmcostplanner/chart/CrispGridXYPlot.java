package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose gridlines are drawn without antialiasing ({@link ChartStyle#withoutAntialiasing}).
 * They are thin axis-aligned lines JFreeChart already snaps to whole pixels, so they look the same
 * at any scale, and cost next to nothing instead of a fifth of a chart's drawing time in software
 * rendering (each antialiased line is rasterised over the whole plot).
 */
final class CrispGridXYPlot extends XYPlot {
    private static final long serialVersionUID = 1L;

    CrispGridXYPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    @Override
    protected void drawDomainGridlines(Graphics2D g2, Rectangle2D dataArea, List ticks) {
        ChartStyle.withoutAntialiasing(g2, () -> super.drawDomainGridlines(g2, dataArea, ticks));
    }

    @Override
    protected void drawRangeGridlines(Graphics2D g2, Rectangle2D dataArea, List ticks) {
        ChartStyle.withoutAntialiasing(g2, () -> super.drawRangeGridlines(g2, dataArea, ticks));
    }
}
