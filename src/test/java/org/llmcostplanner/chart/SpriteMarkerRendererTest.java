package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

class SpriteMarkerRendererTest {
    private static final int POINTS = 800;

    /** A plot of {@value #POINTS} random points drawn by {@code renderer} with 5 px circles in blue. */
    private static JFreeChart chart(XYLineAndShapeRenderer renderer) {
        XYSeries series = new XYSeries("points", false, true);
        Random random = new Random(3);
        for (int i = 0; i < POINTS; i++) {
            series.add(random.nextDouble() * 100, random.nextDouble() * 100);
        }
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setDefaultToolTipGenerator((dataset, s, item) -> "point " + item);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), new NumberAxis("x"), new NumberAxis("y"), renderer);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static BufferedImage draw(JFreeChart chart, double scale, ChartRenderingInfo info) {
        BufferedImage image = new BufferedImage((int) (600 * scale), (int) (400 * scale), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g2 = image.createGraphics();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.scale(scale, scale);
        chart.draw(g2, new Rectangle2D.Double(0, 0, 600, 400), null, info);
        g2.dispose();
        return image;
    }

    @Test
    void stampedMarkersLookLikeDrawnOnesAtEveryScale() {
        for (double scale : new double[]{1, 1.5, 2}) {
            SpriteMarkerRenderer stamping = new SpriteMarkerRenderer();
            BufferedImage stamped = draw(chart(stamping), scale, null);
            assertEquals(1, stamping.stampCount(), "one series, one stamp");
            XYLineAndShapeRenderer plainRenderer = new XYLineAndShapeRenderer(false, true);
            BufferedImage plain = draw(chart(plainRenderer), scale, null);
            int marker = 0;
            int different = 0;
            for (int y = 0; y < plain.getHeight(); y++) {
                for (int x = 0; x < plain.getWidth(); x++) {
                    int a = plain.getRGB(x, y);
                    int b = stamped.getRGB(x, y);
                    if (a != 0xFFFFFFFF || b != 0xFFFFFFFF) {
                        marker++;
                    }
                    if (channelDifference(a, b) > 96) {
                        different++;
                    }
                }
            }
            // Stamps sit on whole device pixels, so edges may move by up to half a pixel; the
            // markers themselves must be where and what the plain renderer draws.
            assertTrue(different < marker * 0.05, "scale " + scale + ": " + different + " of " + marker + " pixels differ");
        }
    }

    @Test
    void everyPointKeepsItsTooltip() {
        ChartRenderingInfo info = new ChartRenderingInfo();
        draw(chart(new SpriteMarkerRenderer()), 1, info);
        long points = info.getEntityCollection().getEntities().stream().filter(e -> e instanceof XYItemEntity).count();
        assertEquals(POINTS, points);
        assertTrue(info.getEntityCollection().getEntities().stream()
                .anyMatch(e -> "point 17".equals(((org.jfree.chart.entity.ChartEntity) e).getToolTipText())));
    }

    @Test
    void vectorOutputDrawsRealShapes() {
        SVGGraphics2D svg = new SVGGraphics2D(600, 400);
        SpriteMarkerRenderer renderer = new SpriteMarkerRenderer();
        chart(renderer).draw(svg, new Rectangle2D.Double(0, 0, 600, 400));
        assertEquals(0, renderer.stampCount());
        String document = svg.getSVGDocument();
        assertFalse(document.contains("<image"), "no bitmaps in an SVG");
        assertTrue(document.split("<path|<ellipse|<circle").length > POINTS, "one shape per point");
    }

    private static int channelDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            max = Math.max(max, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return max;
    }
}
