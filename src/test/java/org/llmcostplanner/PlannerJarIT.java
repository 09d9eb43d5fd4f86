package org.llmcostplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The packaged fat jar runs the command line headless, from any folder, without a display. */
class PlannerJarIT {
    private static final Path JAR = Path.of(System.getProperty("planner.jar", "target/llm-cost-planner.jar"));

    private record Result(int code, String out) {
    }

    private static Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out);
    }

    @Test
    void jarValidatesAndReportsTheDefaultScenario() throws Exception {
        String scenario = Path.of("scenarios", "saas-support.json").toAbsolutePath().toString();
        Result validate = java("validate", scenario);
        assertEquals(0, validate.code(), validate.out());
        Result report = java("report", scenario);
        assertEquals(0, report.code(), report.out());
        assertTrue(report.out().contains("\"total\" : 10805"), report.out());
    }

    @Test
    void jarWithoutArgumentsAndNoDisplayExplainsInsteadOfCrashing() throws Exception {
        Result gui = java();
        assertEquals(2, gui.code(), gui.out());
        assertTrue(gui.out().contains("no display"), gui.out());
        assertTrue(!gui.out().contains("\tat "), gui.out());
    }
}
