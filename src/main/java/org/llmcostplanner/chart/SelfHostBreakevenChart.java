package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.Breakeven;
import org.llmcostplanner.model.selfhost.Crossing;
import org.llmcostplanner.model.selfhost.SelfHostCosts;
import org.llmcostplanner.model.selfhost.SelfHostFigures;

/**
 * Self-hosting against the API by monthly volume, both axes on log scales: the API's straight line
 * (its cost per query times the queries) and self-hosting's steps (one more replica at every
 * multiple of a replica's capacity), with the breakeven, the volume above which self-hosting stays
 * cheaper and the scenario's volume marked, and every crossing as a dot. The volumes run from 10K
 * to 100M a month, widened by whole decades (within 1K..10B) to show the marked volumes.
 *
 * <p>Dataset 0 holds series {@link #API} and {@link #SELF_HOSTED} (in USD per month), dataset 1 the
 * crossings. Only positive, finite values are drawn: a side that costs nothing has no place on a log
 * axis, and the note line says so.
 */
final class SelfHostBreakevenChart implements ChartBuilder {
    static final int API = 0;
    static final int SELF_HOSTED = 1;
    static final double MIN_QUERIES_PER_MONTH = 1e4;
    static final double MAX_QUERIES_PER_MONTH = 1e8;
    /** How far the volume axis may widen to show the current volume or the breakeven. */
    static final double LOWEST_QUERIES_PER_MONTH = 1e3;
    static final double HIGHEST_QUERIES_PER_MONTH = 1e10;
    /** Sample points per decade; every power of ten is one. */
    static final int POINTS_PER_DECADE = 30;
    /**
     * Steps drawn exactly, as vertical lines, up to this many replicas; beyond, a step changes the
     * cost by under 0.1%, invisible on a log axis, and the curve is sampled like the API's line.
     */
    static final int MOST_STEPS = 1_000;
    static final String CONTEXT_ID = "context";
    static final String NOTE_ID = "note";
    static final String X_LABEL = "Queries per month (log scale)";
    /** A marked volume stays this factor inside the axis ends, or the axis widens by a decade. */
    private static final double MARGIN = 1.25;
    /** Relative slack on axis ends, so a tick at an end that is a power of ten is drawn. */
    private static final double SLACK = 1e-9;

    /** Everything the chart draws: the figures' inputs to the curves, markers, legend and subtitle. */
    private record Shown(double queriesPerMonth, double apiUsdPerQuery, SelfHostCosts costs, Breakeven breakeven,
                         ApiBasis apiBasis, double gpusPerReplica, double targetUtilisation) {
    }

    @Override
    public String id() {
        return "self-host-breakeven";
    }

    @Override
    public String title() {
        return "Self-host vs API: monthly cost by volume";
    }

    @Override
    public Object shownInputs(Scenario scenario, Evaluation evaluation) {
        SelfHostFigures figures = scenario.selfHostFigures(evaluation);
        return new Shown(figures.queriesPerMonth(), figures.apiUsdPerQuery(), figures.costs(), figures.breakeven(),
                figures.section().apiBasis(), figures.section().gpusPerReplica(), figures.section().targetUtilisation());
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        LogAxis xAxis = new LogAxis(X_LABEL);
        LogAxis yAxis = new LogAxis("Monthly cost (USD)");
        // Both ranges are set from the data by hand; LogAxis's own auto-range throws on a flat series.
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        MarkerLabelRenderer lines = new MarkerLabelRenderer();
        XYPlot plot = new CrispGridXYPlot(new XYSeriesCollection(), xAxis, yAxis, lines);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        plot.setDataset(1, new XYSeriesCollection());
        plot.setRenderer(1, dots);
        // The dots over the lines, and the steps over the API's line where they run close.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        chart.addSubtitle(1, ChartStyle.subtitle(NOTE_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleXyPlot(plot);
        plot.setNoDataMessage("Neither side costs anything: nothing to draw on a log scale");
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        xAxis.setAutoTickUnitSelection(false);
        xAxis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0"), 9), false, false);
        xAxis.setMinorTickMarksVisible(true);
        xAxis.setNumberFormatOverride(new CompactFormat());
        yAxis.setAutoTickUnitSelection(false);
        yAxis.setMinorTickMarksVisible(true);
        yAxis.setNumberFormatOverride(CompactFormat.usd());
        lines.setDrawSeriesLineAsPath(true);
        lines.setLegendLine(new Line2D.Double(-12, 0, 12, 0));
        lines.setSeriesPaint(API, ChartStyle.BLUE);
        lines.setSeriesStroke(API, ChartStyle.line(3f));
        lines.setSeriesPaint(SELF_HOSTED, ChartStyle.ORANGE);
        lines.setSeriesStroke(SELF_HOSTED, ChartStyle.line(3f));
        dots.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        dots.setSeriesPaint(0, ChartStyle.TEXT);
        dots.setUseFillPaint(true);
        dots.setSeriesFillPaint(0, Color.WHITE);
        dots.setUseOutlinePaint(true);
        dots.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        dots.setSeriesOutlineStroke(0, ChartStyle.line(1.5f));
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario, evaluation));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        if (!(chart.getPlot() instanceof XYPlot plot) || plot.getDatasetCount() < 2
                || !(plot.getDataset(1) instanceof XYSeriesCollection) || !X_LABEL.equals(plot.getDomainAxis().getLabel())) {
            throw new IllegalArgumentException("not a self-host breakeven chart");
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, scenario, evaluation));
    }

    private static void refresh(JFreeChart chart, XYPlot plot, Scenario scenario, Evaluation evaluation) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(evaluation, "evaluation");
        SelfHostFigures figures = scenario.selfHostFigures(evaluation);
        double[] range = volumeRange(figures);
        double lo = range[0];
        double hi = range[1];
        double[] grid = logGrid(lo, hi);
        List<String> notes = new ArrayList<>();

        XYSeries api = apiSeries(figures, grid);
        XYSeries selfHosted = selfHostSeries(figures, grid, lo, hi);
        XYSeries crossings = new XYSeries("Crossings", false, true);
        for (Crossing crossing : figures.breakeven().crossings()) {
            double q = crossing.queriesPerMonth();
            double usd = figures.apiUsdPerMonth(q);
            if (q >= lo && q <= hi && usd > 0 && Double.isFinite(usd)) {
                crossings.add(q, usd, false);
            }
        }
        XYSeriesCollection curves = (XYSeriesCollection) plot.getDataset(0);
        curves.removeAllSeries();
        curves.addSeries(api);
        curves.addSeries(selfHosted);
        XYSeriesCollection dots = (XYSeriesCollection) plot.getDataset(1);
        dots.removeAllSeries();
        dots.addSeries(crossings);
        plot.getRenderer(0).setSeriesVisible(API, !api.isEmpty(), false);
        plot.getRenderer(0).setSeriesVisible(SELF_HOSTED, !selfHosted.isEmpty(), false);
        plot.getRenderer(1).setSeriesVisibleInLegend(0, crossings.getItemCount() > 1, false);
        if (api.isEmpty()) {
            notes.add("API line not drawn: at " + Money.usdPrecise(figures.apiUsdPerQuery())
                    + " a query it has no place on a log scale");
        }
        if (selfHosted.isEmpty()) {
            notes.add(Double.isFinite(figures.selfHostUsdPerMonth(figures.queriesPerMonth()))
                    ? "Self-hosted line not drawn: it costs nothing, which has no place on a log scale"
                    : "Self-hosted line not drawn: a replica serves no queries");
        }
        plot.getDomainAxis().setRange(lo * (1 - SLACK), hi * (1 + SLACK));
        setCostRange((LogAxis) plot.getRangeAxis(), api, selfHosted);

        markVolumes(plot, figures, lo, hi, notes);

        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(contextText(figures));
        ChartStyle.findSubtitle(chart, NOTE_ID).setText(String.join("   \u00b7   ", notes));
        ChartStyle.findSubtitle(chart, NOTE_ID).setVisible(!notes.isEmpty());
    }

    /**
     * The breakeven, the volume above which self-hosting stays cheaper (when it differs) and the
     * current volume, in that order of priority for their labels, which {@link MarkerLabelRenderer}
     * places clear of the lines and of each other; what lies off the axis goes to {@code notes}.
     */
    private static void markVolumes(XYPlot plot, SelfHostFigures figures, double lo, double hi, List<String> notes) {
        plot.clearDomainMarkers();
        Breakeven breakeven = figures.breakeven();
        OptionalDouble first = breakeven.breakeven();
        OptionalDouble above = breakeven.cheaperAbove();
        if (first.isPresent() && first.getAsDouble() <= 0) {
            notes.add("Self-hosting is as cheap or cheaper at every volume: it has no GPU or fixed cost");
        } else if (first.isPresent()) {
            ValueMarker marker = ChartStyle.verticalMarker(first.getAsDouble(),
                    "Breakeven: " + volume(first.getAsDouble()) + "/month", Color.BLACK, true, 0);
            marker.setStroke(ChartStyle.line(2f));
            mark(plot, marker, "Breakeven", lo, hi, notes);
            if (above.isEmpty()) {
                notes.add("Self-hosting does not stay cheaper at higher volumes (" + Money.count(breakeven.crossingCount())
                        + " crossings)");
            } else if (Math.abs(above.getAsDouble() - first.getAsDouble()) > 1e-9 * first.getAsDouble()) {
                mark(plot, ChartStyle.verticalMarker(above.getAsDouble(), "Cheaper above: " + volume(above.getAsDouble())
                        + "/month", ChartStyle.GREEN, true, 1), "Cheaper above", lo, hi, notes);
                notes.add(Money.count(breakeven.crossingCount()) + " crossings between " + volume(first.getAsDouble())
                        + " and " + volume(above.getAsDouble()) + "/month");
            }
        }
        double queries = figures.queriesPerMonth();
        if (queries > 0 && Double.isFinite(queries)) {
            mark(plot, ChartStyle.verticalMarker(queries, "Current: " + volume(queries) + "/month",
                    ChartStyle.MUTED_TEXT, true, 2), "Current volume", lo, hi, notes);
        }
    }

    /** Adds {@code marker} when its volume is on the axis; otherwise notes that {@code what} is off the chart. */
    private static void mark(XYPlot plot, ValueMarker marker, String what, double lo, double hi, List<String> notes) {
        double q = marker.getValue();
        if (q >= lo && q <= hi) {
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        } else {
            notes.add(what + " " + volume(q) + "/month: off this chart");
        }
    }

    private static String contextText(SelfHostFigures figures) {
        Breakeven breakeven = figures.breakeven();
        if (breakeven.breakeven().isEmpty() && breakeven.neverReason().isPresent()) {
            return "Never cheaper: " + breakeven.neverReason().get();
        }
        double queries = figures.queriesPerMonth();
        double selfHostUsd = figures.selfHostUsdPerMonth(queries);
        String at = "At " + volume(queries) + "/month ";
        String api = " against the API's " + Money.usd(figures.apiUsdPerMonth(queries));
        if (!Double.isFinite(selfHostUsd)) {
            return at + "self-hosting cannot serve the traffic (a replica serves no queries)" + api;
        }
        double replicas = figures.replicas();
        return at + "self-hosting costs " + Money.usd(selfHostUsd) + "/month (" + Money.count(replicas)
                + (replicas == 1 ? " replica" : " replicas") + ", peak utilisation "
                + Money.percent(figures.peakUtilisation()) + ")" + api;
    }

    /**
     * The volume axis's ends: 10K to 100M a month, widened by whole decades so that the current
     * volume, the breakeven and the cheaper-above volume sit at least {@link #MARGIN} inside, when
     * they lie within 1K..10B.
     */
    static double[] volumeRange(SelfHostFigures figures) {
        double lo = MIN_QUERIES_PER_MONTH;
        double hi = MAX_QUERIES_PER_MONTH;
        Breakeven breakeven = figures.breakeven();
        double[] marked = {figures.queriesPerMonth(), breakeven.breakeven().orElse(Double.NaN),
            breakeven.cheaperAbove().orElse(Double.NaN)};
        for (double q : marked) {
            if (q >= LOWEST_QUERIES_PER_MONTH && q <= HIGHEST_QUERIES_PER_MONTH) {
                lo = Math.min(lo, Math.max(LOWEST_QUERIES_PER_MONTH, powerOfTen((int) Math.floor(Math.log10(q / MARGIN)))));
                hi = Math.max(hi, Math.min(HIGHEST_QUERIES_PER_MONTH, powerOfTen((int) Math.ceil(Math.log10(q * MARGIN)))));
            }
        }
        return new double[] {lo, hi};
    }

    /** {@code lo}, the powers of ten to the 1/{@link #POINTS_PER_DECADE} strictly between, and {@code hi}. */
    static double[] logGrid(double lo, double hi) {
        List<Double> points = new ArrayList<>(List.of(lo));
        for (int k = (int) Math.floor(Math.log10(lo) * POINTS_PER_DECADE); ; k++) {
            double q = k % POINTS_PER_DECADE == 0 ? powerOfTen(k / POINTS_PER_DECADE)
                    : Math.pow(10, k / (double) POINTS_PER_DECADE);
            if (q >= hi) {
                break;
            }
            if (q > lo) {
                points.add(q);
            }
        }
        points.add(hi);
        return points.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static XYSeries apiSeries(SelfHostFigures figures, double[] grid) {
        XYSeries series = new XYSeries(figures.section().apiBasis() == ApiBasis.PLAN ? "API (plan)"
                : "API (reference model)", false, true);
        for (double q : grid) {
            add(series, q, figures.apiUsdPerMonth(q));
        }
        return series;
    }

    /**
     * Self-hosting's cost at the grid's volumes and, for each step up to {@link #MOST_STEPS}
     * replicas on the axis, at its boundary twice: with the replicas before it and after it, so the
     * step is drawn as a vertical line. Grid points on a boundary are left out.
     */
    private static XYSeries selfHostSeries(SelfHostFigures figures, double[] grid, double lo, double hi) {
        double gpus = figures.section().gpusPerReplica();
        XYSeries series = new XYSeries("Self-hosted (" + Money.tenths(gpus) + (gpus == 1 ? " GPU" : " GPUs")
                + " per replica)", false, true);
        SelfHostCosts costs = figures.costs();
        double capacity = costs.queriesPerReplicaMonth();
        int next = 0;
        if (capacity > 0 && Double.isFinite(capacity)) {
            double last = Math.min(MOST_STEPS, Math.floor(hi / capacity));
            for (double r = Math.max(1, Math.ceil(lo / capacity)); r <= last; r++) {
                double boundary = r * capacity;
                double before = Math.max(costs.minReplicas(), r);
                double after = Math.max(costs.minReplicas(), r + 1);
                if (!(after > before)) {
                    continue;
                }
                for (; next < grid.length && grid[next] <= boundary * (1 + SLACK); next++) {
                    if (grid[next] < boundary * (1 - SLACK)) {
                        add(series, grid[next], costs.monthlyUsd(grid[next]));
                    }
                }
                add(series, boundary, usdWith(costs, before, boundary));
                add(series, boundary, usdWith(costs, after, boundary));
            }
        }
        for (; next < grid.length; next++) {
            add(series, grid[next], costs.monthlyUsd(grid[next]));
        }
        return series;
    }

    /** The month's self-hosting cost at {@code queries} with {@code replicas} running. */
    private static double usdWith(SelfHostCosts costs, double replicas, double queries) {
        return replicas * costs.replicaUsdPerMonth() + costs.fixedUsdPerMonth() + costs.usdPerQuery() * queries;
    }

    /** Adds the point when a log axis can show it. */
    private static void add(XYSeries series, double queries, double usd) {
        if (usd > 0 && Double.isFinite(usd)) {
            series.add(queries, usd, false);
        }
    }

    /**
     * The cost axis from the power of ten below the cheapest point to the one above the dearest
     * (at most twelve decades), a labelled tick every decade, or every few when there are many.
     */
    private static void setCostRange(LogAxis axis, XYSeries... series) {
        double least = Double.POSITIVE_INFINITY;
        double most = 0;
        for (XYSeries each : series) {
            if (!each.isEmpty()) {
                least = Math.min(least, each.getMinY());
                most = Math.max(most, each.getMaxY());
            }
        }
        if (!(most > 0)) {
            least = 1;
            most = 10;
        }
        int top = (int) Math.ceil(Math.log10(most) - SLACK);
        int bottom = Math.max(top - 12, Math.min(top - 1, (int) Math.floor(Math.log10(least) + SLACK)));
        int decades = top - bottom;
        int unit = (decades + 7) / 8;
        axis.setTickUnit(new NumberTickUnit(unit, new DecimalFormat("0"), unit == 1 ? 9 : 1), false, false);
        axis.setRange(powerOfTen(bottom) * (1 - SLACK), powerOfTen(top) * (1 + SLACK));
    }

    /** 10^n, exact for 0 &lt;= n &lt;= 22 (so that axis ends and grid points fall on round volumes). */
    static double powerOfTen(int n) {
        if (n < 0 || n > 22) {
            return Math.pow(10, n);
        }
        double value = 1;
        for (int i = 0; i < n; i++) {
            value *= 10;
        }
        return value;
    }

    /** A volume to three significant digits in compact form: {@code 1.24M}, {@code 300K}, {@code 8.06M}. */
    static String volume(double queries) {
        if (!(queries > 0) || !Double.isFinite(queries)) {
            return Money.count(queries);
        }
        double rounded = new BigDecimal(queries).round(new MathContext(3)).doubleValue();
        String[] suffixes = {"", "K", "M", "B", "T"};
        int tier = 0;
        while (rounded >= 1000 && tier < suffixes.length - 1) {
            rounded /= 1000;
            tier++;
        }
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(rounded) + suffixes[tier];
    }
}
