package org.llmcostplanner.chart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;

/** The vertical markers of an XY chart, for tests of the charts and of the tabs that show them. */
public final class ChartMarkers {
    private ChartMarkers() {
    }

    /** The foreground domain markers, in the order they were added. */
    public static List<ValueMarker> of(JFreeChart chart) {
        List<ValueMarker> markers = new ArrayList<>();
        Collection<?> all = ((XYPlot) chart.getPlot()).getDomainMarkers(Layer.FOREGROUND);
        if (all != null) {
            all.forEach(marker -> markers.add((ValueMarker) marker));
        }
        return markers;
    }

    /** Their labels (null for an unlabelled marker). */
    public static List<String> labels(JFreeChart chart) {
        return of(chart).stream().map(ValueMarker::getLabel).toList();
    }

    /** The first marker whose label starts with {@code labelStart}; fails naming the labels there are. */
    public static ValueMarker labelled(JFreeChart chart, String labelStart) {
        return of(chart).stream().filter(m -> m.getLabel() != null && m.getLabel().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no marker labelled '" + labelStart + "...' in " + labels(chart)));
    }
}
