package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;
import org.llmcostplanner.model.CostCategory;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.MonthlyCosts;
import org.llmcostplanner.model.Scenario;

/**
 * Monthly TCO as a pie, one slice per {@link CostCategory}. The dataset always holds all five
 * categories (zero slices are hidden by the plot), so its values equal the evaluation's.
 */
final class TcoPieChart implements ChartBuilder {
    static final String TOTAL_ID = "total";
    static final String NO_DATA_MESSAGE = "No costs yet: add line items or traffic";

    @Override
    public String id() {
        return "tco-pie";
    }

    @Override
    public String title() {
        return "Monthly TCO by category";
    }

    @Override
    public JFreeChart build(Scenario scenario, Evaluation evaluation) {
        DefaultPieDataset<CostCategory> dataset = new DefaultPieDataset<>();
        fill(dataset, evaluation.monthly());
        PiePlot<CostCategory> plot = new PiePlot<>(dataset);
        JFreeChart chart = new JFreeChart(title(), ChartStyle.TITLE_FONT, plot, true);
        chart.addSubtitle(0, ChartStyle.subtitle(TOTAL_ID, totalText(evaluation)));
        ChartStyle.apply(chart);
        style(plot);
        return chart;
    }

    @Override
    public void update(JFreeChart chart, Scenario scenario, Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        DefaultPieDataset<CostCategory> dataset = dataset(chart);
        chart.setNotify(false);
        try {
            dataset.setNotify(false);
            fill(dataset, evaluation.monthly());
            dataset.setNotify(true);
            ChartStyle.findSubtitle(chart, TOTAL_ID).setText(totalText(evaluation));
        } finally {
            chart.setNotify(true);
        }
    }

    @SuppressWarnings("unchecked")
    static DefaultPieDataset<CostCategory> dataset(JFreeChart chart) {
        if (chart.getPlot() instanceof PiePlot && ((PiePlot<?>) chart.getPlot()).getDataset() instanceof DefaultPieDataset) {
            return (DefaultPieDataset<CostCategory>) ((PiePlot<?>) chart.getPlot()).getDataset();
        }
        throw new IllegalArgumentException("not a TCO pie chart");
    }

    private static void fill(DefaultPieDataset<CostCategory> dataset, MonthlyCosts monthly) {
        for (CostCategory category : CostCategory.values()) {
            double usd = monthly.get(category);
            dataset.setValue(category, Double.isFinite(usd) && usd > 0 ? usd : 0.0);
        }
    }

    private static String totalText(Evaluation evaluation) {
        double total = evaluation.totalUsdPerMonth();
        return "Total " + Money.usd(Double.isFinite(total) ? total : 0) + " per month";
    }

    private static void style(PiePlot<CostCategory> plot) {
        plot.setNoDataMessage(NO_DATA_MESSAGE);
        plot.setIgnoreZeroValues(true);
        plot.setIgnoreNullValues(true);
        plot.setCircular(true);
        plot.setStartAngle(0);
        plot.setInteriorGap(0.06);
        plot.setShadowPaint(null);
        for (CostCategory category : CostCategory.values()) {
            plot.setSectionPaint(category, ChartStyle.color(category));
        }
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(ChartStyle.line(1.5f));
        plot.setAutoPopulateSectionOutlinePaint(false);
        plot.setAutoPopulateSectionOutlineStroke(false);

        plot.setLabelGenerator(new SectionLabels(true));
        plot.setLegendLabelGenerator(new SectionLabels(false));
        plot.setToolTipGenerator((dataset, key) -> {
            String label = new SectionLabels(true).generateSectionLabel(dataset, key);
            return label.replace("\n", ": ") + " per month";
        });
        plot.setLegendItemShape(new Rectangle2D.Double(-6, -6, 12, 12));
        plot.setSimpleLabels(false);
        plot.setLabelFont(ChartStyle.LABEL_FONT);
        plot.setLabelPaint(ChartStyle.TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(ChartStyle.GRID);
        plot.setLabelOutlineStroke(ChartStyle.line(0.8f));
        plot.setLabelShadowPaint(null);
        plot.setLabelPadding(new RectangleInsets(3, 6, 3, 6));
        plot.setLabelGap(0.02);
        plot.setMaximumLabelWidth(0.27);
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelLinkMargin(0.04);
        plot.setLabelLinkPaint(ChartStyle.MUTED_TEXT);
        plot.setLabelLinkStroke(ChartStyle.line(1f));
    }

    /** "API / inference\n$975.00 (9.7%)" on the slices; the bare category name in the legend. */
    private static final class SectionLabels implements PieSectionLabelGenerator {
        private final boolean withAmount;

        SectionLabels(boolean withAmount) {
            this.withAmount = withAmount;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            String name = key instanceof CostCategory ? ((CostCategory) key).label() : String.valueOf(key);
            if (!withAmount) {
                return name;
            }
            Number value = dataset.getValue(key);
            double usd = value == null ? 0 : value.doubleValue();
            double total = DatasetUtils.calculatePieDatasetTotal(dataset);
            return name + "\n" + Money.usd(usd) + " (" + Money.percent(total > 0 ? usd / total : 0) + ")";
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
