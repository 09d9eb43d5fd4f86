package org.llmcostplanner.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Failures put into words for the user. Java's file exceptions carry only a path as their message
 * ("Could not save plan.json: /tmp/x"), so this names the reason.
 */
public final class FileErrors {
    private FileErrors() {
    }

    /** One line: what went wrong and where, without exception class names. */
    public static String describe(Throwable failure) {
        if (failure instanceof NoSuchFileException missing) {
            return "no such file or folder: " + missing.getFile();
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return "a file is in the way: " + exists.getFile();
        }
        if (failure instanceof NotDirectoryException notFolder) {
            return "not a folder: " + notFolder.getFile();
        }
        if (failure instanceof DirectoryNotEmptyException notEmpty) {
            return "folder is not empty: " + notEmpty.getFile();
        }
        if (failure instanceof FileSystemException other) {
            String reason = other.getReason();
            return (reason == null ? "cannot use" : reason) + ": " + other.getFile();
        }
        if (failure instanceof OutOfMemoryError) {
            return "not enough memory (try a smaller image size or scale)";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
