package org.llmcostplanner.io;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The timestamps a usage log may hold, parsed by hand (millions of rows): ISO-8601 date and time
 * with {@code T} or a space between, minutes or seconds, a fraction of up to 9 digits, and an
 * offset ({@code Z}, {@code +02:00}, {@code +0200}, {@code +02}) or none; or a Unix epoch in
 * seconds (below 10^11, so up to the year 5138) or milliseconds (10^11 to 10^14), a fraction allowed.
 * A time without an offset is read in the import's zone: in a daylight-saving gap it moves forward
 * by the gap, in an overlap it takes the earlier offset ({@link LocalDateTime#atZone}).
 */
final class UsageTimestamps {
    private static final double MILLIS_FROM = 1e11;
    private static final double TOO_LARGE = 1e14;

    private UsageTimestamps() {
    }

    /**
     * @throws IllegalArgumentException with the reason for the user: "'2026-02-30T10:00Z' is not a valid date or time"
     */
    static Instant parse(String text, ZoneId zone) {
        if (text.length() >= 10 && text.charAt(4) == '-') {
            Instant instant = iso(text, zone);
            if (instant == null) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 time such as 2026-03-01T14:05:00Z");
            }
            return instant;
        }
        if (!text.isEmpty() && text.length() <= 14 && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            long value = Long.parseLong(text);
            return value < MILLIS_FROM ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
        }
        if (!UsageValues.isPlainNumber(text)) {
            throw new IllegalArgumentException("'" + text + "' is neither an ISO-8601 time (2026-03-01T14:05:00Z)"
                    + " nor epoch seconds or milliseconds");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.signum() < 0 || value.doubleValue() >= TOO_LARGE) {
            throw new IllegalArgumentException("'" + text + "' is out of range for epoch seconds or milliseconds");
        }
        BigDecimal nanos = value.movePointRight(value.doubleValue() < MILLIS_FROM ? 9 : 6).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal[] split = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Instant.ofEpochSecond(split[0].longValueExact(), split[1].longValueExact());
    }

    /** Null when the text is not of the ISO form. */
    private static Instant iso(String text, ZoneId zone) {
        Cursor at = new Cursor(text);
        int year = at.digits(4);
        int month = at.literal('-') ? at.digits(2) : -1;
        int day = at.literal('-') ? at.digits(2) : -1;
        if (!(at.literal('T') || at.literal('t') || at.literal(' '))) {
            return null;
        }
        int hour = at.digits(2);
        int minute = at.literal(':') ? at.digits(2) : -1;
        int second = 0;
        int nano = 0;
        if (at.literal(':')) {
            second = at.digits(2);
            if (at.literal('.') || at.literal(',')) {
                String digits = at.run();
                if (digits.isEmpty()) {
                    return null;
                }
                String kept = digits.length() > 9 ? digits.substring(0, 9) : digits; // finer than 1 ns is dropped
                nano = Integer.parseInt(kept) * (int) Math.pow(10, 9 - kept.length());
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (DateTimeException e) {
            return null;
        }
        if (at.done()) {
            return local.atZone(zone).toInstant();
        }
        ZoneOffset offset = offset(at);
        return offset == null || !at.done() ? null : local.toInstant(offset);
    }

    private static ZoneOffset offset(Cursor at) {
        if (at.literal('Z') || at.literal('z')) {
            return ZoneOffset.UTC;
        }
        int sign = at.literal('+') ? 1 : at.literal('-') ? -1 : 0;
        int hours = sign == 0 ? -1 : at.digits(2);
        if (hours < 0) {
            return null;
        }
        int minutes = 0;
        if (!at.done()) {
            at.literal(':');
            minutes = at.digits(2);
        }
        try {
            return minutes < 0 ? null : ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Reads fixed-width digits and literals from the left; -1 for digits that are not there. */
    private static final class Cursor {
        private final String text;
        private int index;

        Cursor(String text) {
            this.text = text;
        }

        boolean done() {
            return index == text.length();
        }

        boolean literal(char c) {
            if (index < text.length() && text.charAt(index) == c) {
                index++;
                return true;
            }
            return false;
        }

        int digits(int count) {
            if (index + count > text.length()) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < count; i++) {
                char c = text.charAt(index + i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            index += count;
            return value;
        }

        /** All the digits from here on. */
        String run() {
            int start = index;
            while (index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9') {
                index++;
            }
            return text.substring(start, index);
        }
    }
}
