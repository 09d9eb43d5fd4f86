package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TiledPictureTest {
    private static final int WIDTH = 7 * TileDiff.TILE_PIXELS + 30;
    private static final int HEIGHT = 5 * TileDiff.TILE_PIXELS + 9;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    /** An opaque picture, so the snapshot's pixels compare exactly. */
    private static int[] opaqueFrame(int seed) {
        int[] pixels = new int[WIDTH * HEIGHT];
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = 0xFF000000 | random.nextInt(0x1000000);
        }
        return pixels;
    }

    private static void assertShows(FxRobot robot, TiledPicture picture, int[] expected) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = picture.snapshot(new SnapshotParameters(), null));
        assertEquals(WIDTH, (int) shot[0].getWidth());
        assertEquals(HEIGHT, (int) shot[0].getHeight());
        PixelReader reader = shot[0].getPixelReader();
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (reader.getArgb(x, y) != expected[y * WIDTH + x]) {
                    throw new AssertionError("pixel " + x + "," + y + ": expected "
                            + Integer.toHexString(expected[y * WIDTH + x]) + ", shown " + Integer.toHexString(reader.getArgb(x, y)));
                }
            }
        }
    }

    @Test
    void showsThePictureTileForTileAndThenOnlyTheChangedTiles(FxRobot robot) {
        TiledPicture picture = new TiledPicture();
        TileDiff diff = new TileDiff();
        int[] first = opaqueFrame(1);
        robot.interact(() -> picture.apply(diff.next(first, WIDTH, HEIGHT), 1));
        assertShows(robot, picture, first);

        int[] second = first.clone();
        for (int y = 100; y < 140; y++) {
            for (int x = 300; x < 470; x++) {
                second[y * WIDTH + x] = 0xFF0072B2;
            }
        }
        TileDiff.Changes changes = diff.next(second, WIDTH, HEIGHT);
        assertTrue(changes.tiles().size() < 10, "only the edited tiles: " + changes.tiles().size());
        robot.interact(() -> picture.apply(changes, 1));
        assertShows(robot, picture, second);
    }

    @Test
    void groupsNoMoreThanTwelveTilesSoAChangeNeverRepaintsTheWholePicture(FxRobot robot) {
        TiledPicture picture = new TiledPicture();
        robot.interact(() -> picture.apply(new TileDiff().next(opaqueFrame(2), WIDTH, HEIGHT), 1));
        int tiles = 0;
        for (Node group : picture.getChildrenUnmodifiable()) {
            int inGroup = ((Group) group).getChildren().size();
            assertTrue(inGroup <= TiledPicture.TILES_PER_GROUP && inGroup <= 12, "group of " + inGroup);
            tiles += inGroup;
        }
        assertEquals(8 * 6, tiles);
    }

    @Test
    void atTwiceThePixelScaleTheTilesCoverTheSameArea(FxRobot robot) {
        TiledPicture picture = new TiledPicture();
        robot.interact(() -> picture.apply(new TileDiff().next(opaqueFrame(3), WIDTH, HEIGHT), 2));
        assertEquals(WIDTH / 2.0, picture.getWidth());
        assertEquals(HEIGHT / 2.0, picture.getHeight());
        assertEquals(WIDTH / 2.0, picture.getBoundsInLocal().getWidth(), 1e-9);
    }
}
