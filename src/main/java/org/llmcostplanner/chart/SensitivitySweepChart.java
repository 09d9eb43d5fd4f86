package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.plan.InputText;
import org.llmcostplanner.model.plan.Metric;
import org.llmcostplanner.model.plan.Sensitivity;
import org.llmcostplanner.model.plan.Sweep;
import org.llmcostplanner.model.plan.SweepPoint;
import org.llmcostplanner.model.plan.SweepTable;

/**
 * A one-input sweep as a line: a metric (monthly TCO by default) against one input (queries per
 * day by default) over the input's slider range, all else held; the current value marked. The
 * input axis is logarithmic for a log slider; the metric axis too when its values are all above 0
 * and span {@link #LOG_SPAN} times or more, so a fixed cost and a volume cost both read. The
 * default tornado's +/-20% around the current value is shaded.
 */
final class SensitivitySweepChart implements ChartBuilder {
    static final String CONTEXT_ID = "context";
    static final int DEFAULT_POINTS = 121;
    /** The metric's greatest over its least value from which its axis is logarithmic. */
    static final double LOG_SPAN = 30;
    /** The tornado's band: the Okabe-Ito sky blue, light. */
    private static final Color BAND = new Color(0x56, 0xB4, 0xE9, 60);

    private final ScenarioInput input;
    private final Metric metric;
    private final int points;

    /** Monthly TCO over queries per day. */
    SensitivitySweepChart() {
        this(ScenarioInputs.QUERIES_PER_DAY, Metric.MONTHLY_TCO, DEFAULT_POINTS);
    }

    /** @param points 2 to {@link Sweep#MOST_POINTS} values of the input */
    SensitivitySweepChart(ScenarioInput input, Metric metric, int points) {
        this.input = Objects.requireNonNull(input, "input");
        this.metric = Objects.requireNonNull(metric, "metric");
        if (points < 2 || points > Sweep.MOST_POINTS) {
            throw new IllegalArgumentException("a sweep takes 2 to " + Sweep.MOST_POINTS + " points (was " + points + ")");
        }
        this.points = points;
    }

    @Override
    public String id() {
        return "sensitivity-sweep";
    }

    @Override
    public String title() {
        return metric.label() + " by " + input.label().toLowerCase(Locale.ROOT);
    }

    /** As the tornado: everything but the names and the Pareto table's configurations. */
    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        return scenario.withName("").withDescription("").withPareto(scenario.pareto().withConfigurations(List.of()));
    }

    private boolean logInput() {
        return input.logSlider() && Math.max(input.validMin(), input.sliderMin()) > 0;
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        // The unit only where the name does not already say it: "Queries per day", not "(queries / day)".
        String unitWord = input.unit().split(" ")[0].toLowerCase(Locale.ROOT);
        List<String> notes = new java.util.ArrayList<>();
        if (!input.label().toLowerCase(Locale.ROOT).contains(unitWord)) {
            notes.add(input.unit());
        }
        if (logInput()) {
            notes.add("log scale");
        }
        String inputTitle = input.label() + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
        ValueAxis xAxis = logInput() ? new LogAxis(inputTitle) : new NumberAxis(inputTitle);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, new NumberAxis(MetricFormats.axisTitle(metric)), line);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, false);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        plot.setDomainMinorGridlinesVisible(false);
        if (xAxis instanceof LogAxis log) {
            log.setAutoTickUnitSelection(false);
            log.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0"), 9), false, false);
            log.setMinorTickMarksVisible(true);
            log.setNumberFormatOverride(new CompactFormat());
        } else {
            ((NumberAxis) xAxis).setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.US)));
        }
        xAxis.setRange(Math.max(input.validMin(), input.sliderMin()), Math.min(input.validMax(), input.sliderMax()));
        line.setSeriesPaint(0, ChartStyle.BLUE);
        line.setSeriesStroke(0, ChartStyle.line(3f));
        line.setDrawSeriesLineAsPath(true);
        line.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        plot.setNoDataMessage(metric.label() + " is undefined over this range");
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || !(plot.getDataset() instanceof XYSeriesCollection)
                || !MetricFormats.axisTitle(metric).equals(metricAxisTitle(plot))) {
            throw new IllegalArgumentException("not this sweep chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario));
    }

    private static String metricAxisTitle(XYPlot plot) {
        return plot.getRangeAxis().getLabel();
    }

    private void refresh(JFreeChart chart, XYPlot plot, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        SweepTable table = Sweep.overSlider(scenario, input, metric, points);
        XYSeries series = new XYSeries(metric.label(), true, false);
        double least = Double.POSITIVE_INFINITY;
        double most = Double.NEGATIVE_INFINITY;
        for (SweepPoint point : table.points()) {
            series.add(point.inputValue(), point.metricValue());
            least = Math.min(least, point.metricValue());
            most = Math.max(most, point.metricValue());
        }
        XYSeriesCollection data = (XYSeriesCollection) plot.getDataset();
        data.removeAllSeries();
        data.addSeries(series);
        setMetricAxis(plot, least, most);

        plot.clearDomainMarkers();
        double current = input.get(scenario);
        boolean shown = current >= table.from() && current <= table.to() && (current > 0 || !logInput());
        if (shown && current > 0) {
            plot.addDomainMarker(0, tornadoBand(current), Layer.BACKGROUND, false);
        }
        if (shown) {
            plot.addDomainMarker(ChartStyle.verticalMarker(current, "Current: " + InputText.brief(input, current),
                    ChartStyle.TEXT, current <= Math.sqrt(table.from() * table.to()) || !logInput()
                            && current <= (table.from() + table.to()) / 2, 0), Layer.FOREGROUND);
        }
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(context(scenario, table, shown));
    }

    /**
     * The values the default tornado moves the input between, shaded: where its bar for this input
     * comes from on this line.
     */
    private IntervalMarker tornadoBand(double current) {
        double delta = Sensitivity.DEFAULT_DELTA;
        IntervalMarker band = new IntervalMarker(Math.max(input.validMin(), current * (1 - delta)),
                Math.min(input.validMax(), current * (1 + delta)), BAND, ChartStyle.line(1f), null, null, 1f);
        band.setLabel("\u00b1" + Money.plain(delta * 100) + "% (tornado)");
        band.setLabelFont(ChartStyle.LABEL_FONT);
        band.setLabelPaint(ChartStyle.MUTED_TEXT);
        band.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        band.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        band.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        band.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
        return band;
    }

    private String context(Scenario scenario, SweepTable table, boolean currentShown) {
        List<SweepPoint> rows = table.points();
        if (rows.isEmpty()) {
            return table.leftOutReason().orElse("");
        }
        SweepPoint first = rows.get(0);
        SweepPoint last = rows.get(rows.size() - 1);
        String unit = "%".equals(input.unit()) ? "%" : " " + input.unit();
        double span = rows.stream().mapToDouble(SweepPoint::metricValue).max().orElse(0)
                - rows.stream().mapToDouble(SweepPoint::metricValue).min().orElse(0);
        String now = metric.of(scenario).stream().mapToObj(value -> "now " + MetricFormats.label(metric, value, span) + " at "
                + inputValue(input.get(scenario)) + (currentShown ? "" : unit + ", outside this range")).findFirst()
                .orElse("undefined now");
        return MetricFormats.label(metric, first.metricValue(), span) + " at " + inputValue(first.inputValue()) + " to "
                + MetricFormats.label(metric, last.metricValue(), span) + " at " + inputValue(last.inputValue()) + unit + " \u00b7 "
                + now + (table.leftOut() > 0 ? " \u00b7 " + table.leftOut() + " values left out ("
                + table.leftOutReason().orElse("") + ")" : "");
    }

    /** An input value as the axis reads it: {@code 10K} on a log axis, {@code 2.5} otherwise. */
    private String inputValue(double value) {
        return logInput() ? Money.compact(value) : InputText.brief(input, value);
    }

    /**
     * A log axis when every value is above 0 and they span {@link #LOG_SPAN} times or more, a
     * linear one otherwise; replaced only when the kind changes, and set to the values' range.
     */
    private void setMetricAxis(XYPlot plot, double least, double most) {
        boolean log = least > 0 && most / least >= LOG_SPAN;
        ValueAxis axis = plot.getRangeAxis();
        if (log != axis instanceof LogAxis) {
            axis = log ? new LogAxis(axis.getLabel()) : new NumberAxis(axis.getLabel());
            ChartStyle.styleAxis(axis);
            plot.setRangeAxis(axis);
        }
        if (axis instanceof LogAxis logAxis) {
            logAxis.setNumberFormatOverride(MetricFormats.axis(metric, Double.POSITIVE_INFINITY));
            logAxis.setAutoTickUnitSelection(false);
            logAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0"), 9), false, false);
            logAxis.setMinorTickMarksVisible(true);
            logAxis.setRange(least / 1.3, most * 1.3);
        } else {
            NumberAxis linear = (NumberAxis) axis;
            linear.setAutoRangeIncludesZero(false);
            if (Double.isFinite(least)) {
                // Money from $0, so a line reads as a share of itself; other units around their values.
                double span = most - least;
                double pad = span > 0 ? span * 0.05 : Math.max(Math.abs(most) * 0.1, 1);
                linear.setRange(least >= 0 && metric.isMoney() ? 0 : least - pad, most + pad);
            }
            linear.setNumberFormatOverride(MetricFormats.axis(metric, linear.getRange().getLength()));
        }
    }
}
