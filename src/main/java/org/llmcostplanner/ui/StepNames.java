package org.llmcostplanner.ui;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioInput;
import org.llmcostplanner.model.ScenarioInputs;

/**
 * Names an undo step after what it changed, for the Edit menu ("Undo Change queries per day").
 * The two scenarios are compared field by field through their record components, so a field
 * added to the scenario later is named too (after its component name) without a change here.
 * Token counts are derived data, never named.
 */
final class StepNames {
    /** Names of parts of the scenario that the inputs' labels do not cover, by component path. */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("name", "scenario name"),
            Map.entry("description", "notes"),
            Map.entry("workload", "workload"),
            Map.entry("referenceModel", "reference model"),
            Map.entry("referenceModel.name", "reference model"),
            Map.entry("fixedCosts", "fixed costs"),
            Map.entry("fixedCosts.infrastructure", "infrastructure costs"),
            Map.entry("fixedCosts.engineering", "engineering costs"),
            Map.entry("fixedCosts.engineering.tasks", "engineering tasks"),
            Map.entry("fixedCosts.quality", "quality costs"),
            Map.entry("fixedCosts.operational", "operational costs"),
            Map.entry("pareto", "Pareto settings"),
            Map.entry("pareto.configurations", "Pareto configurations"),
            Map.entry("pareto.objectives", "Pareto objectives"),
            Map.entry("pareto.rule", "recommendation rule"),
            Map.entry("routing", "routing"),
            Map.entry("routing.tiers", "routing tiers"),
            Map.entry("routing.strategy", "routing strategy"),
            Map.entry("prompts", "prompts"),
            Map.entry("prompts.original", "original prompt"),
            Map.entry("prompts.compressed", "compressed prompt"),
            Map.entry("prompts.samples", "prompt samples"),
            Map.entry("prompts.model", "prompt model"),
            Map.entry("prompts.encoding", "prompt encoding"),
            Map.entry("caching", "caching"),
            Map.entry("caching.semantic", "semantic cache"),
            Map.entry("caching.semantic.curve", "threshold curve"),
            Map.entry("caching.provider", "provider prompt cache"),
            Map.entry("batching", "batching"),
            Map.entry("selfHost", "self-hosting"),
            Map.entry("selfHost.modelName", "open model"),
            Map.entry("selfHost.throughput", "throughput"),
            Map.entry("selfHost.apiBasis", "API cost basis"));
    /** Derived data: a difference here alone is no step and never named. */
    private static final String TOKEN_COUNTS = "prompts.tokens";

    private StepNames() {
    }

    /**
     * What changed from {@code before} to {@code after}, as the rest of a sentence after "Undo" or
     * "Redo": "Change queries per day", "Switch routing on", "Change routing tiers",
     * "Change workload and caching".
     */
    static String describe(Scenario before, Scenario after) {
        List<String> paths = new ArrayList<>();
        differences(before, after, "", paths);
        paths.removeIf(path -> path.equals(TOKEN_COUNTS) || path.startsWith(TOKEN_COUNTS + "."));
        if (paths.isEmpty()) {
            return "Change";
        }
        if (paths.size() == 1) {
            return describeOne(paths.get(0), after);
        }
        Optional<ScenarioInput> input = onlyInputChanged(before, after, paths);
        if (input.isPresent()) {
            return "Change " + lowerFirst(input.get().label());
        }
        String common = commonPrefix(paths);
        if (!common.isEmpty()) {
            return "Change " + nameOf(common);
        }
        Set<String> sections = new LinkedHashSet<>();
        paths.forEach(path -> sections.add(nameOf(path.split("\\.")[0])));
        List<String> names = List.copyOf(sections);
        return names.size() == 2 ? "Change " + names.get(0) + " and " + names.get(1)
                : "Change " + names.size() + " parts of the plan";
    }

    private static String describeOne(String path, Scenario after) {
        Optional<ScenarioInput> input = ScenarioInputs.byPath(path);
        if (input.isPresent()) {
            return "Change " + lowerFirst(input.get().label());
        }
        if (path.endsWith(".enabled")) {
            String parent = path.substring(0, path.length() - ".enabled".length());
            String name = ScenarioInputs.byPath(parent + ".value").map(in -> lowerFirst(in.label())).orElseGet(() -> nameOf(parent));
            Object on = valueAt(after, path);
            return "Switch " + name + (Boolean.TRUE.equals(on) ? " on" : " off");
        }
        return "Change " + nameOf(path);
    }

    /**
     * The one input whose value changed, when the other fields that changed are beside it in the
     * same record: what its setter changes along with it (a price's date goes with the price).
     */
    private static Optional<ScenarioInput> onlyInputChanged(Scenario before, Scenario after, List<String> paths) {
        List<ScenarioInput> changed = ScenarioInputs.ALL.stream()
                .filter(input -> Double.compare(input.get(before), input.get(after)) != 0).toList();
        if (changed.size() != 1 || !paths.contains(changed.get(0).path())) {
            return Optional.empty();
        }
        String path = changed.get(0).path();
        String record = path.contains(".") ? path.substring(0, path.lastIndexOf('.') + 1) : "";
        return paths.stream().allMatch(other -> other.startsWith(record)) ? Optional.of(changed.get(0)) : Optional.empty();
    }

    /** The name of the nearest part at or above {@code path}, or its last component in words. */
    private static String nameOf(String path) {
        for (String at = path; !at.isEmpty(); at = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "") {
            String known = PARTS.get(at);
            if (known != null) {
                return known;
            }
            Optional<ScenarioInput> input = ScenarioInputs.byPath(at);
            if (input.isPresent()) {
                return lowerFirst(input.get().label());
            }
        }
        return words(path.substring(path.lastIndexOf('.') + 1));
    }

    /** Adds the paths of the leaves where two values of the same record type differ. */
    private static void differences(Object before, Object after, String path, List<String> paths) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (before == null || after == null || !before.getClass().isRecord() || before.getClass() != after.getClass()) {
            paths.add(path);
            return;
        }
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
            differences(read(component, before), read(component, after), at, paths);
        }
    }

    private static Object valueAt(Object value, String path) {
        Object at = value;
        for (String name : path.split("\\.")) {
            if (at == null || !at.getClass().isRecord()) {
                return null;
            }
            Object from = at;
            at = java.util.Arrays.stream(at.getClass().getRecordComponents()).filter(c -> c.getName().equals(name))
                    .findFirst().map(c -> read(c, from)).orElse(null);
        }
        return at;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            return record; // compares as different: named by its parent instead
        }
    }

    private static String commonPrefix(List<String> paths) {
        String[] first = paths.get(0).split("\\.");
        int common = first.length;
        for (String path : paths) {
            String[] parts = path.split("\\.");
            int same = 0;
            while (same < Math.min(common, parts.length) && parts[same].equals(first[same])) {
                same++;
            }
            common = same;
        }
        return String.join(".", java.util.Arrays.copyOf(first, common));
    }

    /** {@code hitShare} to "hit share". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** "Queries per day" to "queries per day"; "API" stays as it is. */
    private static String lowerFirst(String label) {
        if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }
}
