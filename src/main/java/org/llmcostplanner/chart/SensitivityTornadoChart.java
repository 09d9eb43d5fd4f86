package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.InputText;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.Tornado;
import org.llmcostplanner.model.plan.TornadoBar;

/**
 * The tornado: a metric (monthly TCO by default) with each input lowered and raised by a share of
 * its value (20% by default), one row per input, the inputs that move it most on top. Series 0 runs
 * from the base value to the metric with the input lowered, series 1 with it raised; the base
 * value is a vertical line. Recomputes the tornado on every update: about two evaluations and two
 * validations per input in effect (see {@link Sensitivity}).
 */
final class SensitivityTornadoChart implements ChartBuilder {
    static final String CONTEXT_ID = "context";
    static final String NOTE_ID = "note";
    static final int DEFAULT_BARS = 10;
    /** The share of the row axis left empty above the first row, for the base value's label. */
    static final double TOP_BAND = 0.07;

    private final Metric metric;
    private final double delta;
    private final int mostBars;

    /** Monthly TCO at +/-20%, the top ten inputs. */
    SensitivityTornadoChart() {
        this(Metric.MONTHLY_TCO, Sensitivity.DEFAULT_DELTA, DEFAULT_BARS);
    }

    /**
     * @param delta    the share each input moves by, above 0 and at most {@link Sensitivity#MOST_DELTA}
     * @param mostBars how many inputs to draw, at least 1
     */
    SensitivityTornadoChart(Metric metric, double delta, int mostBars) {
        this.metric = Objects.requireNonNull(metric, "metric");
        if (!(delta > 0 && delta <= Sensitivity.MOST_DELTA) || mostBars < 1) {
            throw new IllegalArgumentException("a change above 0 and at most 1, and at least one bar (was " + delta + ", "
                    + mostBars + ")");
        }
        this.delta = delta;
        this.mostBars = mostBars;
    }

    /** One row of the chart: its rank orders the rows, its text labels them. */
    private record Row(int rank, String text) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            return Integer.compare(rank, other.rank);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    @Override
    public String id() {
        return "sensitivity-tornado";
    }

    @Override
    public String title() {
        return "Tornado: " + metric.label() + ", each input " + percent();
    }

    private String percent() {
        return "\u00b1" + Money.plain(delta * 100) + "%";
    }

    /**
     * Everything but the names and the Pareto table's configurations, which no metric reads: a
     * rename or an edited configuration does not redraw the tornado.
     */
    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return scenario.withName("").withDescription("").withPareto(scenario.pareto().withConfigurations(List.of()));
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        CategoryAxis rows = new TornadoRowAxis();
        NumberAxis values = new NumberAxis(MetricFormats.axisTitle(metric));
        TornadoRenderer renderer = new TornadoRenderer(value -> MetricFormats.label(metric, value, 0), TOP_BAND);
        CategoryPlot plot = new CategoryPlot(dataset(List.of(), 0), rows, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        TextTitle note = ChartStyle.subtitle(NOTE_ID, "");
        chart.addSubtitle(0, note); // drawn before the legend: below it, at the very bottom
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setFont(ChartStyle.LABEL_FONT);
        note.setPadding(new RectangleInsets(4, 0, 0, 0));
        style(plot, rows, values, renderer);
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getRenderer() instanceof TornadoRenderer)) {
            throw new IllegalArgumentException("not a tornado chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private void refresh(JFreeChart chart, CategoryPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Tornado tornado = Sensitivity.tornado(scenario, metric, delta);
        List<TornadoBar> shown = tornado.top(mostBars);
        double base = tornado.baseMetric().orElse(0);
        double span = setRange((NumberAxis) plot.getRangeAxis(), shown, base);
        ((TornadoRenderer) plot.getRenderer()).setLabels(value -> MetricFormats.label(metric, value, span));
        plot.setDataset(dataset(shown, base));
        plot.clearRangeMarkers();
        if (!shown.isEmpty()) {
            plot.addRangeMarker(baseMarker(base, span), Layer.FOREGROUND);
        }
        plot.setNoDataMessage(tornado.baseMetric().isPresent()
                ? "No input in effect moves " + metric.label() + ": " + notShown(tornado)
                : metric.label() + " is undefined: " + tornado.undefinedReason().orElse(""));
        plot.getRangeAxis().setTickLabelsVisible(!shown.isEmpty());
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(context(tornado, shown.size()));
        String note = note(tornado, shown);
        ChartStyle.findSubtitle(chart, NOTE_ID).setText(note);
        ChartStyle.findSubtitle(chart, NOTE_ID).setVisible(!note.isEmpty());
    }

    private String context(Tornado tornado, int shown) {
        if (tornado.baseMetric().isEmpty()) {
            return "";
        }
        int moving = tornado.bars().size();
        if (moving == 0) {
            return "Base " + metric.format(tornado.baseMetric().getAsDouble());
        }
        return "Base " + metric.format(tornado.baseMetric().getAsDouble()) + (metric.isMoney() && metric.unit().endsWith("month")
                ? " per month" : "") + " \u00b7 " + (moving == shown ? "the " + moving : "the top " + shown + " of "
                + moving) + (moving == 1 ? " input that moves it" : " inputs that move it");
    }

    /** What was clamped and how many inputs were left out, in one line. */
    private static String note(Tornado tornado, List<TornadoBar> shown) {
        List<String> parts = new ArrayList<>();
        List<String> clamped = shown.stream().filter(TornadoBar::clamped).map(bar -> bar.input().label()).toList();
        if (!clamped.isEmpty()) {
            parts.add("Kept in range: " + String.join(", ", clamped));
        }
        if (!shown.isEmpty() && (!tornado.skipped().isEmpty() || !tornado.unchanged().isEmpty())) {
            parts.add("Not shown: " + notShown(tornado));
        }
        return String.join("   \u00b7   ", parts);
    }

    private static String notShown(Tornado tornado) {
        return (tornado.unchanged().size() + tornado.skipped().size()) + " inputs with no effect, at 0 or with their lever off";
    }

    private DefaultIntervalCategoryDataset dataset(List<TornadoBar> bars, double base) {
        int n = bars.size();
        Row[] rows = new Row[n];
        Number[][] starts = new Number[2][n];
        Number[][] ends = new Number[2][n];
        for (int i = 0; i < n; i++) {
            TornadoBar bar = bars.get(i);
            rows[i] = new Row(i, rowText(bar));
            starts[0][i] = base;
            starts[1][i] = base;
            ends[0][i] = bar.metricAtLow();
            ends[1][i] = bar.metricAtHigh();
        }
        String[] series = {"Input lowered " + Money.plain(delta * 100) + "%", "Input raised " + Money.plain(delta * 100) + "%"};
        return new DefaultIntervalCategoryDataset(series, rows, starts, ends);
    }

    /** The input's name, and on a second line the values it moved between: {@code 8,000 - 12,000 queries / day}. */
    private static String rowText(TornadoBar bar) {
        return bar.input().label() + "\n" + InputText.brief(bar.input(), bar.lowValue()) + " \u2013 "
                + InputText.brief(bar.input(), bar.highValue()) + ("%".equals(bar.input().unit()) ? "%" : " " + bar.input().unit())
                + (bar.clamped() ? " (kept in range)" : "");
    }

    private ValueMarker baseMarker(double base, double span) {
        ValueMarker marker = new ValueMarker(base, ChartStyle.TEXT, ChartStyle.line(1.5f));
        marker.setLabel("Base " + MetricFormats.label(metric, base, span));
        marker.setLabelFont(ChartStyle.LABEL_FONT);
        marker.setLabelPaint(ChartStyle.TEXT);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 230));
        // In the empty band the row axis's lower margin leaves above the first row (markers are clipped to the data area).
        marker.setLabelAnchor(RectangleAnchor.TOP);
        marker.setLabelTextAnchor(TextAnchor.TOP_CENTER);
        marker.setLabelOffset(new RectangleInsets(2, 0, 2, 0));
        return marker;
    }

    /**
     * The value axis from the least to the greatest end, widened so the labels outside the bars
     * fit: a fifth of the span either side, and never a zero span; its tick format to match.
     * Returns the span of the bars' values (0 without bars).
     */
    private double setRange(NumberAxis axis, List<TornadoBar> bars, double base) {
        double lo = base;
        double hi = base;
        for (TornadoBar bar : bars) {
            lo = Math.min(lo, bar.metricMin());
            hi = Math.max(hi, bar.metricMax());
        }
        double spread = hi - lo;
        double span = spread > 0 ? spread : Math.max(Math.abs(base) * 0.1, 1);
        axis.setRange(lo - 0.22 * span, hi + 0.22 * span);
        axis.setNumberFormatOverride(MetricFormats.axis(metric, 1.44 * span));
        return spread;
    }

    private void style(CategoryPlot plot, CategoryAxis rows, NumberAxis values, TornadoRenderer renderer) {
        ChartStyle.styleAxis(rows);
        ChartStyle.styleAxis(values);
        rows.setMaximumCategoryLabelLines(3);
        rows.setMaximumCategoryLabelWidthRatio(0.3f);
        rows.setCategoryMargin(0.3);
        rows.setLowerMargin(TOP_BAND);
        rows.setUpperMargin(0.02);
        rows.setTickMarksVisible(false);
        rows.setAxisLineVisible(false);
        values.setAutoRangeIncludesZero(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(4, 4, 4, 24));
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesPaint(1, ChartStyle.ORANGE);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultLegendShape(new Rectangle2D.Double(-6, -6, 12, 12));
        renderer.setDefaultToolTipGenerator((dataset, row, column) -> dataset.getColumnKey(column).toString().replace('\n', ' ')
                + ": " + metric.format(dataset.getValue(row, column).doubleValue()));
    }
}
