package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TileDiffTest {
    private static final int T = TileDiff.TILE_PIXELS;

    private static int[] frame(int width, int height, int seed) {
        int[] pixels = new int[width * height];
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = random.nextInt();
        }
        return pixels;
    }

    /** Writes the tiles into {@code screen} the way the window shows them. */
    private static void paint(int[] screen, int width, TileDiff.Changes changes) {
        for (TileDiff.Tile tile : changes.tiles()) {
            for (int row = 0; row < tile.height(); row++) {
                System.arraycopy(tile.pixels(), row * tile.width(), screen, (tile.y() + row) * width + tile.x(), tile.width());
            }
        }
    }

    @Test
    void theFirstPictureListsEveryTileWithTheRightEdgesAndPixels() {
        int width = 2 * T + 22;
        int height = T + 6;
        int[] pixels = frame(width, height, 1);
        TileDiff.Changes changes = new TileDiff().next(pixels, width, height);

        assertTrue(changes.resized());
        assertEquals(6, changes.tiles().size(), "3 columns by 2 rows");
        TileDiff.Tile corner = changes.tiles().get(5);
        assertEquals(List.of(2 * T, T, 22, 6), List.of(corner.x(), corner.y(), corner.width(), corner.height()));
        int[] screen = new int[width * height];
        paint(screen, width, changes);
        assertArrayEquals(pixels, screen);
    }

    @Test
    void anUnchangedPictureSendsNothingAndOneChangedPixelSendsItsTileOnly() {
        int width = 3 * T;
        int height = 2 * T;
        int[] pixels = frame(width, height, 2);
        TileDiff diff = new TileDiff();
        diff.next(pixels, width, height);

        TileDiff.Changes same = diff.next(pixels.clone(), width, height);
        assertFalse(same.resized());
        assertEquals(0, same.tiles().size());

        int[] edited = pixels.clone();
        edited[(T + 5) * width + 2 * T + 7] ^= 0xFF;
        TileDiff.Changes one = diff.next(edited, width, height);
        assertEquals(1, one.tiles().size());
        TileDiff.Tile tile = one.tiles().get(0);
        assertEquals(List.of(2 * T, T), List.of(tile.x(), tile.y()));
        assertEquals(edited[(T + 5) * width + 2 * T + 7], tile.pixels()[5 * T + 7]);
    }

    @Test
    void aNewSizeOrAResetSendsEveryTileAgain() {
        TileDiff diff = new TileDiff();
        diff.next(frame(100, 100, 3), 100, 100);
        TileDiff.Changes bigger = diff.next(frame(130, 100, 3), 130, 100);
        assertTrue(bigger.resized());
        assertEquals(6, bigger.tiles().size());

        int[] same = frame(130, 100, 3);
        diff.reset();
        assertEquals(6, diff.next(same, 130, 100).tiles().size(), "after a reset nothing counts as shown");
    }

    @Test
    void refusesAPictureWithTooFewPixels() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new TileDiff().next(new int[10], 5, 5));
        assertTrue(refused.getMessage().contains("needs 25 pixels, got 10"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new TileDiff().next(new int[0], 0, 5));
    }

    /**
     * Second implementation: a screen that only ever receives the tiles must equal the last
     * picture after any sequence of edits, and the tiles sent must be exactly those that differ.
     */
    @Test
    void aScreenThatOnlyReceivesTheTilesAlwaysMatchesTheLatestPicture() {
        Random random = new Random(42);
        int width = 5 * T + 13;
        int height = 4 * T + 41;
        TileDiff diff = new TileDiff();
        int[] current = frame(width, height, 7);
        int[] screen = new int[width * height];
        paint(screen, width, diff.next(current, width, height));
        for (int step = 0; step < 200; step++) {
            int[] next = current.clone();
            int edits = random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int x = random.nextInt(width);
                int y = random.nextInt(height);
                int w = 1 + random.nextInt(Math.min(80, width - x));
                int h = 1 + random.nextInt(Math.min(80, height - y));
                int colour = random.nextInt();
                for (int row = y; row < y + h; row++) {
                    java.util.Arrays.fill(next, row * width + x, row * width + x + w, colour);
                }
            }
            int[] before = screen.clone();
            TileDiff.Changes changes = diff.next(next, width, height);
            paint(screen, width, changes);
            assertArrayEquals(next, screen, "step " + step);
            for (TileDiff.Tile tile : changes.tiles()) {
                assertTrue(differs(before, next, width, tile), "tile " + tile.x() + "," + tile.y() + " was sent unchanged");
            }
            current = next;
        }
    }

    private static boolean differs(int[] before, int[] after, int width, TileDiff.Tile tile) {
        for (int row = tile.y(); row < tile.y() + tile.height(); row++) {
            for (int column = tile.x(); column < tile.x() + tile.width(); column++) {
                if (before[row * width + column] != after[row * width + column]) {
                    return true;
                }
            }
        }
        return false;
    }
}
