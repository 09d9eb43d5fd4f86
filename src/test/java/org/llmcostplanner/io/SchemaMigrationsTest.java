package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void currentVersionPassesThroughUnchanged() {
        ObjectNode root = ScenarioJson.MAPPER.createObjectNode().put("schemaVersion", 1);

        assertSame(root, SchemaMigrations.STANDARD.migrate(root, ScenarioFiles.CURRENT_SCHEMA_VERSION));
    }

    @Test
    void stepsRunInOrderFromTheFilesVersionAndStampTheNewVersion() {
        UnaryOperator<ObjectNode> renameTokens = node -> {
            node.set("workload", node.remove("traffic"));
            return node;
        };
        UnaryOperator<ObjectNode> addUnits = node -> node.put("units", "per 1M tokens");
        SchemaMigrations migrations = new SchemaMigrations(Map.of(1, renameTokens, 2, addUnits), 3);
        ObjectNode v1 = ScenarioJson.MAPPER.createObjectNode().put("schemaVersion", 1);
        v1.putObject("traffic").put("queriesPerDay", 5);

        ObjectNode migrated = migrations.migrate(v1, 1);

        assertEquals(3, migrated.get("schemaVersion").intValue());
        assertEquals(5, migrated.get("workload").get("queriesPerDay").intValue());
        assertEquals("per 1M tokens", migrated.get("units").textValue());
    }

    @Test
    void aGapInTheChainIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new SchemaMigrations(Map.of(1, node -> node), 3));
    }
}
