package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.UsageRecord;

class UsageTimestampsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Instant parse(String text, ZoneId zone) {
        return UsageTimestamps.parse(text, zone);
    }

    @Test
    void offsetsInEveryCommonSpellingGiveTheSameInstant() {
        Instant noon = Instant.parse("2026-03-01T10:00:00Z");
        for (String text : List.of("2026-03-01T10:00:00Z", "2026-03-01T10:00:00z", "2026-03-01T10:00Z", "2026-03-01 10:00:00Z",
                "2026-03-01T12:00:00+02:00", "2026-03-01T12:00:00+0200", "2026-03-01T12:00:00+02", "2026-03-01T04:30:00-05:30",
                "2026-03-01T10:00:00.000Z", "2026-03-01 10:00:00+00:00")) {
            assertEquals(noon, parse(text, BERLIN), text);
        }
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456789Z"), parse("2026-03-01T10:00:00.123456789Z", BERLIN));
        assertEquals(Instant.parse("2026-03-01T10:00:00.123456789Z"), parse("2026-03-01T10:00:00.1234567899Z", BERLIN),
                "digits finer than a nanosecond are dropped");
        assertEquals(Instant.parse("2026-03-01T10:00:00.5Z"), parse("2026-03-01T10:00:00,5Z", BERLIN), "a decimal comma");
    }

    @Test
    void aTimeWithoutOffsetIsReadInTheImportsZone() {
        assertEquals(Instant.parse("2026-01-15T09:00:00Z"), parse("2026-01-15T10:00:00", BERLIN), "winter: UTC+1");
        assertEquals(Instant.parse("2026-07-15T08:00:00Z"), parse("2026-07-15 10:00:00", BERLIN), "summer: UTC+2");
        assertEquals(Instant.parse("2026-07-15T10:00:00Z"), parse("2026-07-15T10:00:00", ZoneOffset.UTC));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), parse("2026-03-29T02:30:00", BERLIN),
                "in the spring-forward gap the time moves forward by the gap");
        assertEquals(Instant.parse("2026-10-25T00:30:00Z"), parse("2026-10-25T02:30:00", BERLIN),
                "in the autumn overlap the earlier offset (+02:00) is taken");
    }

    @Test
    void epochSecondsAndMillisecondsAreToldApartBySize() {
        Instant noon = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(noon, parse(Long.toString(noon.getEpochSecond()), BERLIN));
        assertEquals(noon, parse(Long.toString(noon.toEpochMilli()), BERLIN));
        assertEquals(noon.plusMillis(250), parse(noon.getEpochSecond() + ".25", BERLIN));
        assertEquals(noon, parse("1.7723592E9", BERLIN), "a JSON number written with an exponent");
        assertEquals(Instant.ofEpochSecond(99_999_999_999L), parse("99999999999", BERLIN), "the largest in seconds");
        assertEquals(Instant.ofEpochMilli(100_000_000_000L), parse("100000000000", BERLIN), "the smallest in milliseconds");
    }

    @Test
    void badTimestampsAreRefusedWithTheText() {
        for (String text : List.of("2026-02-30T10:00:00Z", "2026-03-01", "2026-03-01T25:00:00Z", "2026-03-01T10:00:00+25:00",
                "2026-03-01T10:00:00 UTC", "2026-03-01T10:00:00.Z", "yesterday", "01/03/2026 10:00", "-5",
                "100000000000000", "2026-3-1T10:00:00Z")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(text, BERLIN), text);
            assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
        }
    }

    @Test
    void theReaderUsesItsZoneForRowsWithoutOffset() throws Exception {
        String csv = "timestamp,model,input_tokens,output_tokens,cost_usd\n"
                + "2026-07-15 10:00:00,m,1,1,0\n2026-07-15T10:00:00+05:30,m,1,1,0\n2026-07-15,m,1,1,0\n";
        UsageTestSinks.Collecting sink = new UsageTestSinks.Collecting();
        new UsageLogReader(UsageColumns.STANDARD, BERLIN, null).read(new StringReader(csv), "t.csv",
                UsageLogReader.Format.CSV, sink);
        assertEquals(List.of(Instant.parse("2026-07-15T08:00:00Z"), Instant.parse("2026-07-15T04:30:00Z")),
                sink.accepted.stream().map(UsageRecord::timestamp).toList());
        assertEquals(RejectReason.BAD_TIMESTAMP, sink.rejected.get(0).reason());
        assertEquals(4, sink.rejected.get(0).line());
    }
}
