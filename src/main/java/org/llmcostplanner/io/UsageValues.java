package org.llmcostplanner.io;

import java.util.Locale;

/**
 * The numbers and flags of a usage-log row, parsed without regular expressions (millions of rows).
 * Each parse throws {@link NumberFormatException} with the reason for the user, or returns the value.
 */
final class UsageValues {
    private UsageValues() {
    }

    /**
     * A plain decimal: optional sign, digits with at most one point, an optional exponent. No
     * thousands separators, decimal commas, hex, {@code NaN}, {@code Infinity} or Java's {@code d}/{@code f} suffixes.
     */
    static boolean isPlainNumber(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            for (; i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** A token count: a whole number ({@code 120}, or {@code 120.0} as some exports write it); may be negative. */
    static long count(String text) {
        long value = 0;
        int i = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        boolean simple = i < text.length() && text.length() - i <= 18;
        for (int j = i; simple && j < text.length(); j++) {
            char c = text.charAt(j);
            simple = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (simple) {
            return text.charAt(0) == '-' ? -value : value;
        }
        double decimal = decimal(text);
        if (decimal != Math.rint(decimal) || Math.abs(decimal) > 1e15) {
            throw new NumberFormatException("'" + text + "' is not a whole number");
        }
        return (long) decimal;
    }

    /** A cost or a latency: a plain decimal ({@link #isPlainNumber}), a leading {@code $} allowed; may be negative. */
    static double decimal(String text) {
        String plain = text.startsWith("$") ? text.substring(1).trim() : text;
        if (!isPlainNumber(plain)) {
            throw new NumberFormatException("'" + text + "' is not a number (write decimals with a point and no"
                    + " thousands separators)");
        }
        double value = Double.parseDouble(plain);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("'" + text + "' is too large");
        }
        return value;
    }

    /** true/false, yes/no, 1/0, y/n, t/f, any case. */
    static boolean flag(String text) {
        if (text.equals("false") || text.equals("0")) {
            return false;
        }
        if (text.equals("true") || text.equals("1")) {
            return true;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y", "t" -> true;
            case "false", "no", "0", "n", "f" -> false;
            default -> throw new NumberFormatException("'" + text + "' is neither true nor false (write true/false, yes/no or 1/0)");
        };
    }

    /**
     * An HTTP status, or a tracing level as Langfuse records one: ERROR reads as 500 (a failed call
     * whose code the log does not give), DEBUG, DEFAULT and WARNING as 200. A number may be negative
     * (the caller refuses it).
     */
    static int status(String text) {
        if (text.length() == 3 && Character.isDigit(text.charAt(0))) {
            return (int) count(text);
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "ERROR":
                return 500;
            case "DEBUG", "DEFAULT", "WARNING", "OK", "SUCCESS":
                return 200;
            default:
                long code = count(text);
                if (code > 999 || code < -999) {
                    throw new NumberFormatException("'" + text + "' is not an HTTP status");
                }
                return (int) code;
        }
    }
}
