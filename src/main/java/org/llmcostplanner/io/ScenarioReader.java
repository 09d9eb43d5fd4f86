package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.llmcostplanner.model.Problem;
import org.llmcostplanner.model.Scenario;
import org.llmcostplanner.model.ScenarioValidator;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoObjectives;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.routing.RoutingStrategy;
import org.llmcostplanner.model.selfhost.ApiBasis;
import org.llmcostplanner.model.selfhost.ThroughputBasis;

/**
 * Reads a scenario in stages, each reporting its first problem: UTF-8 text, JSON syntax, schema
 * version (then migration), binding to {@link ScenarioDto}, units, and the model's validator.
 */
final class ScenarioReader {
    private static final int CURRENT = ScenarioFiles.CURRENT_SCHEMA_VERSION;

    private ScenarioReader() {
    }

    /** Strict UTF-8; a bad byte is reported at its line and column. */
    static String decode(byte[] bytes, String source) throws ScenarioFileException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String before = out.flip().toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            String bad = String.format(Locale.ROOT, "0x%02X", bytes[in.position()] & 0xFF);
            throw new ScenarioFileException(source, line, column, "",
                    "is not UTF-8 text (byte " + bad + " does not belong here); save the file with UTF-8 encoding", null);
        }
        return out.flip().toString();
    }

    static Scenario read(String text, String source) throws ScenarioFileException {
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text; // a byte order mark from Windows editors
        try {
            ObjectNode root = parse(json, source);
            int version = schemaVersion(root, json, source);
            ObjectNode current = SchemaMigrations.STANDARD.migrate(root, version);
            ScenarioDto dto = bind(current, json, source);
            checkUnits(dto.units(), json, source);
            checkParetoChoices(dto.pareto(), json, source);
            checkRoutingChoices(dto, json, source);
            checkEncoding(dto.prompts(), json, source);
            checkSelfHostChoices(dto.selfHost(), json, source);
            Scenario scenario = dto.toModel(Tokenizer.SHARED);
            List<Problem> problems = ScenarioValidator.problems(scenario);
            if (!problems.isEmpty()) {
                Problem first = problems.get(0);
                throw JsonErrors.at(source, json, first.path(), first.message(), null);
            }
            return scenario;
        } catch (RuntimeException e) {
            // A gap in the checks above; still a file the planner cannot open, not a crash.
            throw new ScenarioFileException(source, 0, 0, "",
                    "cannot be read because of an internal error in the planner; please report it", e);
        }
    }

    private static ObjectNode parse(String json, String source) throws ScenarioFileException {
        try (JsonParser parser = ScenarioJson.MAPPER.createParser(json)) {
            JsonNode root = ScenarioJson.MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new ScenarioFileException(source, 0, 0, "",
                        "is empty; a scenario file holds one JSON object { ... }", null);
            }
            if (!root.isObject()) {
                throw JsonErrors.at(source, json, "", "must hold one JSON object { ... } with the scenario,"
                        + " but holds " + JsonErrors.describe(root), null);
            }
            checkNothingAfter(parser, source);
            return (ObjectNode) root;
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(source, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static void checkNothingAfter(JsonParser parser, String source) throws ScenarioFileException {
        String reason = "is not valid JSON: there is more text after the scenario's final }; delete it";
        try {
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                var where = parser.currentTokenLocation();
                throw new ScenarioFileException(source, where.getLineNr(), where.getColumnNr(), "", reason, null);
            }
        } catch (IOException e) {
            var where = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
            throw new ScenarioFileException(source, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), "", reason, e);
        }
    }

    private static int schemaVersion(ObjectNode root, String json, String source) throws ScenarioFileException {
        JsonNode node = root.get("schemaVersion");
        String field = "schemaVersion";
        if (node == null) {
            throw JsonErrors.at(source, json, field, "missing required field (this version of the planner writes "
                    + "\"schemaVersion\" : " + CURRENT + ")", null);
        }
        if (!node.isIntegralNumber()) {
            throw JsonErrors.at(source, json, field,
                    "expected a whole number such as 1 but found " + JsonErrors.describe(node), null);
        }
        BigInteger version = node.bigIntegerValue();
        if (version.compareTo(BigInteger.valueOf(CURRENT)) > 0) {
            throw JsonErrors.at(source, json, field, "was written by a newer version of the planner (schemaVersion "
                    + version + "; this version reads up to " + CURRENT + ")", null);
        }
        if (version.signum() <= 0) {
            throw JsonErrors.at(source, json, field, "must be 1 or more (was " + version + ")", null);
        }
        return version.intValue();
    }

    private static ScenarioDto bind(ObjectNode root, String json, String source) throws ScenarioFileException {
        try {
            return ScenarioJson.MAPPER.treeToValue(root, ScenarioDto.class);
        } catch (JsonMappingException e) {
            throw JsonErrors.binding(source, json, root, e);
        } catch (JsonProcessingException e) {
            throw JsonErrors.syntax(source, e);
        }
    }

    private static void checkParetoChoices(ScenarioDto.ParetoDto pareto, String json, String source)
            throws ScenarioFileException {
        try {
            ParetoObjectives.fromId(pareto.objectives());
        } catch (IllegalArgumentException wrong) {
            throw JsonErrors.at(source, json, "pareto.objectives", wrong.getMessage().replace("objectives must", "must"), null);
        }
        if (ParetoAnalysis.Rule.fromId(pareto.rule()).isEmpty()) {
            String choices = Arrays.stream(ParetoAnalysis.Rule.values()).map(rule -> "\"" + rule.id() + "\"")
                    .collect(Collectors.joining(" or "));
            throw JsonErrors.at(source, json, "pareto.rule", "must be " + choices + ", not '" + pareto.rule() + "'", null);
        }
    }

    private static void checkRoutingChoices(ScenarioDto dto, String json, String source) throws ScenarioFileException {
        ScenarioDto.RoutingDto routing = dto.routing();
        if (RoutingStrategy.fromId(routing.strategy()).isEmpty()) {
            throw JsonErrors.at(source, json, "routing.strategy", "must be \"router\" or \"cascade\", not '"
                    + routing.strategy() + "'", null);
        }
        checkDate(dto.referenceModel().pricesAsOf(), "referenceModel.pricesAsOf", json, source);
        for (int i = 0; i < routing.tiers().size(); i++) {
            checkDate(routing.tiers().get(i).model().pricesAsOf(), "routing.tiers[" + i + "].model.pricesAsOf", json, source);
        }
    }

    private static void checkEncoding(ScenarioDto.PromptsDto prompts, String json, String source)
            throws ScenarioFileException {
        if (TokenEncoding.fromId(prompts.encoding()).isEmpty()) {
            String choices = Arrays.stream(TokenEncoding.values()).map(e -> "\"" + e.id() + "\"")
                    .collect(Collectors.joining(", "));
            throw JsonErrors.at(source, json, "prompts.encoding", "must be one of " + choices + ", not '"
                    + prompts.encoding() + "'", null);
        }
    }

    private static void checkSelfHostChoices(ScenarioDto.SelfHostDto selfHost, String json, String source)
            throws ScenarioFileException {
        String basis = selfHost.throughput().basis();
        if (ThroughputBasis.fromId(basis).isEmpty()) {
            throw JsonErrors.at(source, json, "selfHost.throughput.basis", "must be "
                    + choices(Arrays.stream(ThroughputBasis.values()).map(ThroughputBasis::id).toList())
                    + " (how the replica's throughput was measured), not '" + basis + "'", null);
        }
        if (ApiBasis.fromId(selfHost.apiBasis()).isEmpty()) {
            throw JsonErrors.at(source, json, "selfHost.apiBasis", "must be "
                    + choices(Arrays.stream(ApiBasis.values()).map(ApiBasis::id).toList())
                    + " (the API cost self-hosting is compared with), not '" + selfHost.apiBasis() + "'", null);
        }
    }

    /** {@code "a" or "b"}, for a message listing a field's allowed values. */
    private static String choices(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(" or "));
    }

    private static void checkDate(String date, String field, String json, String source) throws ScenarioFileException {
        if (date.isEmpty()) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException wrong) {
            throw JsonErrors.at(source, json, field, "must be a date such as \"2026-11-28\", or \"\" for prices typed by hand"
                    + " (was \"" + date + "\")", null);
        }
    }

    private static void checkUnits(ScenarioDto.UnitsDto units, String json, String source)
            throws ScenarioFileException {
        ScenarioDto.UnitsDto supported = ScenarioDto.UnitsDto.SUPPORTED;
        if (!supported.currency().equals(units.currency())) {
            throw JsonErrors.at(source, json, "units.currency", "'" + units.currency()
                    + "' is not supported; amounts must be in US dollars (\"USD\")", null);
        }
        if (!supported.tokenPrices().equals(units.tokenPrices())) {
            String hint = normalised(units.tokenPrices()).equals("per 1k tokens")
                    ? " (multiply per-1K prices by 1000)" : "";
            throw JsonErrors.at(source, json, "units.tokenPrices", "'" + units.tokenPrices()
                    + "' is not supported; token prices must be per 1M tokens" + hint, null);
        }
        if (!supported.fixedCosts().equals(units.fixedCosts())) {
            String hint = normalised(units.fixedCosts()).equals("per year") ? " (divide yearly amounts by 12)" : "";
            throw JsonErrors.at(source, json, "units.fixedCosts", "'" + units.fixedCosts()
                    + "' is not supported; fixed costs must be per month" + hint, null);
        }
    }

    private static String normalised(String unit) {
        return unit.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
