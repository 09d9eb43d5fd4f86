package org.llmcostplanner.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's exceptions into {@link ScenarioFileException}s a product manager can act on:
 * plain words, the field path, line and column. Jackson's own messages name classes and
 * features, so they never reach the user; unknown ones become a generic "is not valid JSON".
 */
final class JsonErrors {
    private static final Pattern CHAR_CODE = Pattern.compile("code (\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("close marker '(.)': expected '(.)'.*?line: (\\d+)");
    private static final String NOT_JSON = "is not valid JSON: ";

    private JsonErrors() {
    }

    /**
     * A file that is not well-formed JSON (or holds a duplicate key). The field is named only
     * for errors in a value, where the parser's current field is the one at fault; inside a
     * key or in the structure it would name the previous field, so line and column must do.
     */
    static ScenarioFileException syntax(String source, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String field = e.getProcessor() instanceof JsonParser parser ? JsonPaths.of(parser.getParsingContext()) : "";
        String quoted = firstQuoted(original);
        if (e instanceof StreamConstraintsException) {
            String what = original.contains("nesting") ? "is nested too deeply"
                    : original.contains("Number") ? "holds a number with too many digits"
                    : "holds a value that is too long";
            return new ScenarioFileException(source, line, column, "", what + " to be a scenario file", e);
        }
        if (original.startsWith("Duplicate field")) {
            // Jackson points just past the repeated key; the user looks for the key itself.
            return new ScenarioFileException(source, line, column - quoted.length() - 2, field,
                    "appears twice in the same section; keep one \"" + quoted + "\" and delete the other", e);
        }
        if (original.startsWith("Non-standard token")) {
            // Jackson points just past the token.
            return new ScenarioFileException(source, line, column - quoted.length(), field,
                    quoted + " is not a number; write a finite number such as 2.5", e);
        }
        if (original.startsWith("Unrecognized token")) {
            return new ScenarioFileException(source, line, column, field, NOT_JSON + "unexpected word '"
                    + shorten(quoted) + "'; text must be in double quotes, numbers written with digits", e);
        }
        if (original.contains("numeric value")) {
            return new ScenarioFileException(source, line, column, field, NOT_JSON + "malformed number"
                    + numberHint(original), e);
        }
        return new ScenarioFileException(source, line, column, "", NOT_JSON + structural(original), e);
    }

    private static String structural(String original) {
        if (original.startsWith("Unexpected end-of-input")) {
            return original.contains("closing quote") ? "the file ends inside a text value; a closing \" is missing"
                    : "the file ends too early; a closing } or ] is missing";
        }
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.find()) {
            return "found '" + close.group(1) + "' where '" + close.group(2)
                    + "' should close the section opened on line " + close.group(3);
        }
        if (original.startsWith("Unexpected close marker")) {
            return "found '" + firstQuoted(original) + "' with nothing open to close";
        }
        if (original.startsWith("Illegal unquoted character")) {
            String found = character(original);
            return "a text value holds " + found
                    + (found.equals("a line break") ? "; write a line break as \\n" : "; remove it");
        }
        if (original.startsWith("Illegal character")) {
            return character(original) + " is not allowed between values";
        }
        if (original.startsWith("Unrecognized character escape")) {
            return "a text value holds an unknown escape \\" + firstQuoted(original) + "; write a backslash as \\\\";
        }
        if (original.contains("hex-digit")) {
            return "a text value holds a \\u escape without four hex digits; write a backslash as \\\\";
        }
        if (original.startsWith("Unexpected character")) {
            return unexpectedCharacter(original);
        }
        return withoutTechnicalTerms(original);
    }

    /**
     * A well-formed file whose value at some path has the wrong kind (text where a number
     * belongs), is missing or is null. {@code tree} is the document that was bound.
     */
    static ScenarioFileException binding(String source, String json, JsonNode tree, JsonMappingException e) {
        String field = JsonPaths.of(e.getPath());
        JsonNode found = JsonPaths.nodeAt(tree, e.getPath());
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        String reason;
        if (found.isMissingNode()) {
            reason = "missing required field";
        } else {
            reason = "expected " + expected(target) + " but found " + describe(found);
            if (found.isTextual() && isNumber(target)) {
                reason += " (write numbers without quotes)";
            }
        }
        return at(source, json, field, reason, e);
    }

    /** An exception about the value at {@code field}, located in {@code json}. */
    static ScenarioFileException at(String source, String json, String field, String reason, Throwable cause) {
        JsonLocation location = JsonPaths.locate(json, field);
        return location == null
                ? new ScenarioFileException(source, 0, 0, field, reason, cause)
                : new ScenarioFileException(source, location.getLineNr(), location.getColumnNr(), field, reason, cause);
    }

    /** What a value is, for messages: {@code the text "ten"}, {@code the number 5}, {@code a list [ ... ]}. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the text \"" + shorten(node.textValue()) + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return "the value " + node.asText();
        }
        if (node.isNull()) {
            return "null (no value)";
        }
        return node.isArray() ? "a list [ ... ]" : "a section { ... }";
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "a different kind of value";
        }
        if (isNumber(target)) {
            return "a number";
        }
        if (target == String.class) {
            return "text in double quotes";
        }
        return Collection.class.isAssignableFrom(target) || target.isArray() ? "a list [ ... ]" : "a section { ... }";
    }

    private static boolean isNumber(Class<?> target) {
        return target != null && (Number.class.isAssignableFrom(target)
                || target == double.class || target == int.class || target == long.class || target == float.class);
    }

    private static String unexpectedCharacter(String original) {
        String found = character(original);
        if (original.contains("comma to separate Object")) {
            return "expected a comma or a closing } before " + found + "; a comma may be missing";
        }
        if (original.contains("comma to separate Array")) {
            return "expected a comma or a closing ] before " + found + "; a comma may be missing";
        }
        if (original.contains("colon")) {
            return "expected a colon ':' after the field name but found " + found;
        }
        if (original.contains("double-quote to start field name")) {
            return "expected a field name in double quotes but found " + found
                    + (found.equals("'}'") ? " (remove the comma before it)" : "");
        }
        if (original.contains("comment")) {
            return "comments are not allowed in a scenario file; use the description field";
        }
        if (original.contains("valid value") || original.contains("expected a value")) {
            return "expected a value but found " + found + "; text must be in double quotes";
        }
        return "unexpected " + found;
    }

    private static String numberHint(String original) {
        if (original.contains("Leading zeroes")) {
            return " (leading zeroes are not allowed)";
        }
        if (original.contains("plus sign")) {
            return " (write it without a '+')";
        }
        if (original.contains("Decimal point")) {
            return " (a decimal point must be followed by digits)";
        }
        if (original.contains("minus sign")) {
            return " (a minus sign must be followed by digits)";
        }
        if (original.contains("Exponent")) {
            return " (an e must be followed by the exponent's digits, as in 1e6)";
        }
        return "";
    }

    /** The character Jackson reports as {@code ('x' (code 120))}, named for people. */
    private static String character(String original) {
        Matcher code = CHAR_CODE.matcher(original);
        if (!code.find()) {
            return "a character that does not belong there";
        }
        int c = Integer.parseInt(code.group(1));
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (c < 0x20 || Character.getType(c) == Character.FORMAT || Character.isWhitespace(c)) {
            return String.format(Locale.ROOT, "an invisible character (U+%04X)", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private static String firstQuoted(String original) {
        Matcher m = QUOTED.matcher(original);
        return m.find() ? m.group(1) : "";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Jackson wraps class and feature names in backticks; drop those parts. */
    private static String withoutTechnicalTerms(String original) {
        String plain = original.replaceAll("\\s*\\(?[^`\\s]*`[^`]*`[^\\s)]*\\)?", "").replaceAll("\\s+", " ").trim();
        return plain.isEmpty() ? "the text cannot be read as JSON" : plain;
    }
}
