package org.llmcostplanner.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits successive renders of one chart into square tiles and reports only the tiles whose
 * pixels changed since the previous render, so the screen repaints (and, without a GPU,
 * re-uploads) only those: a slider drag moves a marker or a pie's slices, not the titles, legend
 * and axes. Keeps its own copy of what it last reported; confined to one thread.
 */
final class TileDiff {
    /** Edge of a tile in device pixels; the right and bottom tiles may be smaller. */
    static final int TILE_PIXELS = 64;

    /**
     * One changed tile.
     *
     * @param x      left edge in device pixels
     * @param y      top edge in device pixels
     * @param pixels the tile's pixels row by row, {@code width * height}, owned by the receiver
     */
    record Tile(int x, int y, int width, int height, int[] pixels) {
    }

    /**
     * What to repaint to go from the previous render to this one.
     *
     * @param resized true when the picture has a new pixel size: every tile is listed and the
     *                receiver must drop its old ones
     */
    record Changes(int pixelWidth, int pixelHeight, boolean resized, List<Tile> tiles) {
        Changes {
            tiles = List.copyOf(tiles);
        }
    }

    private int[] reported = new int[0];
    private int width;
    private int height;

    /** Forgets what was reported: the next changes are resized ones listing every tile. */
    void reset() {
        reported = new int[0];
        width = 0;
        height = 0;
    }

    /**
     * Compares a new render with the previous one.
     *
     * @param pixels row by row, {@code width * height}; read only during this call
     */
    Changes next(int[] pixels, int width, int height) {
        if (width < 1 || height < 1 || pixels.length < width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height
                    + " pixels, got " + pixels.length);
        }
        boolean resized = width != this.width || height != this.height;
        if (resized) {
            reported = new int[width * height];
            this.width = width;
            this.height = height;
        }
        List<Tile> changed = new ArrayList<>();
        for (int top = 0; top < height; top += TILE_PIXELS) {
            int tileHeight = Math.min(TILE_PIXELS, height - top);
            for (int left = 0; left < width; left += TILE_PIXELS) {
                int tileWidth = Math.min(TILE_PIXELS, width - left);
                if (resized || differs(pixels, left, top, tileWidth, tileHeight)) {
                    changed.add(copyTile(pixels, left, top, tileWidth, tileHeight));
                }
            }
        }
        return new Changes(width, height, resized, changed);
    }

    private boolean differs(int[] pixels, int left, int top, int tileWidth, int tileHeight) {
        for (int row = top; row < top + tileHeight; row++) {
            int from = row * width + left;
            if (Arrays.mismatch(pixels, from, from + tileWidth, reported, from, from + tileWidth) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Tile copyTile(int[] pixels, int left, int top, int tileWidth, int tileHeight) {
        int[] tile = new int[tileWidth * tileHeight];
        for (int row = 0; row < tileHeight; row++) {
            int from = (top + row) * width + left;
            System.arraycopy(pixels, from, tile, row * tileWidth, tileWidth);
            System.arraycopy(pixels, from, reported, from, tileWidth);
        }
        return new Tile(left, top, tileWidth, tileHeight, tile);
    }
}
