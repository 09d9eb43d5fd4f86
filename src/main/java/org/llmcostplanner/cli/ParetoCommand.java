package org.llmcostplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.llmcostplanner.io.ParetoCsv;
import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.model.pareto.ParetoAnalysis;
import org.llmcostplanner.model.pareto.ParetoConfiguration;
import org.llmcostplanner.model.pareto.ParetoConstraints;
import org.llmcostplanner.model.pareto.ParetoObjectives;

/** {@code pareto FILE.csv [--objectives ...] [--format json|csv]}: the frontier of a sweep too big for a table. */
@Command(name = "pareto", mixinStandardHelpOptions = true,
        description = {"Print the Pareto frontier of the configurations in a CSV file, in cost order.",
                "The header names name,quality,cost_per_query,latency_ms (any order; other columns are ignored)."})
final class ParetoCommand implements Callable<Integer> {
    enum Format { json, csv }

    @Parameters(paramLabel = "FILE.csv", description = "configurations (.csv)")
    private Path file;

    @Option(names = "--objectives", defaultValue = "cost,quality", converter = ObjectivesConverter.class,
            description = "cost,quality (default) or cost,quality,latency")
    private ParetoObjectives objectives;

    @Option(names = "--format", defaultValue = "json", description = "json (default): names and counts; csv: the frontier's rows")
    private Format format;

    @Spec
    private CommandSpec spec;

    static final class ObjectivesConverter implements picocli.CommandLine.ITypeConverter<ParetoObjectives> {
        @Override
        public ParetoObjectives convert(String value) {
            return ParetoObjectives.fromId(value);
        }
    }

    @Override
    public Integer call() throws Exception {
        List<ParetoConfiguration> configurations;
        try {
            configurations = ParetoCsv.read(file);
        } catch (ScenarioFileException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return PlannerCli.EXIT_INVALID;
        }
        ParetoAnalysis analysis = ParetoAnalysis.of(configurations, objectives, ParetoConstraints.NONE,
                ParetoAnalysis.Rule.CHEAPEST);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.csv) {
            ParetoCsv.write(analysis.frontier(), out);
        } else {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = mapper.createObjectNode();
            root.put("objectives", objectives.id());
            root.put("configurations", configurations.size());
            root.put("onFrontier", analysis.frontier().size());
            var names = root.putArray("frontier");
            analysis.frontier().forEach(member -> names.add(member.name()));
            out.print(mapper.writeValueAsString(root) + System.lineSeparator());
        }
        out.flush();
        return 0;
    }
}
