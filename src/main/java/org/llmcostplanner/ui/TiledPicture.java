package org.llmcostplanner.ui;

import java.nio.IntBuffer;

import javafx.scene.Group;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

/**
 * Shows a chart's picture as a grid of {@link TileDiff} tiles, one image per tile, and updates
 * only the tiles a render changed: on a machine without a GPU every changed image is re-uploaded
 * and repainted in the next frame, so unchanged titles, legends and axes cost nothing.
 * <p>
 * The tiles sit in groups of at most {@value #TILES_PER_GROUP}: JavaFX repaints a whole group once
 * more than 12 of its children changed (NGNode's DIRTY_CHILDREN_ACCUMULATED_THRESHOLD), which would
 * turn a changed pie into a repaint of the whole chart. FX-thread only.
 */
final class TiledPicture extends Pane {
    private static final int GROUP_COLUMNS = 4;
    private static final int GROUP_ROWS = 3;
    static final int TILES_PER_GROUP = GROUP_COLUMNS * GROUP_ROWS;

    /** The tiles' pixels in the renderer's own format (premultiplied int ARGB): no conversion on update. */
    private PixelBuffer<IntBuffer>[] buffers;
    private int columns;

    TiledPicture() {
        setMouseTransparent(true);
        setManaged(false);
    }

    /**
     * Applies one render's changes. The first changes, and any after a change of pixel size or
     * scale, must be {@link TileDiff.Changes#resized() resized} ones listing every tile.
     *
     * @param scale device pixels per FX unit the picture was rendered at
     */
    void apply(TileDiff.Changes changes, double scale) {
        if (changes.resized()) {
            rebuild(changes, scale);
        }
        for (TileDiff.Tile tile : changes.tiles()) {
            PixelBuffer<IntBuffer> buffer = buffers[(tile.y() / TileDiff.TILE_PIXELS) * columns + tile.x() / TileDiff.TILE_PIXELS];
            buffer.updateBuffer(pixels -> {
                pixels.getBuffer().clear();
                pixels.getBuffer().put(tile.pixels(), 0, tile.width() * tile.height());
                return null; // all of it
            });
        }
    }

    private void rebuild(TileDiff.Changes changes, double scale) {
        columns = (changes.pixelWidth() + TileDiff.TILE_PIXELS - 1) / TileDiff.TILE_PIXELS;
        int rows = (changes.pixelHeight() + TileDiff.TILE_PIXELS - 1) / TileDiff.TILE_PIXELS;
        @SuppressWarnings("unchecked")
        PixelBuffer<IntBuffer>[] newBuffers = new PixelBuffer[columns * rows];
        int groupColumns = (columns + GROUP_COLUMNS - 1) / GROUP_COLUMNS;
        Group[] groups = new Group[groupColumns * ((rows + GROUP_ROWS - 1) / GROUP_ROWS)];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                int left = column * TileDiff.TILE_PIXELS;
                int top = row * TileDiff.TILE_PIXELS;
                int width = Math.min(TileDiff.TILE_PIXELS, changes.pixelWidth() - left);
                int height = Math.min(TileDiff.TILE_PIXELS, changes.pixelHeight() - top);
                PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.allocate(width * height),
                        PixelFormat.getIntArgbPreInstance());
                newBuffers[row * columns + column] = buffer;
                ImageView view = new ImageView(new WritableImage(buffer));
                view.setSmooth(false); // drawn 1:1 at whole device pixels
                view.setFitWidth(width / scale);
                view.setFitHeight(height / scale);
                view.relocate(left / scale, top / scale);
                int group = (row / GROUP_ROWS) * groupColumns + column / GROUP_COLUMNS;
                if (groups[group] == null) {
                    groups[group] = new Group();
                }
                groups[group].getChildren().add(view);
            }
        }
        buffers = newBuffers;
        getChildren().setAll(groups);
        resize(changes.pixelWidth() / scale, changes.pixelHeight() / scale);
    }
}
