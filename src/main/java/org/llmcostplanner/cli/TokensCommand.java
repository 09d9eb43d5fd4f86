package org.llmcostplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import org.llmcostplanner.io.ScenarioFileException;
import org.llmcostplanner.io.TextFiles;
import org.llmcostplanner.io.Tokenizer;
import org.llmcostplanner.model.prompt.TokenEncoding;
import org.llmcostplanner.model.prompt.TokenizerFamilies;

/**
 * {@code tokens FILE... [--encoding E | --model ID] [--per-line] [--max N]}: token counts of text
 * files, laid out like {@code wc} so they grep and sort ({@code sort -n}) well. Exit 0, 1 when a
 * count is over the budget, 2 when a file cannot be read or the options are wrong (2 wins over 1).
 */
@Command(name = "tokens", mixinStandardHelpOptions = true,
        description = {
                "Count the tokens of UTF-8 text files, like wc.",
                "Text is ordinary text: <|endoftext|> counts as the characters it is.",
                "One line per file: the count right-aligned, two spaces, the file as given; several files end with a "
                        + "total line:",
                "      189  prompt.txt",
                "With --per-line the file's lines come first, numbered from 1 (split at \\n, each counted with its "
                        + "\\n), then the file's line as above:",
                "       12  prompt.txt:3",
                "A file's count is that of the whole text; it can differ a little from the sum of its lines, as a "
                        + "token can span a line break.",
                "Exit 0; 1 when a count is over --max (each one named on standard error, all counts still printed); "
                        + "2 when a file cannot be read (the others are still counted) or the options are wrong."})
final class TokensCommand implements Callable<Integer> {
    /** Exit code when a file or line has more tokens than {@code --max}. */
    static final int EXIT_OVER_BUDGET = 1;

    /** Counts right-aligned in at least this many columns, as {@code wc} does. */
    private static final int MIN_COUNT_WIDTH = 7;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "text files (UTF-8)")
    private List<Path> files;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private EncodingChoice choice;

    @Option(names = "--per-line", description = "print the count of every line, then the file's")
    private boolean perLine;

    /** The budget in tokens, or null for none. */
    private Long max;

    @Option(names = "--max", paramLabel = "N",
            description = "budget in tokens (0 or more) for each file, or with --per-line for each line; "
                    + "a count equal to N is within it")
    void setMax(long tokens) {
        if (tokens < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--max must be a whole number of tokens, 0 or more (was " + tokens + ")");
        }
        max = tokens;
    }

    @Spec
    private CommandSpec spec;

    /** Either an encoding by name or the model that decides it; neither means o200k_base. */
    static final class EncodingChoice {
        @Option(names = "--encoding", paramLabel = "ENCODING", converter = EncodingConverter.class,
                description = "o200k_base (default), cl100k_base, p50k_base or r50k_base")
        private TokenEncoding encoding;

        @Option(names = "--model", paramLabel = "ID",
                description = "count with the encoding this OpenAI model bills with, e.g. gpt-4o (o200k_base) or gpt-4 "
                        + "(cl100k_base); models whose tokenizer is not public are refused")
        private String model;
    }

    static final class EncodingConverter implements ITypeConverter<TokenEncoding> {
        @Override
        public TokenEncoding convert(String value) {
            return TokenEncoding.fromId(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an encoding; use one of " + Arrays.stream(TokenEncoding.values())
                            .map(TokenEncoding::id).collect(Collectors.joining(", "))));
        }
    }

    /**
     * One readable file's counts.
     *
     * @param name   the file as given on the command line
     * @param tokens the whole text's count
     * @param lines  each line's count, line 1 first; empty without --per-line or for an empty file
     */
    private record Counted(String name, long tokens, long[] lines) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<TokenEncoding> encoding = encoding();
        if (encoding.isEmpty()) {
            err.println("error: the tokenizer of " + choice.model + " is not public; pass --encoding to count with an"
                    + " approximation");
            return PlannerCli.EXIT_INVALID;
        }
        List<Counted> counted = new ArrayList<>();
        boolean unreadable = false;
        for (Path file : files) {
            try {
                counted.add(count(file, encoding.get()));
            } catch (ScenarioFileException refused) {
                err.println(refused.getMessage());
                unreadable = true;
            }
        }
        print(counted);
        List<String> overBudget = overBudget(counted);
        overBudget.forEach(err::println);
        if (unreadable) {
            return PlannerCli.EXIT_INVALID;
        }
        return overBudget.isEmpty() ? 0 : EXIT_OVER_BUDGET;
    }

    /** The chosen encoding; empty only for a model whose tokenizer is not public. */
    private Optional<TokenEncoding> encoding() {
        if (choice == null) {
            return Optional.of(TokenEncoding.O200K_BASE);
        }
        return choice.encoding != null ? Optional.of(choice.encoding) : TokenizerFamilies.encodingOf(choice.model);
    }

    private Counted count(Path file, TokenEncoding encoding) throws ScenarioFileException {
        String text = TextFiles.read(file);
        long[] lines = perLine ? Tokenizer.SHARED.countLines(text, encoding) : new long[0];
        return new Counted(file.toString(), Tokenizer.SHARED.count(text, encoding), lines);
    }

    private void print(List<Counted> counted) {
        long total = counted.stream().mapToLong(Counted::tokens).sum();
        long largest = counted.stream().flatMapToLong(c -> Arrays.stream(c.lines())).max().orElse(0);
        String format = "%" + Math.max(MIN_COUNT_WIDTH, Long.toString(Math.max(total, largest)).length()) + "d  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        for (Counted file : counted) {
            for (int i = 0; i < file.lines().length; i++) {
                out.printf(Locale.ROOT, format, file.lines()[i], lineName(file, i));
            }
            out.printf(Locale.ROOT, format, file.tokens(), file.name());
        }
        if (files.size() > 1) {
            out.printf(Locale.ROOT, format, total, "total");
        }
    }

    /** One line per file, or with --per-line per line, over the budget; none without a budget. */
    private List<String> overBudget(List<Counted> counted) {
        List<String> offenders = new ArrayList<>();
        if (max == null) {
            return offenders;
        }
        for (Counted file : counted) {
            if (perLine) {
                for (int i = 0; i < file.lines().length; i++) {
                    if (file.lines()[i] > max) {
                        offenders.add(overBudget(lineName(file, i), file.lines()[i]));
                    }
                }
            } else if (file.tokens() > max) {
                offenders.add(overBudget(file.name(), file.tokens()));
            }
        }
        return offenders;
    }

    private String overBudget(String what, long tokens) {
        return "over budget: " + what + " has " + tokens + (tokens == 1 ? " token" : " tokens") + ", more than " + max;
    }

    /** {@code prompt.txt:3} for the line at index 2. */
    private static String lineName(Counted file, int index) {
        return file.name() + ":" + (index + 1);
    }
}
