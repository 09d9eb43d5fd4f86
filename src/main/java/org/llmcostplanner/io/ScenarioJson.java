package org.llmcostplanner.io;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;

/** The Jackson setup for scenario files: strict on reading, canonical on writing. */
final class ScenarioJson {
    /**
     * Refuses duplicate keys, NaN literals, nulls, missing fields and quietly converted types
     * ("10" for 10, 5 for "5"): a planner file with such slips should be fixed, not guessed at.
     * Unknown keys are ignored so that files from later minor additions still open.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER) // shortest round-trip digits, also on Java 17
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfigDefaults(cfg -> cfg
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, cfg -> cfg
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL))
            .addModule(new SimpleModule("scenario-numbers")
                    .addSerializer(Double.class, new NumberSerializer())
                    .addSerializer(double.class, new NumberSerializer()))
            .build();

    /** Jackson's default layout ({@code "key" : value}, {@code [ {}), two spaces, LF on every platform. */
    private static final ObjectWriter WRITER = MAPPER.writer(
            new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private ScenarioJson() {
    }

    static String write(ScenarioDto dto) {
        try {
            return WRITER.writeValueAsString(dto) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("records of strings and numbers always serialise", e);
        }
    }

    /**
     * Writes whole numbers without a fraction ({@code 10000}, not {@code 10000.0}) and others in
     * the shortest form that reads back to the same double, in plain decimals where that stays
     * short ({@code 0.0001}, not {@code 1.0E-4}: a cost per query reads as money). Negative zero keeps its sign
     * ({@code -0.0}) so that a saved scenario reloads equal.
     */
    private static final class NumberSerializer extends StdSerializer<Double> {
        private static final long NEGATIVE_ZERO_BITS = Double.doubleToRawLongBits(-0.0);
        private static final double LARGEST_EXACT_WHOLE = 1e15;

        NumberSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            boolean whole = v == Math.rint(v) && Math.abs(v) < LARGEST_EXACT_WHOLE
                    && Double.doubleToRawLongBits(v) != NEGATIVE_ZERO_BITS;
            if (whole) {
                gen.writeNumber((long) v);
            } else if (Math.abs(v) >= 1e-9 && Math.abs(v) < LARGEST_EXACT_WHOLE) {
                // Double.toString's digits (the shortest that read back exactly), without the exponent.
                gen.writeNumber(java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
