package org.llmcostplanner.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each field of a usage record is in a log: a CSV column's header, or a JSON field's dotted
 * path ({@code usageDetails.input}). A field may name alternatives, the first one present in a row
 * winning ({@code costDetails.total|calculatedTotalCost}), and a number may be the sum of several
 * parts, those present in the row added ({@code usageDetails.input+usageDetails.input_cached_tokens});
 * so names must not contain {@code |} or {@code +} (true of every export seen). Names compare
 * without case for CSV headers and exactly for JSON paths.
 *
 * <p>A row's value that is absent, JSON null or an empty cell counts as missing: a missing required
 * field ({@link UsageField#required()}) refuses the row; the others default to feature and user ""
 * (none), request id "", cached tokens 0, latency 0 (or end minus start when {@link UsageField#END_TIME}
 * is mapped), status 200, not a retry, and a cost priced from the catalog.
 *
 * @param name             how the mapping is shown: "standard", "Langfuse observations", "guessed from the header"
 * @param sources          where each mapped field is read; unmapped fields take their defaults
 * @param latencyMsPerUnit what one unit of the latency field is in ms: 1 for ms, 1000 for seconds
 * @param calls            when present, rows whose value at this path is not one of these are not
 *                         model calls (a tracing export's spans) and are refused as such
 */
public record UsageColumns(String name, Map<UsageField, Source> sources, double latencyMsPerUnit,
                           Optional<CallFilter> calls) {
    /** The chapter's fields under their own names (exercise 12.4.5), CSV headers or top-level JSON keys. */
    public static final UsageColumns STANDARD = standard();

    /**
     * Langfuse observations as its public API returns them (one object per line, e.g. after
     * {@code jq -c '.data[]'}): {@code startTime}, {@code endTime}, {@code model}, {@code name} (the
     * generation's name, read as the feature unless {@code metadata.feature} is set), {@code id},
     * {@code usageDetails} (Langfuse keeps its keys disjoint: {@code input} is the uncached input,
     * so the cached keys are added back; reasoning tokens are added to the output), the older
     * {@code usage} block and {@code promptTokens}/{@code completionTokens} as fallbacks,
     * {@code costDetails.total} or the deprecated {@code calculatedTotalCost}, {@code latency} in
     * seconds (else end minus start), {@code level} as the status (ERROR reads as 500, other levels
     * as 200) and {@code userId} or {@code metadata.userId} (observations usually carry no user: it
     * is on the trace). Only GENERATION and EMBEDDING observations are calls; spans and events are
     * refused as not a model call. Output tokens stay required, so an embedding without an
     * {@code output} count (0) is refused as missing it. Retries are not recorded by Langfuse.
     */
    public static final UsageColumns LANGFUSE = langfuse();

    public UsageColumns {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(calls, "calls");
        EnumMap<UsageField, Source> copy = new EnumMap<>(UsageField.class);
        copy.putAll(sources);
        for (UsageField text : List.of(UsageField.TIMESTAMP, UsageField.END_TIME, UsageField.REQUEST_ID, UsageField.MODEL,
                UsageField.FEATURE, UsageField.USER_ID, UsageField.STATUS_CODE, UsageField.IS_RETRY)) {
            if (copy.containsKey(text) && copy.get(text).alternatives().stream().anyMatch(parts -> parts.size() > 1)) {
                throw new IllegalArgumentException(text.standardName() + " cannot be a sum of columns");
            }
        }
        if (!(latencyMsPerUnit > 0) || !Double.isFinite(latencyMsPerUnit)) {
            throw new IllegalArgumentException("latencyMsPerUnit must be above 0 (was " + latencyMsPerUnit + ")");
        }
        sources = Collections.unmodifiableMap(copy);
    }

    /** A mapping by hand (the window's column-mapping step): latency in ms, every row a call. */
    public static UsageColumns of(String name, Map<UsageField, Source> sources) {
        return new UsageColumns(name, sources, 1, Optional.empty());
    }

    /**
     * The mapping a header suggests: each field to the first column named by its standard name or
     * one of its synonyms ({@code prompt_tokens}, {@code completion_tokens}, {@code created_at},
     * {@code cost}...; case, spaces and punctuation ignored). A dotted JSON path is also matched by
     * its last segment. Fields no column names are left out: see {@link #missingRequired()}.
     *
     * @param header the CSV header's names, or the JSON paths of a first row (see {@link UsageLogReader#columnsOf})
     */
    public static UsageColumns guess(List<String> header) {
        Map<UsageField, Source> sources = new EnumMap<>(UsageField.class);
        List<String> taken = new ArrayList<>();
        for (UsageField field : UsageField.values()) {
            for (boolean lastSegmentOnly : new boolean[] {false, true}) {
                Optional<String> column = header.stream().filter(name -> !taken.contains(name))
                        .filter(name -> field.isNamedBy(lastSegmentOnly ? name.substring(name.lastIndexOf('.') + 1) : name))
                        .min((a, b) -> Integer.compare(rank(field, a), rank(field, b)));
                if (column.isPresent() && !sources.containsKey(field)) {
                    sources.put(field, Source.column(column.get().trim()));
                    taken.add(column.get());
                }
            }
        }
        return of("guessed from the header", sources);
    }

    /** The standard name before synonyms, so a header with both {@code cost_usd} and {@code cost} reads the former. */
    private static int rank(UsageField field, String header) {
        return UsageField.key(header).equals(UsageField.key(field.standardName())) ? 0 : 1;
    }

    /** Required fields with no source; the reader refuses a mapping that has any. */
    public List<UsageField> missingRequired() {
        return Arrays.stream(UsageField.values()).filter(UsageField::required).filter(f -> !sources.containsKey(f)).toList();
    }

    /** This mapping with {@code field} read from {@code source}, or unmapped when {@code source} is null. */
    public UsageColumns with(UsageField field, Source source) {
        Map<UsageField, Source> changed = new EnumMap<>(UsageField.class);
        changed.putAll(sources);
        if (source == null) {
            changed.remove(field);
        } else {
            changed.put(field, source);
        }
        return new UsageColumns(name, changed, latencyMsPerUnit, calls);
    }

    /**
     * Where one field is read: alternatives, the first with any part present in a row winning;
     * each alternative one name, or for numbers several added up.
     */
    public record Source(List<List<String>> alternatives) {
        public Source {
            alternatives = alternatives.stream().map(List::copyOf).toList();
            if (alternatives.isEmpty() || alternatives.stream().anyMatch(List::isEmpty)
                    || alternatives.stream().flatMap(List::stream).anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("a source needs at least one non-empty column name");
            }
        }

        /** One column or JSON path, taken literally (a header may be any text). */
        public static Source column(String name) {
            return new Source(List.of(List.of(name)));
        }

        /** {@code "a+b|c"}: a plus b when either is present, else c. */
        public static Source parse(String text) {
            return new Source(Arrays.stream(text.split("\\|"))
                    .map(alternative -> Arrays.stream(alternative.split("\\+")).map(String::trim).toList()).toList());
        }

        @Override
        public String toString() {
            return alternatives.stream().map(parts -> String.join("+", parts)).collect(Collectors.joining("|"));
        }
    }

    /**
     * Which rows are model calls: those whose value at {@code path} is one of {@code values}
     * (compared without case) or absent.
     */
    public record CallFilter(String path, Set<String> values) {
        public CallFilter {
            Objects.requireNonNull(path, "path");
            values = values.stream().map(value -> value.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        boolean admits(String value) {
            return value == null || values.contains(value.toUpperCase(Locale.ROOT));
        }
    }

    private static UsageColumns standard() {
        Map<UsageField, Source> sources = new EnumMap<>(UsageField.class);
        for (UsageField field : UsageField.values()) {
            if (field != UsageField.END_TIME) {
                sources.put(field, Source.column(field.standardName()));
            }
        }
        return of("standard", sources);
    }

    private static UsageColumns langfuse() {
        Map<UsageField, Source> sources = new EnumMap<>(UsageField.class);
        sources.put(UsageField.TIMESTAMP, Source.column("startTime"));
        sources.put(UsageField.END_TIME, Source.column("endTime"));
        sources.put(UsageField.REQUEST_ID, Source.column("id"));
        sources.put(UsageField.MODEL, Source.column("model"));
        sources.put(UsageField.FEATURE, Source.parse("metadata.feature|name"));
        sources.put(UsageField.USER_ID, Source.parse("userId|metadata.userId|metadata.user_id"));
        sources.put(UsageField.INPUT_TOKENS, Source.parse("usageDetails.input+usageDetails.input_cached_tokens"
                + "+usageDetails.cache_read_input_tokens+usageDetails.cache_creation_input_tokens|usage.input|promptTokens"));
        sources.put(UsageField.OUTPUT_TOKENS, Source.parse(
                "usageDetails.output+usageDetails.output_reasoning_tokens|usage.output|completionTokens"));
        sources.put(UsageField.CACHED_TOKENS, Source.parse("usageDetails.input_cached_tokens+usageDetails.cache_read_input_tokens"));
        sources.put(UsageField.LATENCY_MS, Source.column("latency"));
        sources.put(UsageField.COST_USD, Source.parse("costDetails.total|calculatedTotalCost|usage.totalCost"));
        sources.put(UsageField.STATUS_CODE, Source.column("level"));
        return new UsageColumns("Langfuse observations", sources, 1000,
                Optional.of(new CallFilter("type", Set.of("GENERATION", "EMBEDDING"))));
    }
}
