package org.llmcostplanner.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.llmcostplanner.model.Scenario;

/**
 * What an {@link ItemTable} edits: a list of named amounts inside the scenario.
 *
 * @param id            node id prefix, for tests and styling
 * @param title         heading above the table
 * @param amountHeader  header of the editable amount column, with its unit
 * @param amountDecimals decimals shown in the amount column
 * @param itemsOf       reads the list from a scenario
 * @param withItems     writes the list into a scenario
 * @param name          an item's name
 * @param amount        an item's amount
 * @param renamed       a copy with another name
 * @param reamounted    a copy with another amount
 * @param amountProblem why an amount is invalid, or empty
 * @param blankItem     what Add inserts
 * @param monthlyUsd    the monthly cost of an item in a scenario, shown in a read-only column, or null for none
 */
record ItemTableSpec<T>(String id, String title, String amountHeader, int amountDecimals,
                        Function<Scenario, List<T>> itemsOf, BiFunction<Scenario, List<T>, Scenario> withItems,
                        Function<T, String> name, ToDoubleFunction<T> amount,
                        BiFunction<T, String, T> renamed, BiFunction<T, Double, T> reamounted,
                        Function<Double, Optional<String>> amountProblem, T blankItem,
                        BiFunction<Scenario, T, Double> monthlyUsd) {
}
