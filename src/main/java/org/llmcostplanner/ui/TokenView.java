package org.llmcostplanner.ui;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.prompt.TokenEncoding;

/**
 * Where the tokens of a text fall: each token on a shaded background, alternating two shades (a
 * light blue and a light orange, which stay apart for colour-blind readers), so a reader sees which
 * words cost one token and which several. A line feed shows as ↵ before its line break; a char
 * split over several tokens (most emoji) is outlined. Long texts show their start.
 *
 * <p>The text is one {@link Text} node; the shading is three paths drawn behind it from the flow's
 * {@link TextFlow#rangeShape} after each layout, so a thousand tokens cost a few milliseconds,
 * not the hundreds a node per token would.
 */
final class TokenView extends VBox {
    /** Chars shown at most: about 1,500 tokens of prose. */
    static final int MAX_CHARS = 6_000;
    private static final Color EVEN = Color.web("#cfe3f7");
    private static final Color ODD = Color.web("#fbdcbc");
    private static final Color SPLIT = Color.web("#7a3e00");

    private final Text text = new Text();
    private final ShadedFlow flow = new ShadedFlow();
    private final Path even = shade(EVEN);
    private final Path odd = shade(ODD);
    private final Path split = new Path();
    private final Label note = new Label();
    /** Display offsets of each shown span, and whether it is one char split over several tokens. */
    private int[] starts = new int[0];
    private int[] ends = new int[0];
    private boolean[] splits = new boolean[0];
    private int tokenCount;

    TokenView() {
        super(4);
        text.getStyleClass().add("token-text");
        flow.getChildren().add(text);
        flow.setLineSpacing(3);
        split.setStroke(SPLIT);
        split.setFill(null);
        Pane shading = new Pane(even, odd, split);
        shading.setMouseTransparent(true);
        StackPane layers = new StackPane(shading, flow);
        layers.setAlignment(Pos.TOP_LEFT);
        layers.setPadding(new Insets(8));
        layers.getStyleClass().add("token-layers");
        ScrollPane scroll = new UncachedScrollPane(layers);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        note.getStyleClass().add("input-label");
        note.setWrapText(true);
        getChildren().addAll(scroll, note);
    }

    private static Path shade(Color color) {
        Path path = new Path();
        path.setFill(color);
        path.setStroke(null);
        return path;
    }

    /** Shows {@code source}'s tokens in {@code encoding}; {@code totalTokens} is the whole text's count. */
    void show(String source, TokenEncoding encoding, long totalTokens, boolean approximate, boolean cut) {
        List<Tokenizer.TokenSpan> spans = Tokenizer.SHARED.spans(source, encoding, MAX_CHARS);
        StringBuilder display = new StringBuilder();
        starts = new int[spans.size()];
        ends = new int[spans.size()];
        splits = new boolean[spans.size()];
        int shownTokens = 0;
        for (int i = 0; i < spans.size(); i++) {
            Tokenizer.TokenSpan span = spans.get(i);
            shownTokens += span.tokens();
            starts[i] = display.length();
            for (int c = span.start(); c < span.end(); c++) {
                char ch = source.charAt(c);
                display.append(ch == '\n' ? "↵\n" : ch == '\t' ? "→\t" : String.valueOf(ch));
            }
            ends[i] = display.length();
            splits[i] = span.tokens() > 1;
        }
        tokenCount = shownTokens;
        text.setText(display.toString());
        flow.shapedWidth = -1;
        flow.requestLayout();
        int shownChars = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).end();
        String where = cut || shownChars < source.length()
                ? "The first " + Money.count(shownTokens) + " of " + Money.count(totalTokens) + " tokens (the first "
                + Money.count(shownChars) + " characters)"
                : Money.count(shownTokens) + (shownTokens == 1 ? " token" : " tokens");
        note.setText(where + " in " + encoding.id() + (approximate ? ", an approximation" : "")
                + ". Shading alternates per token; an outlined piece is one character split over several tokens.");
    }

    /** How many tokens the view shows. */
    int shownTokens() {
        return tokenCount;
    }

    /** A text flow that redraws the shading after each layout at a new width or with new text. */
    private final class ShadedFlow extends TextFlow {
        private double shapedWidth = -1;

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getWidth() == shapedWidth) {
                return;
            }
            shapedWidth = getWidth();
            even.getElements().clear();
            odd.getElements().clear();
            split.getElements().clear();
            for (int i = 0; i < starts.length; i++) {
                PathElement[] shape = rangeShape(starts[i], ends[i]);
                (i % 2 == 0 ? even : odd).getElements().addAll(shape);
                if (splits[i]) {
                    split.getElements().addAll(rangeShape(starts[i], ends[i]));
                }
            }
        }
    }
}
