package org.llmcostplanner.ui;

import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.llmcostplanner.model.usage.UsageDashboard;

/**
 * The Usage tab's filter: a range of days (either end open), one model and one feature, and
 * Clear. Each change hands the filter to the usage view model; a range that starts after it ends
 * is refused with a message and the filter in force stays. FX-thread only.
 */
final class UsageFilterBar extends VBox {
    private final UsageViewModel usage;
    private final MessageBar messages;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<String> model = new ComboBox<>();
    private final ComboBox<String> feature = new ComboBox<>();
    /** True while the controls are being reset, so their listeners do not filter. */
    private boolean resetting;

    UsageFilterBar(UsageViewModel usage, MessageBar messages) {
        super(10);
        this.usage = usage;
        this.messages = messages;
        from.setId("usage-from");
        to.setId("usage-to");
        model.setId("usage-model");
        feature.setId("usage-feature");
        for (DatePicker picker : List.of(from, to)) {
            picker.setPrefWidth(130);
        }
        model.setPrefWidth(160);
        feature.setPrefWidth(160);
        Button clear = new Button("Clear");
        clear.setId("usage-clear-filter");
        clear.setOnAction(event -> resetFilter());
        getChildren().addAll(FormParts.row(new Label("From"), from, new Label("to"), to, clear),
                FormParts.row(new Label("Model"), model, new Label("Feature"), feature));
        from.valueProperty().addListener((obs, old, day) -> applyFilter());
        to.valueProperty().addListener((obs, old, day) -> applyFilter());
        model.valueProperty().addListener((obs, old, name) -> applyFilter());
        feature.valueProperty().addListener((obs, old, name) -> applyFilter());
        usage.unfilteredProperty().addListener((obs, old, all) -> resetChoices(all));
    }

    /** The model and feature choices of a new import, every filter cleared. */
    private void resetChoices(UsageDashboard all) {
        resetting = true;
        try {
            model.getItems().setAll(UsageView.ALL);
            feature.getItems().setAll(UsageView.ALL);
            all.byModel().forEach(b -> model.getItems().add(b.name()));
            all.byFeature().forEach(b -> feature.getItems().add(b.name().isEmpty() ? UsageView.NO_FEATURE : b.name()));
            clearControls();
        } finally {
            resetting = false;
        }
    }

    private void resetFilter() {
        resetting = true;
        try {
            clearControls();
        } finally {
            resetting = false;
        }
        applyFilter();
    }

    /** Every control back to "all"; the caller holds {@code resetting}, so no filter runs meanwhile. */
    private void clearControls() {
        model.setValue(UsageView.ALL);
        feature.setValue(UsageView.ALL);
        from.setValue(null);
        to.setValue(null);
    }

    private void applyFilter() {
        if (resetting || usage.aggregatorProperty().get() == null) {
            return;
        }
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first != null && last != null && first.isAfter(last)) {
            messages.showError("The range starts after it ends: " + first + " to " + last);
            return;
        }
        String modelName = model.getValue() == null || UsageView.ALL.equals(model.getValue()) ? null : model.getValue();
        String featureName = feature.getValue() == null || UsageView.ALL.equals(feature.getValue()) ? null
                : UsageView.NO_FEATURE.equals(feature.getValue()) ? "" : feature.getValue();
        usage.filter(first, last, modelName, featureName);
    }
}
