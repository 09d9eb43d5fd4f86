package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Names for chosen points of an XY plot, placed while drawing against the real data area so that
 * no label overlaps another label, a point marker or the plot's edge, at any screen or export
 * size. Each label tries the spots around its point in a fixed order (right, left, above, below,
 * then the diagonals), first one that also crosses no line of the plot, then one that may; then
 * the same spots farther out, joined to the point by a thin leader line. A label with no free spot
 * is left out, and its point keeps its tooltip.
 */
final class PointLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private static final double GAP = 7;
    /** The gap of the outer ring of spots, whose labels get a leader line. */
    private static final double FAR_GAP = 30;
    private static final Color LEADER = new Color(0x77, 0x77, 0x77);
    private static final double PAD_X = 3;
    private static final double PAD_Y = 1;

    /** One label: its point in data coordinates and its text. */
    record Label(double x, double y, String text) {
        Label {
            Objects.requireNonNull(text, "text");
        }
    }

    private final List<Label> labels;
    /** Every plotted point in data coordinates: labels keep clear of them all. */
    private final List<Point2D> points;
    /** Lines drawn in the plot, in data coordinates: labels avoid crossing them where they can. */
    private final List<Line2D> lines;
    private final double markerRadius;

    /**
     * @param labels       the points to name, most important first (they choose first)
     * @param points       every point drawn, so no label hides one
     * @param lines        the plot's line segments, which labels avoid where they can
     * @param markerRadius the radius of a point's marker, in pixels of the design layout
     */
    PointLabels(List<Label> labels, List<Point2D> points, List<Line2D> lines, double markerRadius) {
        this.labels = List.copyOf(labels);
        this.points = List.copyOf(points);
        this.lines = List.copyOf(lines);
        this.markerRadius = markerRadius;
    }

    List<Label> labels() {
        return labels;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(ChartStyle.LABEL_FONT);
        FontMetrics metrics = g2.getFontMetrics();
        List<Point2D> anchors = new ArrayList<>();
        List<Rectangle2D> sizes = new ArrayList<>();
        for (Label label : labels) {
            anchors.add(toScreen(label.x(), label.y(), plot, dataArea, domainAxis, rangeAxis));
            sizes.add(new Rectangle2D.Double(0, 0, metrics.stringWidth(label.text()) + 2 * PAD_X,
                    metrics.getHeight() + 2 * PAD_Y));
        }
        List<Point2D> obstacles = toScreen(points, plot, dataArea, domainAxis, rangeAxis);
        List<Line2D> screenLines = new ArrayList<>();
        for (Line2D line : lines) {
            screenLines.add(new Line2D.Double(toScreen(line.getX1(), line.getY1(), plot, dataArea, domainAxis, rangeAxis),
                    toScreen(line.getX2(), line.getY2(), plot, dataArea, domainAxis, rangeAxis)));
        }
        List<Rectangle2D> boxes = place(anchors, sizes, obstacles, markerRadius + 1, screenLines, dataArea);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D box = boxes.get(i);
            if (box == null) {
                continue;
            }
            Point2D anchor = anchors.get(i);
            double nearestX = Math.max(box.getMinX(), Math.min(anchor.getX(), box.getMaxX()));
            double nearestY = Math.max(box.getMinY(), Math.min(anchor.getY(), box.getMaxY()));
            double distance = anchor.distance(nearestX, nearestY);
            if (distance > FAR_GAP / 2) {
                double start = (markerRadius + 1) / distance;
                g2.setPaint(LEADER);
                g2.setStroke(ChartStyle.line(1f));
                g2.draw(new Line2D.Double(anchor.getX() + (nearestX - anchor.getX()) * start,
                        anchor.getY() + (nearestY - anchor.getY()) * start, nearestX, nearestY));
            }
            g2.setPaint(new Color(255, 255, 255, 230));
            g2.fill(box);
            g2.setPaint(ChartStyle.TEXT);
            g2.drawString(labels.get(i).text(), (float) (box.getX() + PAD_X),
                    (float) (box.getY() + PAD_Y + metrics.getAscent()));
        }
    }

    private static Point2D toScreen(double x, double y, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range) {
        return new Point2D.Double(domain.valueToJava2D(x, area, plot.getDomainAxisEdge()),
                range.valueToJava2D(y, area, plot.getRangeAxisEdge()));
    }

    /** Every point in screen coordinates, the axis edges looked up once for thousands of points. */
    private static List<Point2D> toScreen(List<Point2D> points, XYPlot plot, Rectangle2D area, ValueAxis domain,
                                          ValueAxis range) {
        org.jfree.chart.ui.RectangleEdge domainEdge = plot.getDomainAxisEdge();
        org.jfree.chart.ui.RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        List<Point2D> screen = new ArrayList<>(points.size());
        for (Point2D point : points) {
            screen.add(new Point2D.Double(domain.valueToJava2D(point.getX(), area, domainEdge),
                    range.valueToJava2D(point.getY(), area, rangeEdge)));
        }
        return screen;
    }

    /**
     * Where each label goes, or null where no spot is free: boxes of the given sizes beside their
     * anchors, inside {@code area}, overlapping no earlier box and no obstacle's circle.
     */
    static List<Rectangle2D> place(List<Point2D> anchors, List<Rectangle2D> sizes, List<Point2D> obstacles,
                                   double obstacleRadius, List<Line2D> lines, Rectangle2D area) {
        List<Rectangle2D> placed = new ArrayList<>();
        List<Rectangle2D> boxes = new ArrayList<>();
        ObstacleGrid grid = new ObstacleGrid(obstacles, obstacleRadius, area);
        for (int i = 0; i < anchors.size(); i++) {
            Rectangle2D chosen = null;
            for (int pass = 0; pass < 4 && chosen == null; pass++) {
                boolean avoidLines = pass % 2 == 0;
                double gap = pass < 2 ? GAP : FAR_GAP;
                for (Rectangle2D candidate : candidates(anchors.get(i), sizes.get(i).getWidth(), sizes.get(i).getHeight(), gap)) {
                    if (area.contains(candidate) && placed.stream().noneMatch(candidate::intersects)
                            && !grid.hitsAny(candidate)
                            && (!avoidLines || lines.stream().noneMatch(line -> line.intersects(candidate)))) {
                        chosen = candidate;
                        break;
                    }
                }
            }
            boxes.add(chosen);
            if (chosen != null) {
                placed.add(chosen);
            }
        }
        return boxes;
    }

    private static List<Rectangle2D> candidates(Point2D anchor, double width, double height, double gap) {
        double x = anchor.getX();
        double y = anchor.getY();
        return List.of(
                new Rectangle2D.Double(x + gap, y - height / 2, width, height),
                new Rectangle2D.Double(x - gap - width, y - height / 2, width, height),
                new Rectangle2D.Double(x - width / 2, y - gap - height, width, height),
                new Rectangle2D.Double(x - width / 2, y + gap, width, height),
                new Rectangle2D.Double(x + gap / 2, y - gap / 2 - height, width, height),
                new Rectangle2D.Double(x + gap / 2, y + gap / 2, width, height),
                new Rectangle2D.Double(x - gap / 2 - width, y - gap / 2 - height, width, height),
                new Rectangle2D.Double(x - gap / 2 - width, y + gap / 2, width, height));
    }

    /**
     * The obstacles bucketed by square cells over the area, so a box is checked only against the
     * points near it: a sweep of 10,000 configurations would otherwise cost every candidate spot
     * 10,000 tests. Points outside the area (plus the radius) cannot touch a label and are left out.
     */
    private static final class ObstacleGrid {
        private static final double CELL = 32;
        private final double left;
        private final double top;
        private final int columns;
        private final int rows;
        /** Points of cell c are xs/ys[start[c] .. start[c + 1]). */
        private final int[] start;
        private final double[] xs;
        private final double[] ys;
        private final double radius;

        ObstacleGrid(List<Point2D> obstacles, double radius, Rectangle2D area) {
            this.radius = radius;
            left = area.getMinX() - radius;
            top = area.getMinY() - radius;
            columns = Math.max(1, (int) Math.ceil((area.getWidth() + 2 * radius) / CELL));
            rows = Math.max(1, (int) Math.ceil((area.getHeight() + 2 * radius) / CELL));
            int[] cellOf = new int[obstacles.size()];
            start = new int[columns * rows + 1];
            for (int i = 0; i < obstacles.size(); i++) {
                cellOf[i] = cellOf(obstacles.get(i));
                if (cellOf[i] >= 0) {
                    start[cellOf[i] + 1]++;
                }
            }
            for (int c = 0; c < columns * rows; c++) {
                start[c + 1] += start[c];
            }
            int[] next = java.util.Arrays.copyOf(start, start.length - 1);
            xs = new double[start[columns * rows]];
            ys = new double[xs.length];
            for (int i = 0; i < obstacles.size(); i++) {
                if (cellOf[i] >= 0) {
                    int slot = next[cellOf[i]]++;
                    xs[slot] = obstacles.get(i).getX();
                    ys[slot] = obstacles.get(i).getY();
                }
            }
        }

        /** The cell of a point, or -1 outside the grid (or not finite). */
        private int cellOf(Point2D point) {
            double column = Math.floor((point.getX() - left) / CELL);
            double row = Math.floor((point.getY() - top) / CELL);
            return column >= 0 && column < columns && row >= 0 && row < rows ? (int) row * columns + (int) column : -1;
        }

        /** Whether the box comes within the radius of any obstacle. */
        boolean hitsAny(Rectangle2D box) {
            int firstColumn = (int) Math.max(0, Math.floor((box.getMinX() - radius - left) / CELL));
            int lastColumn = (int) Math.min(columns - 1, Math.floor((box.getMaxX() + radius - left) / CELL));
            int firstRow = (int) Math.max(0, Math.floor((box.getMinY() - radius - top) / CELL));
            int lastRow = (int) Math.min(rows - 1, Math.floor((box.getMaxY() + radius - top) / CELL));
            for (int row = firstRow; row <= lastRow; row++) {
                for (int column = firstColumn; column <= lastColumn; column++) {
                    int cell = row * columns + column;
                    for (int k = start[cell]; k < start[cell + 1]; k++) {
                        double nearestX = Math.max(box.getMinX(), Math.min(xs[k], box.getMaxX()));
                        double nearestY = Math.max(box.getMinY(), Math.min(ys[k], box.getMaxY()));
                        double dx = xs[k] - nearestX;
                        double dy = ys[k] - nearestY;
                        if (dx * dx + dy * dy < radius * radius) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointLabels that && labels.equals(that.labels) && points.equals(that.points)
                && lines.equals(that.lines) && markerRadius == that.markerRadius;
    }

    @Override
    public int hashCode() {
        return Objects.hash(labels, points, lines, markerRadius);
    }
}
