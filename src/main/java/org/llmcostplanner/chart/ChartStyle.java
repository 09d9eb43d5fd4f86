package org.llmcostplanner.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.ui.VerticalAlignment;
import org.llmcostplanner.model.CostCategory;

/**
 * The planner's one slide style, for the screen and for files: white background, no gradients or
 * shadows, the Okabe-Ito colour-blind-safe palette with one colour per {@link CostCategory}.
 * Sizes are in pixels of the {@link #DESIGN_WIDTH} x {@link #DESIGN_HEIGHT} layout; exports scale
 * that layout up (see {@link ChartExport}), so a 1920x1080 PNG reads like this design at 2x.
 */
public final class ChartStyle {
    /** The layout the fonts are designed for: about the size of a chart on screen. */
    public static final int DESIGN_WIDTH = 960;
    public static final int DESIGN_HEIGHT = 540;

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color GREEN = new Color(0x009E73);
    public static final Color PURPLE = new Color(0xCC79A7);
    public static final Color SKY = new Color(0x56B4E9);
    public static final Color VERMILLION = new Color(0xD55E00);

    public static final Color TEXT = new Color(0x222222);
    public static final Color MUTED_TEXT = new Color(0x555555);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color AXIS_LINE = new Color(0x888888);

    public static final String FONT_FAMILY = Font.SANS_SERIF;
    public static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 20);
    public static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 15);
    public static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 14);
    public static final Font LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);
    public static final Font MESSAGE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 16);

    private static final Map<CostCategory, Color> CATEGORY_COLORS = new EnumMap<>(Map.of(
            CostCategory.API, BLUE,
            CostCategory.INFRASTRUCTURE, ORANGE,
            CostCategory.ENGINEERING, GREEN,
            CostCategory.QUALITY, PURPLE,
            CostCategory.OPERATIONAL, SKY));

    private ChartStyle() {
    }

    /** The category's colour, the same in every chart. */
    public static Color color(CostCategory category) {
        return CATEGORY_COLORS.get(category);
    }

    /** A solid line of the given width (pixels of the design layout) with round joins. */
    public static Stroke line(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A dashed line of the given width, for reference markers. */
    public static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    }

    /**
     * Applies the theme to a fully assembled chart (plot, legend and subtitles in place): fonts,
     * white backgrounds, flat painters, antialiasing, quiet legend. Chart-specific settings
     * (pie labels, axis formats) go after this call, since the theme resets them.
     */
    public static void apply(JFreeChart chart) {
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(10, 16, 8, 20));
        chart.getRenderingHints().put(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        chart.getPlot().setOutlineVisible(false);
        chart.getPlot().setNoDataMessageFont(MESSAGE_FONT);
        chart.getPlot().setNoDataMessagePaint(MUTED_TEXT);
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(TEXT);
            title.setPadding(new RectangleInsets(2, 0, 2, 0));
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            styleSubtitle(chart.getSubtitle(i));
        }
    }

    /**
     * The look every XY chart shares: axis fonts and colours, solid one-pixel gridlines, axes
     * flush with the data area, and room at the right for the last tick label.
     */
    public static void styleXyPlot(XYPlot plot) {
        for (Axis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            styleAxis(axis);
        }
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(line(1f));
        plot.setRangeGridlineStroke(line(1f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
    }

    /** Axis fonts and colours; {@link #styleXyPlot} does this for the first axes, a second axis needs it too. */
    public static void styleAxis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(MUTED_TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setLabelInsets(new RectangleInsets(6, 6, 6, 6));
    }

    /**
     * A dashed vertical line at {@code x} with a label at its top, on a white ground: right of the
     * line when {@code labelRight} (keep labels off the plot's nearer edge), left of it otherwise,
     * {@code row} lines down so two close markers do not overwrite each other.
     */
    public static ValueMarker verticalMarker(double x, String label, Color color, boolean labelRight, int row) {
        ValueMarker marker = new ValueMarker(x, color, dashed(2f));
        marker.setLabel(label);
        marker.setLabelFont(LABEL_FONT);
        marker.setLabelPaint(color.equals(Color.BLACK) ? TEXT : color.darker());
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        marker.setLabelAnchor(labelRight ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(labelRight ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
        marker.setLabelOffset(new RectangleInsets(4 + row * 22, 6, 4, 6));
        return marker;
    }

    /** A subtitle line under the title, in the subtitle font and muted colour. */
    public static TextTitle subtitle(String id, String text) {
        TextTitle subtitle = new TextTitle(text, SUBTITLE_FONT, MUTED_TEXT, RectangleEdge.TOP,
                HorizontalAlignment.CENTER, VerticalAlignment.TOP, new RectangleInsets(2, 0, 6, 0));
        subtitle.setID(id);
        return subtitle;
    }

    /** The subtitle with the given {@link TextTitle#getID() id}; fails if the chart lacks it. */
    static TextTitle findSubtitle(JFreeChart chart, String id) {
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title title = chart.getSubtitle(i);
            if (title instanceof TextTitle && id.equals(title.getID())) {
                return (TextTitle) title;
            }
        }
        throw new IllegalArgumentException("chart has no subtitle '" + id + "'; was it built by this builder?");
    }

    private static void styleSubtitle(Title title) {
        if (title instanceof LegendTitle) {
            LegendTitle legend = (LegendTitle) title;
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
            legend.setPadding(new RectangleInsets(8, 0, 0, 0));
        } else if (title instanceof TextTitle) {
            ((TextTitle) title).setFont(SUBTITLE_FONT);
            ((TextTitle) title).setPaint(MUTED_TEXT);
        }
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("LLM Cost Planner", false);
        theme.setExtraLargeFont(TITLE_FONT);
        theme.setLargeFont(AXIS_LABEL_FONT);
        theme.setRegularFont(TICK_FONT);
        theme.setSmallFont(TICK_FONT);
        theme.setTitlePaint(TEXT);
        theme.setSubtitlePaint(MUTED_TEXT);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(TEXT);
        theme.setPlotOutlinePaint(AXIS_LINE);
        theme.setDomainGridlinePaint(GRID);
        theme.setRangeGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(MUTED_TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLabelLinkPaint(MUTED_TEXT);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        Paint[] palette = {BLUE, ORANGE, GREEN, PURPLE, SKY, VERMILLION};
        theme.setDrawingSupplier(new DefaultDrawingSupplier(palette, palette, palette,
                DefaultDrawingSupplier.DEFAULT_STROKE_SEQUENCE, DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return theme;
    }

    /**
     * Runs {@code draw} with antialiasing off: for one-pixel gridlines, which JFreeChart already
     * snaps to whole pixels, so they look the same and skip the antialiasing rasteriser.
     */
    static void withoutAntialiasing(Graphics2D g2, Runnable draw) {
        Object saved = g2.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        try {
            draw.run();
        } finally {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, saved != null ? saved : RenderingHints.VALUE_ANTIALIAS_DEFAULT);
        }
    }
}
