package org.llmcostplanner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently used scenario files, newest first, without duplicates and at most
 * {@code capacity} of them. They persist in a small UTF-8 text file, one absolute path per
 * line. The store is a convenience: when it cannot be read the list starts empty, and when it
 * cannot be written the list still works for this session. Safe to call from any thread.
 */
public final class RecentFiles {
    /** Entries kept by {@link #inUserConfig()}. */
    public static final int DEFAULT_CAPACITY = 10;

    private static final long MAX_STORE_BYTES = 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

    private final Path storeFile;
    private final int capacity;
    private final List<Path> entries;

    /**
     * Loads the list from {@code storeFile}, which need not exist yet.
     *
     * @param storeFile where the list is kept; its folder is created on the first save
     * @param capacity  how many entries to keep, at least 1
     */
    public RecentFiles(Path storeFile, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1 (was " + capacity + ")");
        }
        this.storeFile = storeFile.toAbsolutePath();
        this.capacity = capacity;
        this.entries = load(this.storeFile, capacity);
    }

    /** The list kept in {@code ~/.config/llm-cost-planner/recent-files.txt}, {@link #DEFAULT_CAPACITY} entries. */
    public static RecentFiles inUserConfig() {
        Path home = Path.of(System.getProperty("user.home"));
        return new RecentFiles(home.resolve(".config").resolve("llm-cost-planner").resolve("recent-files.txt"),
                DEFAULT_CAPACITY);
    }

    /** Where the list is kept. */
    Path storeFile() {
        return storeFile;
    }

    /** Every stored entry, newest first, whether or not the file still exists. */
    public synchronized List<Path> list() {
        return List.copyOf(entries);
    }

    /** Puts {@code file} (made absolute) first, dropping an older entry for it and the oldest beyond capacity. */
    public synchronized void add(Path file) {
        Path entry = normalise(file);
        entries.remove(entry);
        entries.add(0, entry);
        while (entries.size() > capacity) {
            entries.remove(entries.size() - 1);
        }
        save();
    }

    /** Forgets {@code file}, e.g. after it failed to open; no effect when it is not listed. */
    public synchronized void remove(Path file) {
        if (entries.remove(normalise(file))) {
            save();
        }
    }

    private static Path normalise(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static List<Path> load(Path store, int capacity) {
        List<Path> loaded = new ArrayList<>();
        try {
            if (!Files.isRegularFile(store) || Files.size(store) > MAX_STORE_BYTES) {
                return loaded;
            }
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                Path entry = parse(line.strip());
                if (entry != null && !loaded.contains(entry) && loaded.size() < capacity) {
                    loaded.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Recent files list " + store + " cannot be read (" + FileErrors.describe(e) + "); starting empty");
            loaded.clear();
        }
        return loaded;
    }

    /** A stored line as an absolute path, or null for blank, relative or malformed lines. */
    private static Path parse(String line) {
        if (line.isEmpty()) {
            return null;
        }
        try {
            Path path = Path.of(line);
            return path.isAbsolute() ? path.normalize() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void save() {
        StringBuilder text = new StringBuilder();
        for (Path entry : entries) {
            String line = entry.toString();
            if (line.indexOf('\n') < 0 && line.indexOf('\r') < 0) { // such names would not read back as one entry
                text.append(line).append('\n');
            }
        }
        try {
            Files.createDirectories(storeFile.getParent());
            AtomicFiles.write(storeFile, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Recent files list " + storeFile + " cannot be saved (" + FileErrors.describe(e) + ")");
        }
    }
}
