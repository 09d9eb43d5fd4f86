package org.llmcostplanner.chart;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * A line renderer that places the labels of vertical value markers itself, while drawing and
 * against the real data area, so placement holds at any screen or export size. Each label goes
 * beside its line, never clipped, at the best candidate spot: one that crosses no data line,
 * no other marker line and no other label, as high as possible, on one line if it fits (else
 * wrapped onto two or three), right of its line in the left half of the plot and left of it in the right
 * half. Markers earlier in the plot's foreground list choose first.
 */
final class MarkerLabelRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 6;
    private static final double PAD_X = 4;
    private static final double PAD_Y = 2;

    /** Costs that outweigh any preference of row, wrapping or side, worst last. */
    private static final double CROSSES_MARKER = 1e4;
    private static final double CROSSES_DATA = 1e6;
    private static final double OVERLAPS_LABEL = 1e8;

    /** Where a label goes: its background box and its text lines. */
    private record Placement(Rectangle2D box, List<String> lines) {
    }

    /** A possible placement; lower preference is better (higher row, fewer lines, preferred side). */
    private record Candidate(Rectangle2D box, List<String> lines, double preference, List<Line2D> nearData,
                             List<Line2D> nearMarkers) {
    }

    /** Labels of the current draw pass, computed when its first labelled marker is drawn. */
    private transient Map<Marker, Placement> placements = new IdentityHashMap<>();

    MarkerLabelRenderer() {
        super(true, false);
    }

    @Override
    public void drawDomainMarker(Graphics2D g2, XYPlot plot, ValueAxis domainAxis, Marker marker,
                                 Rectangle2D dataArea) {
        if (!(marker instanceof ValueMarker) || marker.getLabel() == null) {
            super.drawDomainMarker(g2, plot, domainAxis, marker, dataArea);
            return;
        }
        double value = ((ValueMarker) marker).getValue();
        if (!domainAxis.getRange().contains(value)) {
            return;
        }
        List<ValueMarker> labelled = labelledMarkers(plot);
        if (placements == null || labelled.get(0) == marker) {
            placements = place(g2, plot, dataArea, labelled);
        }
        double x = domainAxis.valueToJava2D(value, dataArea, plot.getDomainAxisEdge());
        Composite saved = g2.getComposite();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, marker.getAlpha()));
        g2.setPaint(marker.getPaint());
        g2.setStroke(marker.getStroke());
        g2.draw(new Line2D.Double(x, dataArea.getMinY(), x, dataArea.getMaxY()));
        g2.setComposite(saved);
        // Labels go on top of every marker line: draw them all with the last labelled marker.
        if (labelled.get(labelled.size() - 1) == marker) {
            for (ValueMarker each : labelled) {
                drawLabel(g2, each, placements.get(each));
            }
        }
    }

    private static void drawLabel(Graphics2D g2, ValueMarker marker, Placement placement) {
        if (placement == null) {
            return;
        }
        Composite saved = g2.getComposite();
        g2.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, marker.getAlpha()));
        g2.setPaint(marker.getLabelBackgroundColor() != null ? marker.getLabelBackgroundColor() : Color.WHITE);
        g2.fill(placement.box());
        g2.setFont(marker.getLabelFont());
        g2.setPaint(marker.getLabelPaint());
        FontMetrics metrics = g2.getFontMetrics();
        double y = placement.box().getY() + PAD_Y + metrics.getAscent();
        for (String line : placement.lines()) {
            g2.drawString(line, (float) (placement.box().getX() + PAD_X), (float) y);
            y += metrics.getHeight();
        }
        g2.setComposite(saved);
    }

    /** The plot's labelled foreground markers inside the domain range, in list order. */
    private static List<ValueMarker> labelledMarkers(XYPlot plot) {
        List<ValueMarker> markers = new ArrayList<>();
        Collection<?> all = plot.getDomainMarkers(Layer.FOREGROUND);
        for (Object item : all == null ? List.of() : all) {
            if (item instanceof ValueMarker && ((ValueMarker) item).getLabel() != null
                    && plot.getDomainAxis().getRange().contains(((ValueMarker) item).getValue())) {
                markers.add((ValueMarker) item);
            }
        }
        return markers;
    }

    private Map<Marker, Placement> place(Graphics2D g2, XYPlot plot, Rectangle2D area, List<ValueMarker> markers) {
        List<Line2D> dataLines = dataLines(plot, area);
        double[] xs = new double[markers.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = plot.getDomainAxis().valueToJava2D(markers.get(i).getValue(), area, plot.getDomainAxisEdge());
        }
        Map<Marker, Placement> placed = new IdentityHashMap<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            ValueMarker marker = markers.get(i);
            List<Line2D> markerLines = new ArrayList<>();
            for (int j = 0; j < xs.length; j++) {
                if (j != i) {
                    markerLines.add(new Line2D.Double(xs[j], area.getMinY(), xs[j], area.getMaxY()));
                }
            }
            g2.setFont(marker.getLabelFont());
            Placement best = best(g2.getFontMetrics(), marker.getLabel(), xs[i], area, dataLines, markerLines, taken);
            placed.put(marker, best);
            taken.add(best.box());
        }
        return placed;
    }

    private static Placement best(FontMetrics metrics, String label, double x, Rectangle2D area,
                                  List<Line2D> dataLines, List<Line2D> markerLines, List<Rectangle2D> taken) {
        boolean rightFirst = x < area.getCenterX();
        List<Candidate> candidates = new ArrayList<>();
        for (List<String> lines : wraps(label, metrics)) {
            double width = width(metrics, lines);
            double height = metrics.getHeight() * lines.size() + 2 * PAD_Y;
            for (int side = 0; side < 2; side++) {
                double left = rightFirst == (side == 0) ? x + GAP : x - GAP - width;
                if (left < area.getMinX() + 2 || left + width > area.getMaxX() - 2) {
                    continue;
                }
                List<Line2D> nearData = near(dataLines, left, width);
                List<Line2D> nearMarkers = near(markerLines, left, width);
                int row = 0;
                for (double y = area.getMinY() + GAP; y + height <= area.getMaxY() - GAP; y += metrics.getHeight() / 2.0, row++) {
                    candidates.add(new Candidate(new Rectangle2D.Double(left, y, width, height), lines,
                            row + 3 * (lines.size() - 1) + side, nearData, nearMarkers));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::preference));
        Candidate best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Candidate candidate : candidates) {
            if (candidate.preference() >= bestCost) {
                break; // penalties are never negative, so no later candidate can do better
            }
            double cost = candidate.preference()
                    + (crosses(candidate.box(), candidate.nearData()) ? CROSSES_DATA : 0)
                    + (crosses(candidate.box(), candidate.nearMarkers()) ? CROSSES_MARKER : 0)
                    + (overlaps(candidate.box(), taken) ? OVERLAPS_LABEL : 0);
            if (cost < bestCost) {
                bestCost = cost;
                best = candidate;
            }
        }
        if (best == null) {
            double width = metrics.stringWidth(label) + 2 * PAD_X;
            double left = Math.max(area.getMinX(), Math.min(x + GAP, area.getMaxX() - width));
            return new Placement(new Rectangle2D.Double(left, area.getMinY() + GAP, width,
                    metrics.getHeight() + 2 * PAD_Y), List.of(label));
        }
        return new Placement(best.box(), best.lines());
    }

    /** The lines that reach into the column from {@code left} to {@code left + width} (plus margin). */
    private static List<Line2D> near(List<Line2D> lines, double left, double width) {
        List<Line2D> near = new ArrayList<>();
        for (Line2D line : lines) {
            if (Math.max(line.getX1(), line.getX2()) >= left - 2 && Math.min(line.getX1(), line.getX2()) <= left + width + 2) {
                near.add(line);
            }
        }
        return near;
    }

    /**
     * The label on one, two and three lines, each split at spaces so that its widest line is as
     * narrow as possible (on a tie, the later split: "overtakes engineering / at 82,051/day").
     */
    private static List<List<String>> wraps(String label, FontMetrics metrics) {
        String[] words = label.split(" ");
        List<List<String>> wraps = new ArrayList<>();
        wraps.add(List.of(label));
        List<String> best2 = null;
        List<String> best3 = null;
        for (int i = 1; i < words.length; i++) {
            best2 = narrower(metrics, List.of(join(words, 0, i), join(words, i, words.length)), best2);
            for (int j = i + 1; j < words.length; j++) {
                best3 = narrower(metrics, List.of(join(words, 0, i), join(words, i, j), join(words, j, words.length)), best3);
            }
        }
        if (best2 != null) {
            wraps.add(best2);
        }
        if (best3 != null) {
            wraps.add(best3);
        }
        return wraps;
    }

    private static List<String> narrower(FontMetrics metrics, List<String> candidate, List<String> best) {
        return best == null || width(metrics, candidate) <= width(metrics, best) ? candidate : best;
    }

    private static double width(FontMetrics metrics, List<String> lines) {
        double width = 0;
        for (String line : lines) {
            width = Math.max(width, metrics.stringWidth(line));
        }
        return width + 2 * PAD_X;
    }

    private static String join(String[] words, int from, int to) {
        return String.join(" ", Arrays.asList(words).subList(from, to));
    }

    private static Rectangle2D withMargin(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4);
    }

    private static boolean overlaps(Rectangle2D box, List<Rectangle2D> taken) {
        Rectangle2D margin = withMargin(box);
        return taken.stream().anyMatch(other -> other.intersects(margin));
    }

    private static boolean crosses(Rectangle2D box, List<Line2D> lines) {
        Rectangle2D margin = withMargin(box);
        for (Line2D line : lines) {
            if (line.intersects(margin)) {
                return true;
            }
        }
        return false;
    }

    /** The visible series as Java2D segments. */
    private List<Line2D> dataLines(XYPlot plot, Rectangle2D area) {
        List<Line2D> lines = new ArrayList<>();
        XYDataset dataset = plot.getDataset();
        for (int series = 0; dataset != null && series < dataset.getSeriesCount(); series++) {
            if (!isSeriesVisible(series)) {
                continue;
            }
            Line2D.Double previous = null;
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                double x = plot.getDomainAxis().valueToJava2D(dataset.getXValue(series, item), area, plot.getDomainAxisEdge());
                double y = plot.getRangeAxis().valueToJava2D(dataset.getYValue(series, item), area, plot.getRangeAxisEdge());
                if (previous != null) {
                    lines.add(new Line2D.Double(previous.x2, previous.y2, x, y));
                }
                previous = new Line2D.Double(x, y, x, y);
            }
        }
        return lines;
    }
}
