package org.llmcostplanner.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;

/** Records the ChartChangeEvents a chart sends to its listeners. */
final class ChartEvents {
    final List<ChartChangeEvent> received = new ArrayList<>();

    static ChartEvents listenTo(JFreeChart chart) {
        ChartEvents events = new ChartEvents();
        chart.addChangeListener(events.received::add);
        return events;
    }

    int count() {
        return received.size();
    }
}
