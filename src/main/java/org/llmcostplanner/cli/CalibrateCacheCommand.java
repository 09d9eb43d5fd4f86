package org.llmcostplanner.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.llmcostplanner.io.CalibrationCsv;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.model.caching.CacheCalibration;
import org.llmcostplanner.model.caching.CalibratedPoint;
import org.llmcostplanner.model.caching.CalibrationText;
import org.llmcostplanner.model.caching.LabelledSimilarity;
import org.llmcostplanner.model.format.Money;

/** {@code calibrate-cache PAIRS.csv}: a semantic cache's threshold curve measured on labelled queries. */
@Command(name = "calibrate-cache", mixinStandardHelpOptions = true,
        description = {"Measure a semantic cache's hit and false-hit rates against its similarity threshold from labelled"
                + " queries, with confidence intervals (Wilson score).",
                "The CSV has a header naming similarity and same_intent (pairs: query_a,query_b,similarity,same_intent;"
                        + " or query,similarity,same_intent); a query on several rows counts once, at its most similar.",
                "A hit is a query whose nearest cached query is at least as similar as the threshold; a false hit, one"
                        + " of them with another intent. Both rates are shares of all queries: they are your traffic's"
                        + " when the queries are a random sample of it."})
final class CalibrateCacheCommand implements Callable<Integer> {
    enum Format { table, json }

    @Parameters(paramLabel = "PAIRS.csv", description = "labelled queries (CSV, UTF-8)")
    private Path file;

    @Option(names = "--thresholds", split = ",", paramLabel = "T",
            description = "thresholds to measure at, e.g. 0.85,0.9,0.92,0.95,0.98 (default 0.80 to 0.99 by 0.01)")
    private List<Double> thresholds;

    @Option(names = "--confidence", defaultValue = "0.95", description = "confidence level of the intervals (default 0.95)")
    private double confidence;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json")
    private Format format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException(spec.commandLine(), "--confidence must be between 0 and 1, such as 0.95 (was "
                    + confidence + ")");
        }
        List<Double> at = thresholds == null ? CacheCalibration.DEFAULT_THRESHOLDS : thresholds;
        for (double threshold : at) {
            if (!(threshold >= 0 && threshold <= 1)) {
                throw new ParameterException(spec.commandLine(), "--thresholds must be between 0 and 1 (was " + threshold + ")");
            }
        }
        List<LabelledSimilarity> samples;
        try {
            samples = CalibrationCsv.read(file);
        } catch (ScenarioFileException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return PlannerCli.EXIT_INVALID;
        }
        List<CalibratedPoint> points = CacheCalibration.curve(samples, at, confidence);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(points) : table(points));
        return 0;
    }

    private String table(List<CalibratedPoint> points) {
        String nl = System.lineSeparator();
        return String.format(Locale.ROOT, "%d labelled queries; %s%% intervals (Wilson score)", points.get(0).sampleSize(),
                Money.plain(confidence * 100)) + nl + String.join(nl, CalibrationText.lines(points, confidence)) + nl;
    }

    private String json(List<CalibratedPoint> points) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        ObjectNode root = mapper.createObjectNode();
        root.put("sampleSize", points.get(0).sampleSize());
        root.put("confidence", ReportCommand.plain(confidence));
        ArrayNode curve = root.putArray("points");
        for (CalibratedPoint p : points) {
            ObjectNode point = curve.addObject();
            point.put("threshold", ReportCommand.plain(p.threshold()));
            point.put("hits", p.hits());
            point.put("falseHits", p.falseHits());
            point.put("hitRate", ReportCommand.plain(p.hitRate()));
            point.put("hitRateLow", ReportCommand.plain(p.hitRateLow()));
            point.put("hitRateHigh", ReportCommand.plain(p.hitRateHigh()));
            point.put("falseHitRate", ReportCommand.plain(p.falseHitRate()));
            point.put("falseHitRateLow", ReportCommand.plain(p.falseHitRateLow()));
            point.put("falseHitRateHigh", ReportCommand.plain(p.falseHitRateHigh()));
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
