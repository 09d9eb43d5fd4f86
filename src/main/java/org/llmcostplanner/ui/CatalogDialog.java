package org.llmcostplanner.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;

/**
 * Browse the price catalog: a search field over every model (id or provider), its prices per 1M
 * tokens, context window and date, and the chosen model's source and caveats under the list.
 */
final class CatalogDialog extends Dialog<CatalogEntry> {
    private final TableView<CatalogEntry> table = new TableView<>();
    private final TextField search = new TextField();

    CatalogDialog(Window owner, PriceCatalog catalog, String current) {
        initOwner(owner);
        setTitle("Choose a model from the price catalog");
        setHeaderText(null);
        setResizable(true);
        FilteredList<CatalogEntry> shown = new FilteredList<>(FXCollections.observableArrayList(catalog.entries()), e -> true);
        search.setId("catalog-search");
        search.setPromptText("Search model or provider (e.g. mini, Anthropic)");
        search.textProperty().addListener((obs, old, text) -> {
            String wanted = text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(entry -> entry.id().toLowerCase(Locale.ROOT).contains(wanted)
                    || entry.provider().toLowerCase(Locale.ROOT).contains(wanted));
            if (!shown.isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        table.setId("catalog-table");
        table.setItems(shown);
        table.getColumns().add(column("Model", 236, Pos.CENTER_LEFT, CatalogEntry::id));
        table.getColumns().add(column("Provider", 100, Pos.CENTER_LEFT, CatalogEntry::provider));
        table.getColumns().add(column("Input", 70, Pos.CENTER_RIGHT, e -> Money.usdPrice(e.prices().input())));
        table.getColumns().add(column("Output", 70, Pos.CENTER_RIGHT, e -> Money.usdPrice(e.prices().output())));
        table.getColumns().add(column("Cached", 70, Pos.CENTER_RIGHT, e -> price(e.prices().cachedInput())));
        table.getColumns().add(column("Batch in", 84, Pos.CENTER_RIGHT, e -> price(e.prices().batchInput())));
        table.getColumns().add(column("Batch out", 92, Pos.CENTER_RIGHT, e -> price(e.prices().batchOutput())));
        table.getColumns().add(column("Context", 84, Pos.CENTER_RIGHT,
                e -> e.contextTokens().isPresent() ? Money.count(e.contextTokens().getAsLong()) : "-"));
        table.getColumns().add(column("As of", 90, Pos.CENTER_LEFT, e -> e.asOf().toString()));
        table.setPrefSize(960, 420);
        Label details = new Label();
        details.setId("catalog-details");
        details.setWrapText(true);
        details.setMinHeight(48);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> details.setText(entry == null ? ""
                : "Prices in USD per 1M tokens. Source: " + entry.source() + (entry.notes().isEmpty() ? "" : ". " + entry.notes())));
        catalog.find(current).ifPresentOrElse(entry -> table.getSelectionModel().select(entry),
                () -> table.getSelectionModel().selectFirst());
        table.scrollTo(Math.max(0, table.getSelectionModel().getSelectedIndex() - 3));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                setResult(table.getSelectionModel().getSelectedItem());
                close();
            }
        });
        VBox content = new VBox(8, search, table, details);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefSize(1000, 600); // every column in view: the dialog sizes to its pane
        getDialogPane().setMinSize(720, 420);
        setOnShowing(event -> javafx.application.Platform.runLater(() -> {
            getDialogPane().getScene().getWindow().setWidth(1000); // a resizable dialog opens at its default width
            getDialogPane().getScene().getWindow().setHeight(620);
        }));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == ButtonType.OK ? table.getSelectionModel().getSelectedItem() : null);
        setOnShown(event -> search.requestFocus());
    }

    /** Shows the dialog and waits; the chosen model, if any. */
    Optional<CatalogEntry> choose() {
        return showAndWait();
    }

    TableView<CatalogEntry> table() {
        return table;
    }

    private static TableColumn<CatalogEntry, String> column(String header, double width, Pos alignment,
                                                            Function<CatalogEntry, String> text) {
        TableColumn<CatalogEntry, String> column = new TableColumn<>(header);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: " + (alignment == Pos.CENTER_RIGHT ? "CENTER-RIGHT" : "CENTER-LEFT") + ";");
        return column;
    }

    private static String price(OptionalDouble price) {
        return price.isPresent() ? Money.usdPrice(price.getAsDouble()) : "-";
    }
}
