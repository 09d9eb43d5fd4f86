package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;

/**
 * Field paths in the form messages and {@link org.llmcostplanner.model.Problem} use
 * ({@code fixedCosts.quality[1].usdPerMonth}; the root is ""), and where such a path's value
 * sits in a file's text.
 */
final class JsonPaths {
    private JsonPaths() {
    }

    /** The path of the value a parser is at, given the context of that value. */
    static String of(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "";
        }
        String container = of(context.getParent());
        if (context.inArray()) {
            return container + "[" + Math.max(context.getCurrentIndex(), 0) + "]";
        }
        String name = context.getCurrentName();
        if (name == null) {
            return container;
        }
        return container.isEmpty() ? name : container + "." + name;
    }

    /** The path of the value a binding exception is about. */
    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The node at the given binding path, or a missing node. */
    static JsonNode nodeAt(JsonNode root, List<JsonMappingException.Reference> references) {
        JsonNode node = root;
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                node = node.path(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                node = node.path(reference.getIndex());
            } else {
                return MissingNode.getInstance();
            }
        }
        return node;
    }

    /** {@code a.b[2].c} -> {@code a.b[2]} -> {@code a.b} -> {@code a} -> "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * Where the value at {@code path} starts in {@code json}, or where its nearest enclosing
     * value starts when the path is not in the text (a missing field, or a migrated file).
     * Null only when the text cannot be parsed at all.
     */
    static JsonLocation locate(String json, String path) {
        for (String candidate = path; ; candidate = parent(candidate)) {
            JsonLocation found = find(json, candidate);
            if (found != null || candidate.isEmpty()) {
                return found;
            }
        }
    }

    private static JsonLocation find(String json, String path) {
        try (JsonParser parser = ScenarioJson.MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                JsonStreamContext context = token.isStructStart()
                        ? parser.getParsingContext().getParent() : parser.getParsingContext();
                if (of(context).equals(path)) {
                    return parser.currentTokenLocation();
                }
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
