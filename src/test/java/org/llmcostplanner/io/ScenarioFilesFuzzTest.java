package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.llmcostplanner.model.RandomScenarios.forAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.RandomScenarios;
import org.llmcostplanner.model.Scenario;

/**
 * Damaged copies of a real file: reading either succeeds or throws {@link ScenarioFileException}
 * with a plain message. Any other exception fails the test. The damage is seeded and
 * reproducible, see {@link RandomScenarios#forAll(int, java.util.function.Function, RandomScenarios.Property)}.
 */
class ScenarioFilesFuzzTest {
    private static final int DAMAGED_COPIES = 2_000;
    private static final String GOOD = readGood();
    private static final List<String> FRAGMENTS = List.of(
            "{", "}", "[", "]", ",", ":", "\"", "\\", "-", ".", "e", "0", "9", "1e400", "NaN", "-Infinity", "null",
            "true", "\"x\"", "\n", "\t", "\u0000", "\u00e9", "\uFEFF", "//", "/*", "'", "\"schemaVersion\" : 2,");

    /** One edit: position, length of text removed, and what is inserted there. */
    record Edit(int position, int removed, String inserted) {
        String applyTo(String text) {
            int at = Math.min(position, text.length());
            int end = Math.min(at + removed, text.length());
            return text.substring(0, at) + inserted + text.substring(end);
        }
    }

    @Test
    void damagedFilesFailOnlyWithPlainScenarioFileExceptions() {
        forAll(DAMAGED_COPIES, ScenarioFilesFuzzTest::edits, edits -> {
            String text = GOOD;
            for (Edit edit : edits) {
                text = edit.applyTo(text);
            }
            readsOrFailsPlainly(text, "fuzz.json");
        });
    }

    /** Every prefix of the file, from empty to one char short: few enough to try them all. */
    @Test
    void everyTruncationFailsPlainly() {
        for (int length = 0; length < GOOD.length(); length++) {
            try {
                readsOrFailsPlainly(GOOD.substring(0, length), "cut.json");
            } catch (AssertionError | RuntimeException failure) {
                throw new AssertionError("truncation to " + length + " of " + GOOD.length() + " chars: " + failure,
                        failure);
            }
        }
    }

    private static void readsOrFailsPlainly(String text, String sourceName) {
        Scenario scenario;
        try {
            scenario = ScenarioFiles.read(text, sourceName);
        } catch (ScenarioFileException e) {
            PlainMessages.assertPlain(e);
            return;
        }
        try {
            assertEquals(scenario, ScenarioFiles.read(ScenarioFiles.toJson(scenario), sourceName));
        } catch (ScenarioFileException e) {
            fail("a scenario that was read does not read back after saving: " + e.getMessage(), e);
        }
    }

    /** One to four edits anywhere in the file, each removing up to 8 chars and inserting a fragment. */
    static List<Edit> edits(Random random) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            edits.add(new Edit(random.nextInt(GOOD.length() + 1), random.nextInt(9), inserted(random)));
        }
        return edits;
    }

    /** A fragment of JSON syntax, up to 3 arbitrary chars (lone surrogates included), or nothing. */
    private static String inserted(Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
            case 1:
                char[] chars = new char[random.nextInt(4)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
                }
                return new String(chars);
            default:
                return "";
        }
    }

    private static String readGood() {
        try {
            return Files.readString(Path.of("scenarios/saas-support.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
