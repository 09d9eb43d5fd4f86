package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * Floating bars for a waterfall: each column of an {@link IntervalCategoryDataset} is drawn from
 * its start to its end value in its own colour, a dashed connector joins each bar's end to the next
 * bar, and every bar carries a label of two lines centred above it. Labels are drawn in a second
 * pass, after all bars, so no bar covers one; a label that would not leave a gap to its neighbours
 * falls back to its short form, and a label that would leave the top of the plot is kept inside it.
 */
final class StepBarRenderer extends IntervalBarRenderer {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 4;
    private static final double PAD_X = 3;
    private static final Color LABEL_GROUND = new Color(255, 255, 255, 220);

    /**
     * What one column shows.
     *
     * @param paint     the bar's colour
     * @param lines     the label, one or two lines
     * @param shortForm the label for a narrow column, as many lines
     * @param tooltip   one line for the tooltip
     */
    record Bar(Paint paint, List<String> lines, List<String> shortForm, String tooltip) implements Serializable {
        Bar {
            Objects.requireNonNull(paint, "paint");
            lines = List.copyOf(lines);
            shortForm = List.copyOf(shortForm);
            Objects.requireNonNull(tooltip, "tooltip");
        }
    }

    private List<Bar> bars = List.of();

    StepBarRenderer() {
        setDrawBarOutline(false);
        setShadowVisible(false);
        setDefaultToolTipGenerator((dataset, row, column) -> column < bars.size() ? bars.get(column).tooltip() : null);
    }

    /** The columns' colours and labels, in column order; takes effect at the next draw. */
    void setBars(List<Bar> value) {
        bars = List.copyOf(value);
    }

    List<Bar> bars() {
        return bars;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return column < bars.size() ? bars.get(column).paint() : super.getItemPaint(row, column);
    }

    /** Pass 0 draws the bars, pass 1 the connectors and labels on top of them. */
    @Override
    public int getPassCount() {
        return 2;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (!(dataset instanceof IntervalCategoryDataset intervals)) {
            return;
        }
        if (pass == 0) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            return;
        }
        RectangleEdge edge = plot.getRangeAxisEdge();
        double start = rangeAxis.valueToJava2D(intervals.getStartValue(row, column).doubleValue(), dataArea, edge);
        double end = rangeAxis.valueToJava2D(intervals.getEndValue(row, column).doubleValue(), dataArea, edge);
        double left = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, 0, column);
        double width = state.getBarWidth();
        int columns = dataset.getColumnCount();
        if (column + 1 < columns) {
            double nextLeft = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, 0, column + 1);
            g2.setPaint(ChartStyle.AXIS_LINE);
            g2.setStroke(ChartStyle.dashed(1f));
            g2.draw(new Line2D.Double(left + width, end, nextLeft, end));
        }
        if (column < bars.size()) {
            double pitch = dataArea.getWidth() / Math.max(1, columns);
            drawLabel(g2, dataArea, bars.get(column), left + width / 2, Math.min(start, end), pitch);
        }
    }

    /** The label centred at {@code centreX}, its bottom {@link #GAP} above {@code top}, inside the data area. */
    private static void drawLabel(Graphics2D g2, Rectangle2D dataArea, Bar bar, double centreX, double top, double pitch) {
        g2.setFont(ChartStyle.LABEL_FONT);
        FontMetrics metrics = g2.getFontMetrics();
        List<String> lines = widest(metrics, bar.lines()) + 2 * PAD_X + GAP <= pitch ? bar.lines() : bar.shortForm();
        double lineHeight = metrics.getHeight();
        double width = widest(metrics, lines) + 2 * PAD_X;
        double height = lines.size() * lineHeight;
        double y = Math.max(dataArea.getMinY(), top - GAP - height);
        double x = Math.max(dataArea.getMinX(), Math.min(dataArea.getMaxX() - width, centreX - width / 2));
        g2.setPaint(LABEL_GROUND);
        g2.fill(new Rectangle2D.Double(x, y, width, height));
        g2.setPaint(ChartStyle.TEXT);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            float lineX = (float) (x + (width - metrics.stringWidth(line)) / 2);
            g2.drawString(line, lineX, (float) (y + i * lineHeight + metrics.getAscent()));
        }
    }

    private static int widest(FontMetrics metrics, List<String> lines) {
        int widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, metrics.stringWidth(line));
        }
        return widest;
    }
}
