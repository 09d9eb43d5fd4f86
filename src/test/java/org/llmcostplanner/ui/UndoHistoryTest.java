package org.llmcostplanner.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The history on its own, with strings for documents: "same" means equal ignoring case, standing in for "equal but for token counts". */
class UndoHistoryTest {
    private static UndoHistory<String> history(String initial, int capacity) {
        return new UndoHistory<>(initial, capacity, String::equalsIgnoreCase);
    }

    @Property(tries = 500)
    void undoReturnsToEachEarlierDocumentAndRedoToEachLaterOne(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 5) Integer> edits) {
        UndoHistory<String> history = history("start", 1_000);
        List<String> steps = new ArrayList<>(List.of("start"));
        for (int edit : edits) {
            String next = steps.get(steps.size() - 1) + edit;
            history.edit(next, null);
            steps.add(next);
        }
        for (int at = steps.size() - 1; at > 0; at--) {
            assertEquals(steps.get(at), history.current());
            assertTrue(history.undo());
        }
        assertEquals("start", history.current());
        assertFalse(history.undo(), "nothing before the first document");
        for (int at = 1; at < steps.size(); at++) {
            assertTrue(history.redo());
            assertEquals(steps.get(at), history.current());
        }
        assertFalse(history.redo(), "nothing after the last step");
    }

    @Property(tries = 300)
    void gesturesAreOneStepEachAndTheirInnerDocumentsAreNeverReturnedTo(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 6) Integer> gestureLengths) {
        UndoHistory<String> history = history("s", 1_000);
        List<String> afterEachGesture = new ArrayList<>(List.of("s"));
        for (int gesture = 0; gesture < gestureLengths.size(); gesture++) {
            Object slider = "slider " + (gesture % 2); // the same slider twice in a row is two drags
            for (int move = 0; move < gestureLengths.get(gesture); move++) {
                history.edit(history.current() + "-" + gesture + "." + move, slider);
            }
            history.endGesture(slider);
            afterEachGesture.add(history.current());
        }
        assertEquals(gestureLengths.size(), history.undoDepth());
        for (int at = afterEachGesture.size() - 2; at >= 0; at--) {
            assertTrue(history.undo());
            assertEquals(afterEachGesture.get(at), history.current());
        }
    }

    @Test
    void theOldestStepsAreDroppedBeyondTheCap() {
        UndoHistory<String> history = history("0", 200);
        for (int i = 1; i <= 250; i++) {
            history.edit(String.valueOf(i), null);
        }
        assertEquals(200, history.undoDepth());
        int undone = 0;
        while (history.undo()) {
            undone++;
        }
        assertEquals(200, undone);
        assertEquals("50", history.current(), "250 edits, 200 kept: back to the document after edit 50");
        assertEquals(200, history.redoDepth());
    }

    @Test
    void aNewEditAfterUndoClearsTheRedoBranch() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", null);
        history.edit("c", null);
        history.undo();
        assertTrue(history.canRedo());
        history.edit("x", null);
        assertFalse(history.canRedo());
        assertEquals("x", history.current());
        history.undo();
        assertEquals("b", history.current());
    }

    @Test
    void anEditToTheSameDocumentIsNoStepButIsKept() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", null);
        history.undo();
        history.edit("A", null); // same document, other "counts"
        assertEquals("A", history.current());
        assertEquals(0, history.undoDepth());
        assertTrue(history.canRedo(), "no step, so the redo branch stays");
    }

    @Test
    void amendReplacesTheDocumentWithoutAStep() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", null);
        history.amend("b counted");
        assertEquals(1, history.undoDepth());
        history.undo();
        assertEquals("a", history.current());
        history.redo();
        assertEquals("b counted", history.current());
    }

    @Test
    void aGestureThatEndsWhereItStartedLeavesNoStep() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", null);
        history.undo();
        history.edit("c", "slider");
        history.edit("a", "slider");
        assertFalse(history.canUndo(), "back at the start: nothing to undo");
        history.edit("d", "slider");
        assertEquals(1, history.undoDepth(), "moving on is a step again");
        history.edit("a", "slider");
        history.endGesture("slider");
        assertEquals(0, history.undoDepth());
        assertEquals("a", history.current());
    }

    @Test
    void anotherEditOrUndoEndsAGesture() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", "typing");
        history.edit("bc", "typing");
        history.edit("x", null);
        history.edit("xy", "typing"); // a new run of typing: a step of its own
        assertEquals(3, history.undoDepth());

        history.edit("xyz", "typing");
        assertTrue(history.undo());
        assertEquals("x", history.current());
        history.edit("x1", "typing");
        assertEquals("x1", history.current());
        assertEquals(3, history.undoDepth(), "after undo the same gesture starts a new step");
    }

    @Test
    void endingAGestureNotGoingOnChangesNothing() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", "slider");
        history.endGesture("other slider");
        history.edit("c", "slider");
        assertEquals(1, history.undoDepth());
        history.endGesture(null);
        history.edit("d", "slider");
        assertEquals(1, history.undoDepth());
    }

    @Test
    void resetStartsAFreshHistory() {
        UndoHistory<String> history = history("a", 10);
        history.edit("b", null);
        history.edit("c", null);
        history.undo();
        history.reset("opened");
        assertFalse(history.canUndo());
        assertFalse(history.canRedo());
        assertEquals("opened", history.current());
    }
}
