package org.llmcostplanner.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Upgrades the parsed tree of an older file, one schema version at a time, before it is bound
 * to {@link ScenarioDto}; the model never sees old layouts. To change the format: raise
 * {@link ScenarioFiles#CURRENT_SCHEMA_VERSION}, change the DTO, and add the step from the
 * previous version here.
 */
final class SchemaMigrations {
    /**
     * 1 -> 2: the Pareto section, empty, with every limit off (and the plan not measured, which
     * version 3 added). 2 -> 3: the current plan's quality and latency, not measured. 3 -> 4: the
     * routing section, off and without tiers, and the reference model's prices marked as typed by hand.
     * 4 -> 5: the prompts section, off and empty. 5 -> 6: the caching section (off, with the
     * chapter's threshold curve) and the batching section (off, at the usual 50% discount). 6 -> 7:
     * the self-host section with a new plan's values ({@code SelfHostSection.DEFAULT}); it has no
     * switch, as it only adds a comparison and changes no cost.
     */
    static final SchemaMigrations STANDARD = new SchemaMigrations(Map.of(
            1, root -> root.set("pareto", ScenarioJson.MAPPER.valueToTree(ScenarioDto.ParetoDto.EMPTY)),
            2, root -> {
                if (root.get("pareto") instanceof ObjectNode pareto && !pareto.has("plan")) {
                    pareto.set("plan", ScenarioJson.MAPPER.valueToTree(ScenarioDto.ParetoDto.EMPTY.plan()));
                }
                return root;
            },
            3, root -> {
                if (root.get("referenceModel") instanceof ObjectNode model && !model.has("pricesAsOf")) {
                    model.put("pricesAsOf", "");
                }
                return root.set("routing", ScenarioJson.MAPPER.valueToTree(ScenarioDto.RoutingDto.EMPTY));
            },
            4, root -> root.set("prompts", ScenarioJson.MAPPER.valueToTree(ScenarioDto.PromptsDto.EMPTY)),
            5, root -> {
                root.set("caching", ScenarioJson.MAPPER.valueToTree(ScenarioDto.CachingDto.EMPTY));
                return root.set("batching", ScenarioJson.MAPPER.valueToTree(ScenarioDto.BatchingDto.EMPTY));
            },
            6, root -> root.set("selfHost", ScenarioJson.MAPPER.valueToTree(ScenarioDto.SelfHostDto.DEFAULT))),
            ScenarioFiles.CURRENT_SCHEMA_VERSION);

    private final Map<Integer, UnaryOperator<ObjectNode>> steps;
    private final int currentVersion;

    /**
     * @param steps          keyed by the version they upgrade from: step n turns a version-n root
     *                       into a version-(n+1) root (it need not set schemaVersion)
     * @param currentVersion the version the steps end at; every version from 1 below it needs a step
     */
    SchemaMigrations(Map<Integer, UnaryOperator<ObjectNode>> steps, int currentVersion) {
        for (int version = 1; version < currentVersion; version++) {
            if (!steps.containsKey(version)) {
                throw new IllegalArgumentException("no migration from schema version " + version);
            }
        }
        this.steps = Map.copyOf(steps);
        this.currentVersion = currentVersion;
    }

    /** {@code root}, written as {@code fromVersion} (1..current), upgraded to the current version. */
    ObjectNode migrate(ObjectNode root, int fromVersion) {
        ObjectNode node = root;
        for (int version = fromVersion; version < currentVersion; version++) {
            node = steps.get(version).apply(node);
            node.put("schemaVersion", version + 1);
        }
        return node;
    }
}
