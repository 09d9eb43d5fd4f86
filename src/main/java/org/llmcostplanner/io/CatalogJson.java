package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Typed reads from a JSON tree for the price-file readers, each refusal naming the field's path
 * and located in the file's text.
 */
final class CatalogJson {
    private final String source;
    private final String json;

    CatalogJson(String source, String json) {
        this.source = source;
        this.json = json;
    }

    ScenarioFileException at(String path, String reason) {
        return JsonErrors.at(source, json, path, reason, null);
    }

    String text(JsonNode parent, String field, String path) throws ScenarioFileException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw at(path, "missing required field");
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw at(path, "expected a non-empty text but found " + JsonErrors.describe(node));
        }
        return node.textValue().trim();
    }

    String optionalText(JsonNode parent, String field, String path) throws ScenarioFileException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw at(path, "expected a text but found " + JsonErrors.describe(node));
        }
        return node.textValue().trim();
    }

    /** A price: a finite number, at least 0, scaled by 10^{@code movePointRight} exactly in decimal. */
    double price(JsonNode parent, String field, String path, int movePointRight) throws ScenarioFileException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw at(path, "missing required field");
        }
        return number(node, path, movePointRight);
    }

    OptionalDouble optionalPrice(JsonNode parent, String field, String path, int movePointRight)
            throws ScenarioFileException {
        JsonNode node = parent.get(field);
        return node == null || node.isNull() ? OptionalDouble.empty() : OptionalDouble.of(number(node, path, movePointRight));
    }

    private double number(JsonNode node, String path, int movePointRight) throws ScenarioFileException {
        if (!node.isNumber()) {
            String hint = node.isTextual() ? " (write numbers without quotes)" : "";
            throw at(path, "expected a price in USD but found " + JsonErrors.describe(node) + hint);
        }
        // In decimal: 2.5e-06 per token is exactly 2.5 per 1M, not 2.4999999999999996.
        double value = new BigDecimal(node.asText()).movePointRight(movePointRight).doubleValue();
        if (!Double.isFinite(value) || value < 0) {
            throw at(path, "must be a price of 0 or more (was " + node.asText() + ")");
        }
        return value;
    }

    OptionalLong optionalCount(JsonNode parent, String field, String path) throws ScenarioFileException {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return OptionalLong.empty();
        }
        if (!node.canConvertToLong() || !node.isIntegralNumber() || node.longValue() <= 0) {
            throw at(path, "expected a whole number above 0 but found " + JsonErrors.describe(node));
        }
        return OptionalLong.of(node.longValue());
    }

    LocalDate date(JsonNode parent, String field, String path) throws ScenarioFileException {
        String text = text(parent, field, path);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw at(path, "expected a date such as \"2026-11-28\" but found \"" + text + "\"");
        }
    }
}
