package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class CrispGridXYPlotTest {
    /** Black vertical gridlines on white, drawn with antialiasing on, at a fractional scale. */
    private static BufferedImage draw(XYPlot plot) {
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(0, 10);
        x.setTickUnit(new NumberTickUnit(1));
        plot.setRangeGridlinesVisible(false);
        plot.setDomainGridlinePaint(Color.BLACK);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.scale(1.25, 1.25);
        chart.draw(g2, new Rectangle2D.Double(0, 0, 480, 240));
        g2.dispose();
        return image;
    }

    /** Pixels in the middle row that are neither white nor black: blended gridline edges. */
    private static int greys(BufferedImage image) {
        int greys = 0;
        for (int column = 0; column < image.getWidth(); column++) {
            int rgb = image.getRGB(column, image.getHeight() / 3) & 0xFFFFFF;
            if (rgb != 0xFFFFFF && rgb != 0) {
                greys++;
            }
        }
        return greys;
    }

    @Test
    void gridlinesAreSolidPixelColumnsWhileThePlainPlotBlendsThem() {
        BufferedImage crisp = draw(new CrispGridXYPlot(new XYSeriesCollection(), new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer()));
        BufferedImage plain = draw(new XYPlot(new XYSeriesCollection(), new NumberAxis(), new NumberAxis(),
                new XYLineAndShapeRenderer()));
        assertEquals(0, greys(crisp), "no blended pixels");
        assertTrue(greys(plain) > 5, "the antialiased control blends its gridlines, " + greys(plain));
    }
}
