package org.llmcostplanner.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;

/**
 * Renders charts to images and files. Every output draws the chart's
 * {@link ChartStyle#DESIGN_WIDTH} x {@link ChartStyle#DESIGN_HEIGHT} design scaled up, so a
 * large export looks like the on-screen chart magnified rather than a small font on a big canvas:
 * the chart is laid out in a logical rectangle of (width/k, height/k) with the graphics scaled by
 * k = max(1, min(width/960, height/540)), times the scale for PNG. Files are written to a
 * temporary file in the target folder and moved into place, so a failure leaves no partial file.
 */
public final class ChartExport {
    public static final int DEFAULT_WIDTH = 1920;
    public static final int DEFAULT_HEIGHT = 1080;
    /** Largest image side accepted, in pixels (keeps a typo from allocating gigabytes). */
    static final int MAX_PIXELS_PER_SIDE = 16_384;
    /** Largest image in pixels (about 200 MB of memory while rendering): 7680 x 4320 at 1.5x, 8K at 1x. */
    public static final long MAX_PIXELS = 50_000_000L;

    /** The output file types, with their file-name extension. */
    public enum Format {
        PNG("png"), SVG("svg");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** Lower-case extension without the dot: {@code png}, {@code svg}. */
        public String extension() {
            return extension;
        }
    }

    private ChartExport() {
    }

    /**
     * Renders at round(width*scale) x round(height*scale) pixels on white.
     *
     * @param width  logical width in pixels, positive
     * @param height logical height in pixels, positive
     * @param scale  pixel density, positive (1 for slides, 2 for high-DPI)
     */
    public static BufferedImage render(JFreeChart chart, int width, int height, double scale) {
        checkSize(width, height, scale);
        int pixelWidth = (int) Math.round(width * scale);
        int pixelHeight = (int) Math.round(height * scale);
        BufferedImage image = new BufferedImage(pixelWidth, pixelHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, pixelWidth, pixelHeight);
            double base = designScale(width, height);
            draw(chart, g2, width / base, height / base, base * scale);
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static void writePng(JFreeChart chart, Path file, int width, int height, double scale) throws IOException {
        BufferedImage image = render(chart, width, height, scale);
        writeAtomically(file, out -> {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            if (!writers.hasNext()) {
                throw new IOException("no PNG writer available");
            }
            ImageWriter writer = writers.next();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(image);
            } finally {
                writer.dispose();
            }
        });
    }

    /** Writes an SVG document of width x height user units (pixels). */
    public static void writeSvg(JFreeChart chart, Path file, int width, int height) throws IOException {
        checkSize(width, height, 1);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        double base = designScale(width, height);
        draw(chart, g2, width / base, height / base, base);
        // No DOCTYPE (getSVGDocument adds one): SVG 1.1+ discourages it, and parsers would fetch the DTD.
        byte[] svg = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement() + "\n")
                .getBytes(StandardCharsets.UTF_8);
        writeAtomically(file, out -> out.write(svg));
    }

    /**
     * Builds every chart of {@link Charts#all()} and writes {@code <id>.<extension>} into
     * {@code dir}, creating it if missing. {@code scale} applies to PNG only.
     *
     * @return the files written, in {@link Charts#all()} order
     */
    public static List<Path> exportAll(Scenario scenario, Evaluation evaluation, Path dir, Format format,
                                       int width, int height, double scale) throws IOException {
        checkSize(width, height, scale);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (ChartBuilder builder : Charts.all()) {
            Path file = dir.resolve(builder.id() + "." + format.extension());
            write(builder.build(scenario, evaluation), file, format, width, height, scale);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /**
     * Builds every chart of {@link UsageChart#ALL} from {@code input} and writes {@code <id>.<extension>}
     * into {@code dir}, creating it if missing. {@code scale} applies to PNG only.
     *
     * @return the files written, in {@link UsageChart#ALL} order
     */
    public static List<Path> exportUsage(UsageChart.Input input, Path dir, Format format, int width, int height,
                                         double scale) throws IOException {
        checkSize(width, height, scale);
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (UsageChart builder : UsageChart.ALL) {
            Path file = dir.resolve(builder.id() + "." + format.extension());
            write(builder.build(input), file, format, width, height, scale);
            written.add(file);
        }
        return List.copyOf(written);
    }

    /** Writes {@code chart} as PNG (at {@code scale}) or SVG, atomically. */
    public static void write(JFreeChart chart, Path file, Format format, int width, int height, double scale)
            throws IOException {
        if (format == Format.PNG) {
            writePng(chart, file, width, height, scale);
        } else {
            writeSvg(chart, file, width, height);
        }
    }

    /** k of the class comment, without the PNG scale. */
    static double designScale(int width, int height) {
        return Math.max(1.0, Math.min(width / (double) ChartStyle.DESIGN_WIDTH, height / (double) ChartStyle.DESIGN_HEIGHT));
    }

    /** Lays the chart out in logicalWidth x logicalHeight and draws it magnified by k. */
    private static void draw(JFreeChart chart, Graphics2D g2, double logicalWidth, double logicalHeight, double k) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g2.scale(k, k);
        chart.draw(g2, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight));
    }

    /** Why an image of this size cannot be made, or null when it can. */
    public static String sizeProblem(int width, int height, double scale) {
        if (width <= 0 || height <= 0 || !(scale > 0) || !Double.isFinite(scale)
                || width * scale > MAX_PIXELS_PER_SIDE || height * scale > MAX_PIXELS_PER_SIDE) {
            return String.format(Locale.ROOT, "image size %d x %d at scale %s is outside 1..%d pixels per side",
                    width, height, scale, MAX_PIXELS_PER_SIDE);
        }
        if (width * scale * height * scale > MAX_PIXELS) {
            return String.format(Locale.ROOT, "image size %d x %d at scale %s is over %,d pixels; choose a smaller size or scale",
                    width, height, scale, MAX_PIXELS);
        }
        return null;
    }

    private static void checkSize(int width, int height, double scale) {
        String problem = sizeProblem(width, height, scale);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IOException("not a file path: " + file);
        }
        // Created with default permissions (unlike Files.createTempFile's owner-only ones).
        Path temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
