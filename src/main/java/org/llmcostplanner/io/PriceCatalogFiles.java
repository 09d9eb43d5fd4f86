package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.llmcostplanner.model.price.CatalogEntry;
import org.llmcostplanner.model.price.PriceCatalog;
import org.llmcostplanner.model.price.TokenPrices;

/**
 * The price catalog file: {@code assets/price-catalog.json} in the jar, and the user's refreshed
 * copy in {@code ~/.config/llm-cost-planner/price-catalog.json}, which wins when present. JSON with
 * a {@code schemaVersion}, a {@code units} block (USD per 1M tokens) and one object per model.
 */
public final class PriceCatalogFiles {
    public static final int SCHEMA_VERSION = 1;
    /** The catalog bundled in the jar (and in {@code assets/} of the repository). */
    public static final String BUNDLED = "assets/price-catalog.json";
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private PriceCatalogFiles() {
    }

    /**
     * Where a refreshed catalog is kept for this user: {@code ~/.config/llm-cost-planner/price-catalog.json},
     * or the file the system property {@code llmcostplanner.catalog} names (tests, portable setups).
     */
    public static Path userCatalog() {
        String chosen = System.getProperty("llmcostplanner.catalog");
        return chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".config", "llm-cost-planner", "price-catalog.json");
    }

    /** The bundled catalog; a broken one is a build defect (a test reads it), not a user's problem. */
    public static PriceCatalog bundled() {
        try (InputStream in = PriceCatalogFiles.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the build");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The catalog in effect: {@code userFile} when it exists (a refreshed copy), else the bundled one.
     *
     * @throws ScenarioFileException when {@code userFile} exists but cannot be read
     */
    public static PriceCatalog inEffect(Path userFile) throws ScenarioFileException {
        return Files.exists(userFile) ? read(userFile) : bundled();
    }

    public static PriceCatalog read(Path file) throws ScenarioFileException {
        return read(FileText.read(file, "a price catalog", MAX_FILE_BYTES), file.toString());
    }

    static PriceCatalog read(String json, String source) throws ScenarioFileException {
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode root;
        try {
            root = ScenarioJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(source, e);
        }
        CatalogJson read = new CatalogJson(source, text);
        if (root == null || !root.isObject()) {
            throw new ScenarioFileException(source, 0, 0, "", "must hold one JSON object { ... } with the catalog", null);
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isInt() || version.intValue() < 1 || version.intValue() > SCHEMA_VERSION) {
            throw read.at("schemaVersion", "must be " + SCHEMA_VERSION + " (this planner reads price catalogs of version "
                    + SCHEMA_VERSION + ")");
        }
        JsonNode units = root.path("units");
        if (!"USD".equals(units.path("currency").asText()) || !"per 1M tokens".equals(units.path("tokenPrices").asText())) {
            throw read.at("units", "must be {\"currency\": \"USD\", \"tokenPrices\": \"per 1M tokens\"}");
        }
        JsonNode models = root.get("models");
        if (models == null || !models.isArray()) {
            throw read.at("models", "expected a list [ ... ] of models");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            String path = "models[" + i + "]";
            JsonNode model = models.get(i);
            if (!model.isObject()) {
                throw read.at(path, "expected a model { ... } but found " + JsonErrors.describe(model));
            }
            CatalogEntry entry = entry(read, model, path);
            if (!ids.add(entry.id().toLowerCase(Locale.ROOT))) {
                throw read.at(path + ".id", "model '" + entry.id() + "' is listed twice");
            }
            entries.add(entry);
        }
        return new PriceCatalog(read.date(root, "asOf", "asOf"), entries);
    }

    private static CatalogEntry entry(CatalogJson read, JsonNode model, String path) throws ScenarioFileException {
        TokenPrices prices = new TokenPrices(
                read.price(model, "input", path + ".input", 0),
                read.price(model, "output", path + ".output", 0),
                read.optionalPrice(model, "cachedInput", path + ".cachedInput", 0),
                read.optionalPrice(model, "cacheWrite5m", path + ".cacheWrite5m", 0),
                read.optionalPrice(model, "cacheWrite1h", path + ".cacheWrite1h", 0),
                read.optionalPrice(model, "batchInput", path + ".batchInput", 0),
                read.optionalPrice(model, "batchOutput", path + ".batchOutput", 0));
        String tokenizer = read.optionalText(model, "tokenizer", path + ".tokenizer");
        return new CatalogEntry(read.text(model, "id", path + ".id"), read.text(model, "provider", path + ".provider"),
                prices, read.optionalCount(model, "contextTokens", path + ".contextTokens"),
                tokenizer.isEmpty() ? Optional.empty() : Optional.of(tokenizer),
                read.text(model, "source", path + ".source"), read.date(model, "asOf", path + ".asOf"),
                read.optionalText(model, "notes", path + ".notes"));
    }

    /** The catalog's canonical text: the bundled file's layout, keys in a fixed order, a final newline. */
    public static String toJson(PriceCatalog catalog, String description) {
        ObjectNode root = ScenarioJson.MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("asOf", catalog.asOf().toString());
        ObjectNode units = root.putObject("units");
        units.put("currency", "USD");
        units.put("tokenPrices", "per 1M tokens");
        root.put("description", description);
        ArrayNode models = root.putArray("models");
        for (CatalogEntry entry : catalog.entries()) {
            ObjectNode model = models.addObject();
            model.put("id", entry.id());
            model.put("provider", entry.provider());
            TokenPrices prices = entry.prices();
            model.put("input", prices.input());
            model.put("output", prices.output());
            optional(model, "cachedInput", prices.cachedInput());
            optional(model, "cacheWrite5m", prices.cacheWrite5m());
            optional(model, "cacheWrite1h", prices.cacheWrite1h());
            optional(model, "batchInput", prices.batchInput());
            optional(model, "batchOutput", prices.batchOutput());
            if (entry.contextTokens().isPresent()) {
                model.put("contextTokens", entry.contextTokens().getAsLong());
            } else {
                model.putNull("contextTokens");
            }
            model.put("tokenizer", entry.tokenizer().orElse(null));
            model.put("source", entry.source());
            model.put("asOf", entry.asOf().toString());
            model.put("notes", entry.notes());
        }
        try {
            return ScenarioJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n") + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings and numbers always writes", e);
        }
    }

    private static void optional(ObjectNode model, String field, OptionalDouble price) {
        if (price.isPresent()) {
            model.put(field, price.getAsDouble());
        } else {
            model.putNull(field);
        }
    }

    /** Saves atomically (see {@link ScenarioFiles#write}); creates the folder when missing. */
    public static void write(PriceCatalog catalog, String description, Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        AtomicFiles.write(file, toJson(catalog, description).getBytes(StandardCharsets.UTF_8));
    }
}
