package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {
    @TempDir
    Path dir;

    @Test
    void newestFirstAndReAddingMovesToTheFront() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"), 5);
        recent.add(a());
        recent.add(b());
        recent.add(c());
        recent.add(a());

        assertEquals(List.of(a(), c(), b()), recent.list());
    }

    @Test
    void keepsAtMostCapacityDroppingTheOldest() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"), 2);
        recent.add(a());
        recent.add(b());
        recent.add(c());

        assertEquals(List.of(c(), b()), recent.list());
    }

    @Test
    void theSameFileSpelledDifferentlyIsOneEntry() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"), 5);
        recent.add(dir.resolve("plans/../a.json"));
        recent.add(a());

        assertEquals(List.of(a()), recent.list());
    }

    @Test
    void relativePathsAreStoredAbsolute() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"), 5);
        recent.add(Path.of("relative.json"));

        assertEquals(List.of(Path.of("relative.json").toAbsolutePath()), recent.list());
    }

    @Test
    void persistsAcrossInstancesOnePathPerLine() throws IOException {
        Path store = dir.resolve("config/nested/recent.txt");
        RecentFiles first = new RecentFiles(store, 5);
        first.add(a());
        first.add(b());
        first.add(c());
        first.remove(b());

        assertEquals(List.of(c(), a()), new RecentFiles(store, 5).list());
        assertEquals(c() + "\n" + a() + "\n", Files.readString(store));
    }

    @Test
    void removingAnUnlistedFileChangesNothing() {
        RecentFiles recent = new RecentFiles(dir.resolve("recent.txt"), 5);
        recent.add(a());
        recent.remove(b());

        assertEquals(List.of(a()), recent.list());
    }

    @Test
    void aSmallerCapacityTruncatesAStoredList() {
        Path store = dir.resolve("recent.txt");
        RecentFiles big = new RecentFiles(store, 5);
        big.add(a());
        big.add(b());
        big.add(c());

        assertEquals(List.of(c(), b()), new RecentFiles(store, 2).list());
    }

    @Test
    void skipsBlankRelativeDuplicateAndMalformedLines() throws IOException {
        Path store = Files.writeString(dir.resolve("recent.txt"),
                a() + "\n\n   \nrelative.json\n" + a() + "\nbad\u0000path\n" + b() + "\n");

        assertEquals(List.of(a(), b()), new RecentFiles(store, 5).list());
    }

    @Test
    void survivesACorruptStoreAndRewritesIt() throws IOException {
        Path store = Files.write(dir.resolve("recent.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, 2, '\n'});
        RecentFiles recent = new RecentFiles(store, 5);

        assertEquals(List.of(), recent.list());
        recent.add(a());
        assertEquals(List.of(a()), new RecentFiles(store, 5).list());
    }

    @Test
    void survivesAStoreThatCannotBeReadOrWritten() throws IOException {
        Path folderAsStore = Files.createDirectory(dir.resolve("recent.txt"));
        RecentFiles recent = new RecentFiles(folderAsStore, 5);

        assertEquals(List.of(), recent.list());
        recent.add(a());
        recent.remove(a());
        recent.add(b());
        assertEquals(List.of(b()), recent.list(), "the list still works for this session");
        assertTrue(Files.isDirectory(folderAsStore));
    }

    @Test
    void survivesAStoreWhoseFolderCannotBeCreated() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        RecentFiles recent = new RecentFiles(blocker.resolve("recent.txt"), 5);

        recent.add(a());

        assertEquals(List.of(a()), recent.list());
    }

    @Test
    void userConfigListLivesUnderTheHomeFolder() {
        Path expected = Path.of(System.getProperty("user.home"), ".config", "llm-cost-planner", "recent-files.txt");

        assertEquals(expected.toAbsolutePath(), RecentFiles.inUserConfig().storeFile());
    }

    @Test
    void capacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RecentFiles(dir.resolve("recent.txt"), 0));
    }

    @Test
    void storeIsUtf8() throws IOException {
        Path store = dir.resolve("recent.txt");
        Path file = dir.resolve("Prévision €.json");
        new RecentFiles(store, 5).add(file);

        assertEquals(file + "\n", Files.readString(store, StandardCharsets.UTF_8));
        assertEquals(List.of(file), new RecentFiles(store, 5).list());
    }

    private Path a() {
        return dir.resolve("a.json");
    }

    private Path b() {
        return dir.resolve("b.json");
    }

    private Path c() {
        return dir.resolve("c.json");
    }
}
