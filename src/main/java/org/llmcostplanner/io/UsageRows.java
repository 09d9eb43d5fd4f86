package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.llmcostplanner.model.price.TokenPrices;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageRecord;
import org.llmcostplanner.model.usage.UsageSink;

/**
 * Turns one row's raw values into a {@link UsageRecord} or a {@link RejectedRow}, by a
 * {@link UsageColumns} mapping bound to a CSV header or to JSON paths. Checks in the order of
 * the fields, the first problem refusing the row: call type, timestamp, model, input, output and
 * cached tokens, latency (or end time), cost, status, retry flag, then the catalog price.
 */
final class UsageRows {
    /** One name of a source, located: a CSV column (-1 when the header lacks it) or a JSON path. */
    record Part(String name, int column, String[] segments) {
    }

    /** A row's raw value for a part: trimmed text, or null when absent, JSON null or empty. */
    interface RawRow {
        String value(Part part);
    }

    private static final UsageField[] FIELDS = UsageField.values();

    private final UsageColumns columns;
    private final ZoneId zone;
    private final UsagePricing pricing;
    private final String source;
    /** [field ordinal][alternative][part]; fields without a source have no alternatives. */
    private final Part[][][] parts = new Part[FIELDS.length][][];
    private final Part callType;

    private UsageRows(UsageColumns columns, ZoneId zone, UsagePricing pricing, String source, Map<String, Integer> header) {
        this.columns = columns;
        this.zone = zone;
        this.pricing = pricing;
        this.source = source;
        for (UsageField field : FIELDS) {
            UsageColumns.Source from = columns.sources().get(field);
            parts[field.ordinal()] = from == null ? new Part[0][] : from.alternatives().stream()
                    .map(names -> names.stream().map(name -> part(name, header)).toArray(Part[]::new))
                    .filter(alternative -> header == null || java.util.Arrays.stream(alternative).anyMatch(p -> p.column >= 0))
                    .toArray(Part[][]::new);
        }
        callType = columns.calls().map(filter -> part(filter.path(), header)).orElse(null);
    }

    /** Bound to JSON objects: each name a dotted path. */
    static UsageRows forJson(UsageColumns columns, ZoneId zone, UsagePricing pricing, String source) {
        return new UsageRows(columns, zone, pricing, source, null);
    }

    /**
     * Bound to a CSV header (names compared trimmed, without case).
     *
     * @throws ScenarioFileException at line {@code headerLine} when a required field has no column in the header
     */
    static UsageRows forHeader(UsageColumns columns, String[] header, int headerLine, ZoneId zone, UsagePricing pricing,
                               String source) throws ScenarioFileException {
        Map<String, Integer> index = new HashMap<>();
        for (int i = header.length - 1; i >= 0; i--) {
            index.put(header[i].toLowerCase(Locale.ROOT), i); // the first of equal names wins
        }
        UsageRows rows = new UsageRows(columns, zone, pricing, source, index);
        List<String> missing = new ArrayList<>();
        for (UsageField field : FIELDS) {
            if (field.required() && rows.parts[field.ordinal()].length == 0) {
                String from = columns.sources().get(field).toString();
                missing.add(from.equalsIgnoreCase(field.standardName()) ? from : field.standardName() + " (" + from + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new ScenarioFileException(source, headerLine, 0, "", "the header has no column for "
                    + String.join(", ", missing) + " (mapping: " + columns.name() + "); found: " + String.join(",", header)
                    + "; choose the columns in the import's mapping step", null);
        }
        return rows;
    }

    private static Part part(String name, Map<String, Integer> header) {
        if (header == null) {
            return new Part(name, -1, name.split("\\."));
        }
        return new Part(name, header.getOrDefault(name.trim().toLowerCase(Locale.ROOT), -1), null);
    }

    /** The value at a JSON path, or null (absent, JSON null, empty text). */
    static String jsonValue(JsonNode object, Part part) {
        JsonNode node = object;
        for (String segment : part.segments()) {
            node = node.get(segment);
            if (node == null) {
                return null;
            }
        }
        if (node.isNull()) {
            return null;
        }
        String text = node.isValueNode() ? node.asText().trim() : node.toString();
        return text.isEmpty() ? null : text;
    }

    /**
     * Reads one row into {@code sink}.
     *
     * @param line the 1-based line the row is on
     * @return null when accepted, else why it was refused
     */
    RejectReason read(RawRow row, long line, UsageSink sink) {
        try {
            sink.accept(record(row));
            return null;
        } catch (Refusal refusal) {
            sink.reject(new RejectedRow(source, line, refusal.reason, refusal.detail));
            return refusal.reason;
        }
    }

    private UsageRecord record(RawRow row) throws Refusal {
        if (callType != null) {
            String type = row.value(callType);
            if (!columns.calls().get().admits(type)) {
                throw new Refusal(RejectReason.NOT_A_CALL, callType.name() + ": " + type + " is not a model call (only "
                        + String.join(" or ", columns.calls().get().values().stream().sorted().toList()) + " are)");
            }
        }
        Instant timestamp = time(row, UsageField.TIMESTAMP, required(row, UsageField.TIMESTAMP));
        String model = required(row, UsageField.MODEL).value;
        long input = count(row, UsageField.INPUT_TOKENS);
        long output = count(row, UsageField.OUTPUT_TOKENS);
        long cached = count(row, UsageField.CACHED_TOKENS);
        if (cached > input) {
            throw new Refusal(RejectReason.NEGATIVE_OR_INCONSISTENT, "cached_tokens: " + cached
                    + " is more than input_tokens " + input + " (cached tokens are part of the input)");
        }
        double latency = latency(row, timestamp);
        Double cost = decimal(row, UsageField.COST_USD, 1);
        int status = status(row);
        Value retry = optional(row, UsageField.IS_RETRY);
        boolean isRetry;
        try {
            isRetry = retry != null && UsageValues.flag(retry.value);
        } catch (NumberFormatException e) {
            throw new Refusal(RejectReason.NON_NUMERIC, retry.label + ": " + e.getMessage());
        }
        boolean estimated = cost == null;
        if (estimated) {
            Optional<TokenPrices> prices = pricing.pricesOf(model);
            if (prices.isEmpty()) {
                throw new Refusal(RejectReason.UNPRICED_MODEL, "cost_usd: missing, and model '" + model
                        + "' has no price in the catalog");
            }
            cost = UsagePricing.cost(prices.get(), input, cached, output);
        }
        return new UsageRecord(timestamp, text(row, UsageField.REQUEST_ID), model, text(row, UsageField.FEATURE),
                text(row, UsageField.USER_ID), input, output, cached, latency, cost, estimated, status, isRetry);
    }

    /** A value with the words that name it in a refusal: {@code input_tokens} or {@code input_tokens (prompt_tokens)}. */
    private record Value(String value, String label) {
    }

    private Value optional(RawRow row, UsageField field) {
        for (Part[] alternative : parts[field.ordinal()]) {
            String value = row.value(alternative[0]);
            if (value != null) {
                return new Value(value, label(field, alternative[0]));
            }
        }
        return null;
    }

    private Value required(RawRow row, UsageField field) throws Refusal {
        Value value = optional(row, field);
        if (value == null) {
            UsageColumns.Source from = columns.sources().get(field);
            String named = from.toString().equalsIgnoreCase(field.standardName()) ? "" : " (" + from + ")";
            throw new Refusal(RejectReason.MISSING_FIELD, field.standardName() + named + ": missing or empty");
        }
        return value;
    }

    private String text(RawRow row, UsageField field) {
        Value value = optional(row, field);
        return value == null ? "" : value.value;
    }

    private static String label(UsageField field, Part part) {
        return part.name().equalsIgnoreCase(field.standardName()) ? field.standardName()
                : field.standardName() + " (" + part.name() + ")";
    }

    private Instant time(RawRow row, UsageField field, Value value) throws Refusal {
        try {
            return UsageTimestamps.parse(value.value, zone);
        } catch (IllegalArgumentException e) {
            throw new Refusal(RejectReason.BAD_TIMESTAMP, value.label + ": " + e.getMessage());
        }
    }

    /** A token count, 0 when an optional field is missing; a sum of the parts present when the source adds columns. */
    private long count(RawRow row, UsageField field) throws Refusal {
        for (Part[] alternative : parts[field.ordinal()]) {
            long sum = 0;
            boolean any = false;
            for (Part part : alternative) {
                String text = row.value(part);
                if (text != null) {
                    long value;
                    try {
                        value = UsageValues.count(text);
                    } catch (NumberFormatException e) {
                        throw new Refusal(RejectReason.NON_NUMERIC, label(field, part) + ": " + e.getMessage());
                    }
                    if (value < 0) {
                        throw new Refusal(RejectReason.NEGATIVE_OR_INCONSISTENT, label(field, part) + ": must not be negative"
                                + " (was " + text + ")");
                    }
                    sum += value;
                    any = true;
                }
            }
            if (any) {
                return sum;
            }
        }
        if (field.required()) {
            required(row, field);
        }
        return 0;
    }

    /** A cost or latency times {@code scale}, or null when missing. */
    private Double decimal(RawRow row, UsageField field, double scale) throws Refusal {
        Value value = optional(row, field);
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = UsageValues.decimal(value.value);
        } catch (NumberFormatException e) {
            throw new Refusal(RejectReason.NON_NUMERIC, value.label + ": " + e.getMessage());
        }
        if (number < 0) {
            throw new Refusal(RejectReason.NEGATIVE_OR_INCONSISTENT, value.label + ": must not be negative (was "
                    + value.value + ")");
        }
        return number * scale;
    }

    private double latency(RawRow row, Instant start) throws Refusal {
        Double latency = decimal(row, UsageField.LATENCY_MS, columns.latencyMsPerUnit());
        if (latency != null) {
            return latency;
        }
        Value end = optional(row, UsageField.END_TIME);
        if (end == null) {
            return 0;
        }
        Instant ended = time(row, UsageField.END_TIME, end);
        if (ended.isBefore(start)) {
            throw new Refusal(RejectReason.NEGATIVE_OR_INCONSISTENT, end.label + ": " + end.value
                    + " is before the timestamp");
        }
        java.time.Duration duration = java.time.Duration.between(start, ended);
        return duration.getSeconds() * 1000.0 + duration.getNano() / 1e6;
    }

    private int status(RawRow row) throws Refusal {
        Value value = optional(row, UsageField.STATUS_CODE);
        if (value == null) {
            return 200;
        }
        int status;
        try {
            status = UsageValues.status(value.value);
        } catch (NumberFormatException e) {
            throw new Refusal(RejectReason.NON_NUMERIC, value.label + ": " + e.getMessage());
        }
        if (status < 0) {
            throw new Refusal(RejectReason.NEGATIVE_OR_INCONSISTENT, value.label + ": must not be negative (was "
                    + value.value + ")");
        }
        return status;
    }

    /** Why a row is refused; no stack trace (bad rows may be many). */
    private static final class Refusal extends Exception {
        private final RejectReason reason;
        private final String detail;

        Refusal(RejectReason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
            this.detail = detail;
        }
    }
}
