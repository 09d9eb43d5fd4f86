package org.llmcostplanner.chart;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.usage.UsageDashboard;

/** Spend per model as horizontal bars, cost descending (the dashboard's order); one row, {@link #SPEND}, USD. */
final class UsageModelSpendChart implements UsageChart {
    static final String SPEND = "Spend";
    static final String CONTEXT_ID = "context";

    @Override
    public String id() {
        return "usage-model-spend";
    }

    @Override
    public String title() {
        return "Spend by model";
    }

    @Override
    public JFreeChart build(Input input) {
        CategoryAxis xAxis = new CategoryAxis("Model");
        NumberAxis yAxis = new NumberAxis("Spend (USD)");
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(new DefaultCategoryDataset(), xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, false);
        chart.addSubtitle(0, ChartStyle.subtitle(CONTEXT_ID, ""));
        ChartStyle.apply(chart);
        ChartStyle.styleAxis(xAxis);
        ChartStyle.styleAxis(yAxis);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.line(1f));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        plot.setNoDataMessage("No calls under this filter");
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, input));
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Input input) {
        if (!(chart.getPlot() instanceof CategoryPlot plot) || !(plot.getDataset() instanceof DefaultCategoryDataset)) {
            throw new IllegalArgumentException("not a chart of " + id());
        }
        ChartBuilder.quietly(chart, () -> refresh(chart, plot, input));
    }

    private static void refresh(JFreeChart chart, CategoryPlot plot, Input input) {
        DefaultCategoryDataset dataset = (DefaultCategoryDataset) plot.getDataset();
        dataset.clear();
        double most = input.dashboard().byModel().stream().mapToDouble(UsageDashboard.Breakdown::costUsd).max().orElse(0);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(new DecimalFormat(most < 100 ? "$#,##0.00" : "$#,##0",
                DecimalFormatSymbols.getInstance(Locale.US)));
        for (UsageDashboard.Breakdown model : input.dashboard().byModel()) {
            dataset.addValue(model.costUsd(), SPEND, model.name());
        }
        UsageDashboard d = input.dashboard();
        ChartStyle.findSubtitle(chart, CONTEXT_ID).setText(Money.usd(d.totalCostUsd()) + " over " + Money.count(d.totals().calls())
                + " calls, " + d.byModel().size() + " models");
    }
}
