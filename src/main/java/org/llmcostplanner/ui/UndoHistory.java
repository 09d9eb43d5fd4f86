package org.llmcostplanner.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A capped undo history of immutable documents: the document now, the earlier ones undo returns
 * to and the later ones redo returns to. Plain logic, no toolkit; not thread-safe.
 *
 * <p>Contract:
 * <ul>
 *   <li>An edit to a document the same as the current one (by {@code sameDocument}) is no step:
 *       it replaces the current document and leaves both stacks alone.</li>
 *   <li>Any other edit is a step: the current document goes onto the undo stack (the oldest is
 *       dropped beyond {@code capacity}) and the redo stack is cleared.</li>
 *   <li>A gesture (a slider drag, a run of typing) is one step: an edit made in the gesture that
 *       made the last step replaces the current document instead of adding a step, until the
 *       gesture ends, another edit is made, or undo or redo is used. A gesture back where it
 *       started leaves no step (its next move starts one again).</li>
 *   <li>{@link #amend} replaces the current document without a step: for results of background
 *       work an edit started (token counts), which undo must not return to separately.</li>
 * </ul>
 *
 * @param <T> the document; immutable, so holding on to old values is all undo needs
 */
final class UndoHistory<T> {
    private final int capacity;
    private final BiPredicate<T, T> sameDocument;
    /** Earlier documents, the most recent first. */
    private final Deque<T> undo = new ArrayDeque<>();
    /** Later documents, the nearest first. */
    private final Deque<T> redo = new ArrayDeque<>();
    private T current;
    /** The gesture that made the step on top of {@link #undo} and is still going on, or null. */
    private Object openGesture;

    /**
     * @param initial      the document at the start, with nothing to undo
     * @param capacity     most steps kept for undo (at least 1)
     * @param sameDocument whether two documents count as the same (an edit between them is no step)
     */
    UndoHistory(T initial, int capacity, BiPredicate<T, T> sameDocument) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.sameDocument = Objects.requireNonNull(sameDocument, "sameDocument");
        this.current = Objects.requireNonNull(initial, "initial");
    }

    T current() {
        return current;
    }

    /**
     * Makes {@code next} the current document.
     *
     * @param gesture the gesture the edit belongs to, or null for an edit of its own
     */
    void edit(T next, Object gesture) {
        Objects.requireNonNull(next, "next");
        if (sameDocument.test(current, next)) {
            current = next;
            return;
        }
        if (gesture != null && gesture.equals(openGesture)) {
            current = next;
            if (sameDocument.test(undo.peek(), current)) {
                undo.pop(); // back where the gesture started: no step, until it moves on
                openGesture = null;
            }
            return;
        }
        undo.push(current);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        openGesture = gesture;
    }

    /** Ends {@code gesture}'s step; the next edit in it starts another. Any other gesture is left going. */
    void endGesture(Object gesture) {
        if (gesture != null && gesture.equals(openGesture)) {
            openGesture = null;
        }
    }

    /** Replaces the current document without a step (see the class comment). */
    void amend(T next) {
        current = Objects.requireNonNull(next, "next");
    }

    /** Returns to the previous document; false when there is none. Ends any gesture first. */
    boolean undo() {
        endGesture(openGesture);
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        return true;
    }

    /** Returns to the next document after an undo; false when there is none. Ends any gesture first. */
    boolean redo() {
        endGesture(openGesture);
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        return true;
    }

    /** Starts again from {@code document} with nothing to undo or redo (a new or opened file). */
    void reset(T document) {
        current = Objects.requireNonNull(document, "document");
        undo.clear();
        redo.clear();
        openGesture = null;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The document undo would return to. */
    Optional<T> previous() {
        return Optional.ofNullable(undo.peek());
    }

    /** The document redo would return to. */
    Optional<T> next() {
        return Optional.ofNullable(redo.peek());
    }

    /** How many steps undo can go back. */
    int undoDepth() {
        return undo.size();
    }

    /** How many steps redo can go forward. */
    int redoDepth() {
        return redo.size();
    }
}
