package org.llmcostplanner.ui;

import static org.llmcostplanner.ui.ReadOnlyTables.column;
import static org.llmcostplanner.ui.ReadOnlyTables.table;

import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.TableView;

import org.llmcostplanner.model.format.Money;
import org.llmcostplanner.model.usage.PlanVsActual;
import org.llmcostplanner.model.usage.UsageDashboard;

/** The read-only tables of the Usage tab: spend by model and by feature, top users, plan vs actual. */
final class UsageTables {
    private UsageTables() {
    }

    /** Name, cost, share of the filtered spend and calls; {@code what} names the first column. */
    static TableView<UsageDashboard.Breakdown> breakdown(String id, String what, double[] totalUsd) {
        TableView<UsageDashboard.Breakdown> table = table(id, "No calls under this filter");
        table.getColumns().add(column(what, 150, Pos.CENTER_LEFT, b -> b.name().isEmpty() ? "(none)" : b.name()));
        table.getColumns().add(column("Cost", 100, Pos.CENTER_RIGHT, b -> Money.usd(b.costUsd())));
        table.getColumns().add(column("Share", 64, Pos.CENTER_RIGHT,
                b -> Money.percent(totalUsd[0] > 0 ? b.costUsd() / totalUsd[0] : 0)));
        table.getColumns().add(column("Calls", 90, Pos.CENTER_RIGHT, b -> Money.count(b.calls())));
        return table;
    }

    static TableView<UsageDashboard.UserSpend> users() {
        TableView<UsageDashboard.UserSpend> table = table("usage-users", "No calls with a user under this filter");
        table.getColumns().add(column("User", 170, Pos.CENTER_LEFT, UsageDashboard.UserSpend::userId));
        table.getColumns().add(column("Cost", 100, Pos.CENTER_RIGHT, u -> Money.usd(u.costUsd())));
        table.getColumns().add(column("Calls", 90, Pos.CENTER_RIGHT, u -> Money.count(u.calls())));
        return table;
    }

    static TableView<PlanVsActual.Row> planVsActual() {
        TableView<PlanVsActual.Row> table = table("usage-plan-vs-actual", "Import logs to compare them with the plan");
        table.getColumns().add(column("Per month", 190, Pos.CENTER_LEFT, PlanVsActual.Row::label));
        table.getColumns().add(column("Plan", 110, Pos.CENTER_RIGHT, row -> value(row, row.plan())));
        table.getColumns().add(column("Logs", 110, Pos.CENTER_RIGHT, row -> value(row, row.actual())));
        table.getColumns().add(column("Logs vs plan", 100, Pos.CENTER_RIGHT, row -> Double.isNaN(row.difference()) ? "-"
                : (row.difference() > 0 ? "+" : "") + Money.percent(row.difference())));
        return table;
    }

    /** A value in its row's unit: money to the cent (per query finer), counts whole. */
    private static String value(PlanVsActual.Row row, double value) {
        if (row.unit().startsWith("USD / query")) {
            return Money.usdPrecise(value);
        }
        return row.unit().startsWith("USD") ? Money.usd(value) : Money.count(value);
    }

    /** Shows {@code items}, the table as tall as its rows (at most {@code maxRows}). */
    static <T> void fill(TableView<T> table, List<T> items, int maxRows) {
        table.getItems().setAll(items);
        table.setPrefHeight(50 + ReadOnlyTables.ROW_HEIGHT * Math.max(2, Math.min(maxRows, items.size())));
    }
}
