package org.llmcostplanner.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.DoubleFunction;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * The tornado's bars: each series an interval from the base value to the metric at one end,
 * both series drawn over each other across the category's full height (the base line splits
 * them), and the far end of each labelled with its value, outside the bar. For a horizontal plot.
 */
final class TornadoRenderer extends IntervalBarRenderer {
    private static final long serialVersionUID = 1L;
    /** Gap between a bar's end and its label, in design pixels. */
    static final double LABEL_GAP = 5;

    /** The least row height, in lines of label text, at which the bar ends are labelled. */
    static final double ROW_LINES = 1.1;

    /** A bar end's text; set before each update's redraw (the decimals follow the values shown). */
    private DoubleFunction<String> label;
    /** The share of the data area's height above the first row, where a range marker's label goes. */
    private final double topBand;

    /**
     * @param label   a bar end's text
     * @param topBand the share of the height left empty above the first row (the row axis's lower margin)
     */
    TornadoRenderer(DoubleFunction<String> label, double topBand) {
        this.label = label;
        this.topBand = topBand;
        setItemMargin(0);
        setDrawBarOutline(false);
        setShadowVisible(false);
    }

    /** Sets a bar end's text, without a change event: call it inside the update that changes the data. */
    void setLabels(DoubleFunction<String> value) {
        this.label = value;
    }

    @Override
    public CategoryItemRendererState initialise(Graphics2D g2, Rectangle2D dataArea, CategoryPlot plot, int rendererIndex,
                                                PlotRenderingInfo info) {
        CategoryItemRendererState state = super.initialise(g2, dataArea, plot, rendererIndex, info);
        // The base class splits a category between the series; here they share it.
        int series = Math.max(1, state.getVisibleSeriesCount() >= 0 ? state.getVisibleSeriesCount() : getRowCount());
        state.setBarWidth(state.getBarWidth() * series);
        return state;
    }

    @Override
    protected double calculateBarW0(CategoryPlot plot, PlotOrientation orientation, Rectangle2D dataArea,
                                    CategoryAxis domainAxis, CategoryItemRendererState state, int row, int column) {
        return domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge())
                - state.getBarWidth() / 2;
    }

    @Override
    protected void drawInterval(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                                CategoryAxis domainAxis, ValueAxis rangeAxis, IntervalCategoryDataset dataset, int row,
                                int column) {
        super.drawInterval(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column);
        Number start = dataset.getStartValue(row, column);
        Number end = dataset.getEndValue(row, column);
        if (start == null || end == null || end.doubleValue() == start.doubleValue() || state.getVisibleSeriesIndex(row) < 0) {
            return;
        }
        g2.setFont(ChartStyle.LABEL_FONT);
        double textHeight = g2.getFontMetrics().getHeight();
        if (dataArea.getHeight() / Math.max(1, getColumnCount()) < ROW_LINES * textHeight) {
            return; // rows lower than a label: the labels would run into each other
        }
        double endX = rangeAxis.valueToJava2D(end.doubleValue(), dataArea, plot.getRangeAxisEdge());
        boolean right = end.doubleValue() > start.doubleValue();
        double y = domainAxis.getCategoryMiddle(column, getColumnCount(), dataArea, plot.getDomainAxisEdge());
        g2.setPaint(ChartStyle.TEXT);
        TextUtils.drawAlignedString(label.apply(end.doubleValue()), g2, (float) (endX + (right ? LABEL_GAP : -LABEL_GAP)),
                (float) y, right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
    }

    /** A range marker, its label left out where the band above the first row is lower than the label. */
    @Override
    public void drawRangeMarker(Graphics2D g2, CategoryPlot plot, ValueAxis axis, Marker marker, Rectangle2D dataArea) {
        Marker drawn = marker;
        if (marker.getLabel() != null && dataArea.getHeight() * topBand < g2.getFontMetrics(marker.getLabelFont()).getHeight()) {
            try {
                drawn = (Marker) marker.clone();
                drawn.setLabel(null);
            } catch (CloneNotSupportedException cannot) {
                throw new IllegalStateException(cannot);
            }
        }
        super.drawRangeMarker(g2, plot, axis, drawn, dataArea);
    }
}
