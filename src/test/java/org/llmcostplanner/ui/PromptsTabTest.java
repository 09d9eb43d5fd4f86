package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.llmcostplanner.io.ScenarioFiles;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.prompt.PromptTokens;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Prompts tab on the chapter's two classification prompts (189 and 32 tokens in o200k_base),
 * at 300,000 queries a month and GPT-4o's $2.50 per 1M input tokens: $141.75 and $24.00 a month.
 */
@ExtendWith(ApplicationExtension.class)
class PromptsTabTest {
    private PlannerViewModel viewModel;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = WindowShots.openSaasSupport(stage, "prompts-gui");
        viewModel = window.viewModel();
    }

    private static String text(FxRobot robot, String query) {
        return WindowShots.label(robot, query);
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        WindowShots.save(robot, window.getScene(), name);
    }

    @Test
    void typingInTheCompressedPromptUpdatesItsCountAndTheMonthlySaving(FxRobot robot) throws Exception {
        robot.clickOn("Prompts");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#prompt-original-figures").startsWith("189 tokens"), text(robot, "#prompt-original-figures"));
        assertTrue(text(robot, "#prompt-original-figures").endsWith("$141.75 a month"));
        assertTrue(text(robot, "#prompt-compressed-figures").startsWith("32 tokens"));
        assertTrue(text(robot, "#prompt-compressed-figures").endsWith("$24.00 a month"));
        assertEquals("Compression saves 157 tokens per query (83.1%): $117.75 a month at 300,000 queries and $2.50"
                + " per 1M input tokens", text(robot, "#prompts-summary"));
        assertEquals("Exact: gpt-4o bills in o200k_base", text(robot, "#prompts-exactness"));
        assertTrue(window.prompts().tokenView().shownTokens() == 189, "token boundaries shown");
        snapshot(robot, "prompts.png");

        robot.clickOn("#prompt-compressed-template");
        robot.press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL);
        robot.write(" Be brief.");
        WaitForAsyncUtils.waitForFxEvents();

        // tiktoken 0.14: the compressed prompt with " Be brief." appended is 35 tokens; 154 saved x $0.75 = $115.50.
        assertEquals(new PromptTokens(189, 35), viewModel.getScenario().prompts().tokens());
        assertTrue(text(robot, "#prompt-compressed-figures").startsWith("35 tokens"));
        assertTrue(text(robot, "#prompt-compressed-figures").endsWith("$26.25 a month"));
        assertTrue(text(robot, "#prompts-summary").startsWith("Compression saves 154 tokens per query (81.5%): $115.50 a month"),
                text(robot, "#prompts-summary"));

        robot.clickOn("#prompts-enabled");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(975.00 - 115.50, viewModel.getEvaluation().api().optimisedUsdPerMonth(), 1e-9);
        assertEquals("In the plan: compression takes $115.50 a month off the plan's API cost. Prices are the reference"
                + " model's input price.", text(robot, "#prompts-plan"));
    }

    @Test
    void inANewPlanTheFirstOriginalPromptSetsItsShareAndAnEmptyCompressedOneSavesNothing(FxRobot robot) throws Exception {
        robot.interact(() -> window.files().newScenario());
        robot.clickOn("Prompts");
        robot.clickOn("#prompts-enabled");
        robot.interact(() -> window.prompts().originalEditor().template().setText(
                viewModel.getScenario().prompts().original().template() + "Summarise {doc} in one line."));
        WaitForAsyncUtils.waitForFxEvents();

        // tiktoken 0.14: "Summarise {doc} in one line." ({doc} has no sample) is 10 tokens; 10 of 500 input tokens.
        assertEquals(new PromptTokens(10, 0), viewModel.getScenario().prompts().tokens());
        assertEquals(0.02, viewModel.getScenario().prompts().inputTokenShare(), 1e-15);
        assertEquals(975.00, viewModel.getEvaluation().api().optimisedUsdPerMonth(), 1e-9, "nothing to compare yet");
        assertEquals("Write the compressed prompt to see what it saves.", text(robot, "#prompts-summary"));
    }

    @Test
    void aModelWithoutAPublicTokenizerCountsWithTheChosenEncodingAsAnApproximation(FxRobot robot) throws Exception {
        robot.clickOn("Prompts");
        sendTo(robot, "claude-sonnet-4-5");
        assertEquals("Approximate: the tokenizer of claude-sonnet-4-5 is not public; pick the closest encoding",
                text(robot, "#prompts-exactness"));
        assertTrue(text(robot, "#prompt-original-figures").startsWith("about 189 tokens"));

        // tiktoken 0.14: the chapter's prompts are 206 and 35 tokens in p50k_base.
        robot.interact(() -> robot.lookup("#prompts-encoding").<javafx.scene.control.ChoiceBox<TokenEncoding>>query()
                .setValue(TokenEncoding.P50K_BASE));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PromptTokens(206, 35), viewModel.getScenario().prompts().tokens());
        assertTrue(viewModel.getScenario().prompts().approximate());
        assertTrue(text(robot, "#prompt-original-figures").startsWith("about 206 tokens"));

        sendTo(robot, "gpt-4");
        // gpt-4 bills in cl100k_base: 190 and 32.
        assertEquals(new PromptTokens(190, 32), viewModel.getScenario().prompts().tokens());
        assertEquals("Exact: gpt-4 bills in cl100k_base", text(robot, "#prompts-exactness"));
        assertTrue(robot.lookup("#prompts-encoding").query().isDisabled());
    }

    @Test
    void aPastedFiveMegabyteDocumentIsCountedInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("Prompts");
        StringBuilder document = new StringBuilder();
        while (document.length() < 5_000_000) {
            document.append("Refunds are issued within 5-7 business days. 請在七天內退款。 {message}\n");
        }
        String pasted = document.toString();
        robot.interact(() -> window.prompts().originalEditor().template().setText(pasted));

        assertTrue(window.prompts().counting().countingProperty().get() || countedNow(), "counting started");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.prompts().counting().countingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        String rendered = viewModel.getScenario().prompts().renderedOriginal();
        long expected = Tokenizer.SHARED.count(rendered, TokenEncoding.O200K_BASE);
        assertEquals(expected, viewModel.getScenario().prompts().tokens().original());
        assertTrue(text(robot, "#prompt-original-figures").startsWith(
                org.llmcostplanner.model.format.Money.count(expected) + " tokens"), text(robot, "#prompt-original-figures"));
        assertTrue(window.prompts().tokenView().shownTokens() < 4_000, "only the start is drawn");
        snapshot(robot, "prompts-large.png");
    }

    @Test
    void aPlanHoldingADocumentOpensInTheBackground(FxRobot robot) throws Exception {
        var saas = viewModel.getScenario();
        String document = "Refunds are issued within 5-7 business days.\n".repeat(100_000); // 4.5 MB
        Path big = Files.createTempDirectory("prompts-open").resolve("with-document.json");
        ScenarioFiles.write(saas.withPrompts(saas.prompts().withOriginal(saas.prompts().original().withTemplate(document))), big);

        robot.interact(() -> assertTrue(window.files().openFile(big)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.getScenario().prompts().original().template().equals(document));
        WaitForAsyncUtils.waitForFxEvents();

        // tiktoken 0.14: 12 tokens a line, no token spanning two lines.
        assertEquals(new PromptTokens(12L * 100_000, 32), viewModel.getScenario().prompts().tokens());
        assertEquals(big.toAbsolutePath(), viewModel.fileProperty().get());
        assertTrue(window.messages().message().startsWith("Opened "), window.messages().message());
    }

    @Test
    void cancellingALongCountKeepsTheTextAndOffersToCountAgain(FxRobot robot) throws Exception {
        robot.clickOn("Prompts");
        String pasted = "Refunds are issued within 5-7 business days.\n".repeat(450_000); // 20 MB: counting takes a while
        robot.interact(() -> window.prompts().originalEditor().template().setText(pasted));
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.prompts().counting().countingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(pasted, viewModel.getScenario().prompts().original().template(), "the pasted text is kept");
        assertEquals(189, viewModel.getScenario().prompts().tokens().original(), "the counts are the old ones");
        assertTrue(text(robot, "#prompt-original-figures").contains("(counted before the last edit)"),
                text(robot, "#prompt-original-figures"));

        robot.clickOn("Count again");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.prompts().counting().countingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        // tiktoken 0.14: the line is 12 tokens and 1,000 of them 12,000 (no token spans two lines).
        long perLine = 12;
        assertEquals(new PromptTokens(perLine * 450_000, 32), viewModel.getScenario().prompts().tokens());
        assertTrue(text(robot, "#prompt-original-figures").startsWith(
                org.llmcostplanner.model.format.Money.count(perLine * 450_000) + " tokens"));
    }

    /**
     * Types a model into "Sent to" and presses Enter there, without the suggestion list (tested on the
     * Routing tab), whose first entry Enter would take if it were up: "gpt-4" suggests "gpt-4.1" first.
     */
    private static void sendTo(FxRobot robot, String model) {
        javafx.scene.control.TextField field = robot.lookup("#prompts-model").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.setText(model);
            field.getOnAction().handle(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean countedNow() {
        return viewModel.getScenario().prompts().tokens().original() > 1_000_000;
    }
}
