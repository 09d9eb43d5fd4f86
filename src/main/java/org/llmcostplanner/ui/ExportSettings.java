package org.llmcostplanner.ui;

import org.llmcostplanner.chart.ChartExport;

/**
 * Size and format for exported charts, remembered for the session.
 *
 * @param width  logical width in pixels (the slide size)
 * @param height logical height in pixels
 * @param scale  pixel multiplier for high-DPI PNGs (1 or 2)
 * @param format PNG or SVG
 */
record ExportSettings(int width, int height, double scale, ChartExport.Format format) {
    static final ExportSettings SLIDE = new ExportSettings(ChartExport.DEFAULT_WIDTH, ChartExport.DEFAULT_HEIGHT, 1,
            ChartExport.Format.PNG);
}
