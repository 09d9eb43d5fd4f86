package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.llmcostplanner.model.Scenario;

/**
 * Damaged copies of a real file: reading either succeeds or throws {@link ScenarioFileException}
 * with a plain message. Any other exception fails the property.
 */
class ScenarioFilesFuzzProperties {
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

    @Property(tries = 2000)
    void damagedFilesFailOnlyWithPlainScenarioFileExceptions(@ForAll("edits") List<Edit> edits) {
        String text = GOOD;
        for (Edit edit : edits) {
            text = edit.applyTo(text);
        }
        try {
            Scenario scenario = ScenarioFiles.read(text, "fuzz.json");
            assertEquals(scenario, ScenarioFiles.read(ScenarioFiles.toJson(scenario), "fuzz.json"));
        } catch (ScenarioFileException e) {
            PlainMessages.assertPlain(e);
        }
    }

    @Property(tries = 300)
    void everyTruncationFailsPlainly(@ForAll("cuts") int length) {
        try {
            ScenarioFiles.read(GOOD.substring(0, length), "cut.json");
        } catch (ScenarioFileException e) {
            PlainMessages.assertPlain(e);
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> inserted = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().ofMaxLength(3), Arbitraries.just(""));
        Arbitrary<Edit> edit = net.jqwik.api.Combinators.combine(
                Arbitraries.integers().between(0, GOOD.length()), Arbitraries.integers().between(0, 8), inserted)
                .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, GOOD.length() - 1);
    }

    private static String readGood() {
        try {
            return Files.readString(Path.of("scenarios/saas-support.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
