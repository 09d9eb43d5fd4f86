package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;

/**
 * A step renderer whose plot gridlines are drawn without antialiasing, as in
 * {@link MarkerLabelRenderer}: a log axis with minor ticks draws dozens of them on every redraw.
 */
final class CrispGridStepRenderer extends XYStepRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    public void drawDomainLine(Graphics2D g2, XYPlot plot, ValueAxis axis, Rectangle2D dataArea, double value,
                               Paint paint, Stroke stroke) {
        ChartStyle.withoutAntialiasing(g2, () -> super.drawDomainLine(g2, plot, axis, dataArea, value, paint, stroke));
    }

    @Override
    public void drawRangeLine(Graphics2D g2, XYPlot plot, ValueAxis axis, Rectangle2D dataArea, double value,
                              Paint paint, Stroke stroke) {
        ChartStyle.withoutAntialiasing(g2, () -> super.drawRangeLine(g2, plot, axis, dataArea, value, paint, stroke));
    }
}
