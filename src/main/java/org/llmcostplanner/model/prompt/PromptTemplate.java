package org.llmcostplanner.model.prompt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prompt templates: a placeholder is {@code {name}} with a name of ASCII letters, digits and
 * underscores that does not start with a digit. Any other brace is text, so JSON examples inside a
 * prompt need no escaping (unlike Python's {@code str.format}, there is no {@code {{}).
 */
public final class PromptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PromptTemplate() {
    }

    /** Whether {@code name} can stand between the braces of a placeholder. */
    public static boolean isPlaceholderName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The placeholder names of {@code templates}, each once, in order of first appearance. */
    public static List<String> placeholders(String... templates) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String template : templates) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return List.copyOf(names);
    }

    /**
     * {@code template} with every placeholder that has a value in {@code values} replaced by it;
     * a placeholder without a value stays as written.
     */
    public static String render(String template, Map<String, String> values) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
