package org.llmcostplanner.model.pareto;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which objectives the frontier is taken over. */
public enum ParetoObjectives {
    /** Minimise cost per query, maximise quality. */
    COST_QUALITY("cost,quality"),
    /** Minimise cost per query, maximise quality, minimise latency. */
    COST_QUALITY_LATENCY("cost,quality,latency");

    private final String id;

    ParetoObjectives(String id) {
        this.id = id;
    }

    /** The name used in files and on the command line, e.g. {@code cost,quality}. */
    public String id() {
        return id;
    }

    /** Parses {@link #id()}, ignoring case and spaces; IllegalArgumentException naming the choices otherwise. */
    public static ParetoObjectives fromId(String text) {
        String wanted = text == null ? "" : text.replace(" ", "").toLowerCase(Locale.ROOT);
        for (ParetoObjectives objectives : values()) {
            if (objectives.id.equals(wanted)) {
                return objectives;
            }
        }
        throw new IllegalArgumentException("objectives must be one of "
                + Arrays.stream(values()).map(ParetoObjectives::id).collect(Collectors.joining(" or ")) + ", not '" + text + "'");
    }
}
