package org.llmcostplanner.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.llmcostplanner.io.FileErrors;
import org.llmcostplanner.io.LiteLlmPrices;
import org.llmcostplanner.io.PriceCatalogFiles;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.model.PriceUpdates;
import org.llmcostplanner.model.price.CatalogChanges;
import org.llmcostplanner.model.price.PriceCatalog;

/**
 * The price catalog the window uses: the user's refreshed copy or the bundled one; refreshing it
 * from a LiteLLM price file in the background (progress and cancel in the status bar), saved
 * atomically, with a report of what changed; and the offer to update a plan whose catalog-dated
 * prices the catalog has since changed (when a plan is opened, and after a refresh).
 */
final class CatalogFiles {
    private final PlannerViewModel viewModel;
    private final Window owner;
    private final TaskStatus status;
    private final MessageBar messages;
    private final Path userCatalog;
    private final ReadOnlyObjectWrapper<PriceCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private int offeredForDocument = -1;

    CatalogFiles(PlannerViewModel viewModel, Window owner, TaskStatus status, MessageBar messages, Path userCatalog) {
        this.viewModel = viewModel;
        this.owner = owner;
        this.status = status;
        this.messages = messages;
        this.userCatalog = userCatalog;
        catalog.set(load());
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> {
            if (offeredForDocument != viewModel.documentGeneration()) {
                offerPriceUpdates("");
            }
        });
        offerPriceUpdates("");
    }

    ReadOnlyObjectProperty<PriceCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    private PriceCatalog load() {
        try {
            return PriceCatalogFiles.inEffect(userCatalog);
        } catch (ScenarioFileException broken) {
            PriceCatalog bundled = PriceCatalogFiles.bundled();
            messages.showError("The price catalog " + broken.getMessage() + "; using the bundled prices of " + bundled.asOf() + ".");
            return bundled;
        }
    }

    /**
     * Says which of the plan's dated prices the catalog has changed since, and offers to take them.
     *
     * @param before what to say first (a refresh's report), or ""; said alone when there is nothing to offer
     */
    private void offerPriceUpdates(String before) {
        offeredForDocument = viewModel.documentGeneration();
        PriceCatalog current = catalog.get();
        List<PriceUpdates.Update> updates = PriceUpdates.of(viewModel.getScenario(), current);
        if (updates.isEmpty() && !before.isEmpty()) {
            messages.showInfo(before);
        } else if (!updates.isEmpty()) {
            messages.showOffer(before + (before.isEmpty() ? "" : " ") + "The price catalog of " + current.asOf() + " has newer prices for "
                    + (updates.size() == 1 ? "1 model" : updates.size() + " models") + " in this plan: "
                    + String.join("; ", updates.stream().map(PriceUpdates.Update::describe).toList()) + ".",
                    "Update prices", () -> viewModel.edit(scenario -> PriceUpdates.apply(scenario, current)));
        }
    }

    /** Refresh prices...: asks for LiteLLM's model_prices_and_context_window.json and refreshes from it. */
    void refreshFromLiteLlm() {
        PendingEdit.commit(owner);
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Refresh prices from LiteLLM's model_prices_and_context_window.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON file", "*.json"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            refresh(chosen.toPath());
        }
    }

    /** What a refresh read and what it made of the catalog. */
    record Refresh(PriceCatalog updated, CatalogChanges changes, LiteLlmPrices.Import imported) {
    }

    /** Reads {@code file}, merges it into the catalog and saves the user's copy, all in the background. */
    Task<Refresh> refresh(Path file) {
        PriceCatalog before = catalog.get();
        Task<Refresh> task = new Task<>() {
            @Override
            protected Refresh call() throws Exception {
                updateMessage("Reading prices from " + file.getFileName() + "...");
                LiteLlmPrices.Import imported = LiteLlmPrices.read(file, LocalDate.now(), fraction -> updateProgress(fraction, 1));
                PriceCatalog updated = before.updatedWith(imported.entries());
                updateMessage("Saving the price catalog...");
                PriceCatalogFiles.write(updated, "Bundled catalog refreshed from " + file.getFileName() + " on "
                        + LocalDate.now() + ".", userCatalog);
                return new Refresh(updated, CatalogChanges.of(before, imported.entries()), imported);
            }
        };
        return Background.run(task, status, done -> {
            catalog.set(done.updated());
            String refused = done.imported().refused().isEmpty() ? ""
                    : "; " + done.imported().refused().size() + " entries refused, the first: " + done.imported().refused().get(0);
            offerPriceUpdates("Prices refreshed from " + file.getFileName() + ": " + done.changes().summary() + refused + ".");
        }, failure -> messages.showError("Could not refresh prices from " + file.getFileName() + ": "
                + (failure instanceof ScenarioFileException refusedFile ? refusedFile.getMessage() : FileErrors.describe(failure))));
    }
}
