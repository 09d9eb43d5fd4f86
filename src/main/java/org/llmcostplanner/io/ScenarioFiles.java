package org.llmcostplanner.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.llmcostplanner.model.Scenario;

/**
 * Scenario files: reading with messages a product manager can act on, canonical writing, and
 * saving that never leaves half a file behind. The format is described by {@link ScenarioDto}.
 */
public final class ScenarioFiles {
    /** The version this planner writes; it reads this and every older version. */
    public static final int CURRENT_SCHEMA_VERSION = 7;

    /** Scenario files are a few kilobytes; anything this big was opened by mistake. */
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private ScenarioFiles() {
    }

    /**
     * Reads and validates a scenario file.
     *
     * @param file never null; messages name it as given
     * @throws ScenarioFileException when the file is missing, unreadable, not UTF-8 JSON, of a
     *                               newer schema, or holds an invalid scenario; nothing else is thrown
     */
    public static Scenario read(Path file) throws ScenarioFileException {
        return read(FileText.read(file, "a scenario file", MAX_FILE_BYTES), file.toString());
    }

    /**
     * Reads and validates a scenario from text.
     *
     * @param json       the file's content; never null
     * @param sourceName what messages name as the file, e.g. its name; never null
     */
    public static Scenario read(String json, String sourceName) throws ScenarioFileException {
        return ScenarioReader.read(json, sourceName);
    }

    /**
     * A bundled example from the classpath.
     *
     * @param resourcePath e.g. {@code scenarios/saas-support.json}; a leading "/" is allowed
     */
    public static Scenario readResource(String resourcePath) throws ScenarioFileException {
        String name = resourcePath.startsWith("/") ? resourcePath.substring(1) : resourcePath;
        byte[] bytes;
        try (InputStream in = ScenarioFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw problem(resourcePath, "is not one of the bundled examples");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ScenarioFileException(resourcePath, 0, 0, "", "cannot be read", e);
        }
        return read(ScenarioReader.decode(bytes, resourcePath), resourcePath);
    }

    /**
     * The canonical text of a scenario: keys in the documented order, two-space indent, LF line
     * ends, a final newline; whole numbers without a fraction. The same scenario always gives
     * the same text. It does not validate: an invalid scenario's file will not read back.
     */
    public static String toJson(Scenario scenario) {
        return ScenarioJson.write(ScenarioDto.from(scenario));
    }

    /**
     * Saves atomically: the text goes to a temporary file in the same folder, is forced to disk
     * and then moved over {@code file}. On failure the previous file is left byte-for-byte as it
     * was and the temporary file is removed.
     *
     * @throws IOException e.g. when the folder does not exist (nothing is created) or is read-only
     */
    public static void write(Scenario scenario, Path file) throws IOException {
        AtomicFiles.write(file, toJson(scenario).getBytes(StandardCharsets.UTF_8));
    }

    private static ScenarioFileException problem(String source, String reason) {
        return new ScenarioFileException(source, 0, 0, "", reason, null);
    }
}
