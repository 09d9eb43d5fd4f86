package org.llmcostplanner.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: readers and crashes see either the old bytes or the
 * new ones, never half a file.
 */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void write(Path target, byte[] content) throws IOException {
        write(target, content, UnaryOperator.identity());
    }

    /**
     * Writes {@code content} to a temporary file next to {@code target}, forces it to disk and
     * moves it over {@code target}. On failure {@code target} is untouched and the temporary
     * file is gone. A symbolic link is followed, so the link survives and its file is replaced.
     *
     * @param streamWrapper wraps the temporary file's stream; a seam for tests that fail midway
     * @throws IOException e.g. when the folder does not exist (nothing is created then)
     */
    static void write(Path target, byte[] content, UnaryOperator<OutputStream> streamWrapper) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = streamWrapper.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        syncFolder(file.getParent());
    }

    /** A replaced file keeps its mode (say 0644) instead of taking the temporary file's. */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not POSIX, or not ours to read: the default permissions will do.
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open folders this way; the file content is already on disk.
        }
    }
}
