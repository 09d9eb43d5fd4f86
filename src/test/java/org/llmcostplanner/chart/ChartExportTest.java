package org.llmcostplanner.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.llmcostplanner.model.Evaluation;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioEvaluator;
import org.w3c.dom.Element;

class ChartExportTest {
    @TempDir
    Path dir;

    private final Scenario saas = TestScenarios.saasSupport();
    private final Evaluation evaluation = ScenarioEvaluator.evaluate(saas);

    @ParameterizedTest
    @CsvSource({"1920, 1080, 1", "1920, 1080, 2", "800, 600, 1"})
    void pngDecodesAtWidthAndHeightTimesScaleAndIsNotBlank(int width, int height, double scale) throws IOException {
        for (ChartBuilder builder : Charts.all()) {
            Path file = dir.resolve(builder.id() + ".png");
            ChartExport.writePng(builder.build(saas, evaluation), file, width, height, scale);

            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(Math.round(width * scale), image.getWidth(), builder.id());
            assertEquals(Math.round(height * scale), image.getHeight(), builder.id());
            assertNotBlank(image, builder.id());
        }
    }

    private static void assertNotBlank(BufferedImage image, String what) {
        Set<Integer> colours = new HashSet<>();
        long nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                nonWhite += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        double fraction = nonWhite / (double) ((image.getWidth() / 2) * (image.getHeight() / 2));
        assertTrue(colours.size() > 50, what + ": only " + colours.size() + " colours");
        assertTrue(fraction > 0.03, what + ": only " + fraction + " of the pixels are drawn");
    }

    @Test
    void largeExportsMagnifyTheDesignLayoutInsteadOfShrinkingIt() {
        assertEquals(2.0, ChartExport.designScale(1920, 1080), 0.0);
        assertEquals(4.0, ChartExport.designScale(3840, 2160), 0.0);
        assertEquals(1.0, ChartExport.designScale(800, 600), 0.0);
        assertEquals(1.0, ChartExport.designScale(960, 540), 0.0);
        // Same layout, so a 1920x1080 render is the 960x540 render at twice the size: compare
        // each 2x2 block's average with the small image, which must mostly agree.
        JFreeChart chart = Charts.TCO_PIE.build(saas, evaluation);
        BufferedImage small = ChartExport.render(chart, 960, 540, 1);
        BufferedImage large = ChartExport.render(chart, 1920, 1080, 1);
        int close = 0;
        int total = 0;
        for (int y = 0; y < 540; y += 3) {
            for (int x = 0; x < 960; x += 3) {
                total++;
                close += Math.abs(grey(small.getRGB(x, y)) - averageGrey(large, 2 * x, 2 * y)) < 48 ? 1 : 0;
            }
        }
        assertTrue(close > 0.95 * total, close + " of " + total + " sample points agree");
    }

    private static int grey(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    private static int averageGrey(BufferedImage image, int x, int y) {
        return (grey(image.getRGB(x, y)) + grey(image.getRGB(x + 1, y)) + grey(image.getRGB(x, y + 1))
                + grey(image.getRGB(x + 1, y + 1))) / 4;
    }

    @Test
    void renderIsDeterministic() {
        JFreeChart chart = Charts.SHARE_VS_VOLUME.build(saas, evaluation);
        BufferedImage first = ChartExport.render(chart, 900, 520, 1);
        BufferedImage second = ChartExport.render(chart, 900, 520, 1);
        assertArrayEquals(first.getRGB(0, 0, 900, 520, null, 0, 900), second.getRGB(0, 0, 900, 520, null, 0, 900));
    }

    @Test
    void svgIsAnXmlDocumentWithASizedSvgRoot() throws Exception {
        for (ChartBuilder builder : Charts.all()) {
            Path file = dir.resolve(builder.id() + ".svg");
            ChartExport.writeSvg(builder.build(saas, evaluation), file, 1920, 1080);

            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            assertEquals("svg", root.getLocalName() != null ? root.getLocalName() : root.getTagName());
            assertTrue(root.getAttribute("width").startsWith("1920"), root.getAttribute("width"));
            assertTrue(root.getAttribute("height").startsWith("1080"), root.getAttribute("height"));
            assertTrue(Files.readString(file).contains(builder.title()), "title drawn as text");
        }
    }

    @Test
    void exportAllWritesOneFilePerChartIntoANewFolder() throws IOException {
        Path out = dir.resolve("slides/charts");
        List<Path> png = ChartExport.exportAll(saas, evaluation, out, ChartExport.Format.PNG, 960, 540, 1);
        List<Path> svg = ChartExport.exportAll(saas, evaluation, out, ChartExport.Format.SVG, 960, 540, 1);

        List<String> stems = List.of("pareto-scatter", "tco-pie", "tco-share-vs-volume", "routing-shares", "routing-frontier",
                "cache-threshold", "batch-size", "self-host-breakeven", "savings-waterfall", "sensitivity-tornado",
                "sensitivity-sweep");
        assertEquals(stems.stream().map(stem -> out.resolve(stem + ".png")).toList(), png);
        assertEquals(stems.stream().map(stem -> out.resolve(stem + ".svg")).toList(), svg);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2 * stems.size(), files.count(), "no temporary files left behind");
        }
        assertEquals("png", ChartExport.Format.PNG.extension());
        assertEquals("svg", ChartExport.Format.SVG.extension());
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        Path file = dir.resolve("chart.png");
        Files.writeString(file, "old");
        ChartExport.writePng(Charts.TCO_PIE.build(saas, evaluation), file, 400, 300, 1);
        assertEquals(400, ImageIO.read(file.toFile()).getWidth());
    }

    @Test
    void writingUnderAMissingFolderThrowsAndLeavesNothing() {
        JFreeChart chart = Charts.TCO_PIE.build(saas, evaluation);
        Path file = dir.resolve("missing/chart.png");
        assertThrows(IOException.class, () -> ChartExport.writePng(chart, file, 800, 600, 1));
        assertThrows(IOException.class, () -> ChartExport.writeSvg(chart, dir.resolve("missing/chart.svg"), 800, 600));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void exportAllIntoAFolderThatIsAFileThrows() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThrows(IOException.class,
                () -> ChartExport.exportAll(saas, evaluation, notAFolder.resolve("charts"), ChartExport.Format.PNG, 800, 600, 1));
        assertEquals("x", Files.readString(notAFolder));
    }

    @Test
    void failureToMoveIntoPlaceDeletesTheTemporaryFile() throws IOException {
        Path occupied = Files.createDirectories(dir.resolve("chart.png"));
        Files.writeString(occupied.resolve("keep.txt"), "a folder where the file should go");
        JFreeChart chart = Charts.TCO_PIE.build(saas, evaluation);

        assertThrows(IOException.class, () -> ChartExport.writePng(chart, occupied, 800, 600, 1));

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(occupied), files.toList(), "no partial or temporary file");
        }
    }

    @Test
    void rejectsImpossibleSizes() {
        JFreeChart chart = Charts.TCO_PIE.build(saas, evaluation);
        assertThrows(IllegalArgumentException.class, () -> ChartExport.render(chart, 0, 540, 1));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.render(chart, 960, 540, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.render(chart, 100_000, 540, 1));
    }
}
