package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The tornado's row labels: an input's name and, on a second line, the values it moved between.
 * Where a row is too short for two lines (a small picture, many rows), only the name is drawn,
 * so labels never run into each other.
 */
final class TornadoRowAxis extends CategoryAxis {
    private static final long serialVersionUID = 1L;
    /** The row height, in lines of label text, from which the second line is drawn. */
    static final double TWO_LINES = 2.2;

    /** The height of one row in the last layout, in Java2D units. */
    private double rowPitch = Double.MAX_VALUE;

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        int rows = getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot ? plot.getCategoriesForAxis(this).size() : 0;
        rowPitch = rows > 0 ? calculateCategorySize(rows, dataArea, edge) + (rows > 1 ? calculateCategoryGapSize(rows, dataArea, edge) : 0)
                : Double.MAX_VALUE;
        return super.refreshTicks(g2, state, dataArea, edge);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String text = category.toString();
        double lineHeight = g2.getFontMetrics(getTickLabelFont(category)).getHeight();
        // Two lines need a little more than their height, or a label's lines run into the next row's.
        int lines = rowPitch >= TWO_LINES * lineHeight ? getMaximumCategoryLabelLines() : 1;
        if (lines < 2 && text.contains("\n")) {
            text = text.substring(0, text.indexOf('\n'));
        }
        return TextUtils.createTextBlock(text, getTickLabelFont(category), getTickLabelPaint(category), width,
                lines, new org.jfree.chart.text.G2TextMeasurer(g2));
    }
}
