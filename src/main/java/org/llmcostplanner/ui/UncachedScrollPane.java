package org.llmcostplanner.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A ScrollPane whose viewport is not cached as a bitmap. The default skin caches the viewport, so
 * one changed label (a subtotal during a slider drag) re-renders the whole content, every table
 * included: 3-12 ms a frame on the software pipeline of a machine without a GPU.
 */
final class UncachedScrollPane extends ScrollPane {

    UncachedScrollPane(Node content) {
        super(content);
        skinProperty().addListener((obs, old, skin) -> {
            Node viewport = lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
    }
}
