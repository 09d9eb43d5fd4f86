package org.llmcostplanner.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmcostplanner.model.usage.RejectReason;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageRecord;
import org.llmcostplanner.model.usage.UsageSink;

/** A generated month of logs with junk rows: what the reader finds equals what the generator wrote. */
class UsageLogGeneratedTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final int ROWS = 60_000;

    @TempDir
    static Path folder;
    static Path file;
    static UsageLogGenerator.Totals written;

    @BeforeAll
    static void generate() throws Exception {
        file = folder.resolve("month.csv");
        written = UsageLogGenerator.writeCsv(file, ROWS, 42, 0.03, ZONE);
    }

    private static UsageLogReader reader() {
        return new UsageLogReader(UsageColumns.STANDARD, ZONE, UsageLogGenerator.catalog());
    }

    /** Adds up what it is given, by group; holds only the groups. */
    private static final class Sums implements UsageSink {
        final Map<String, Double> costByModel = new TreeMap<>();
        final Map<String, Long> callsByModel = new TreeMap<>();
        final Map<String, Double> costByFeature = new TreeMap<>();
        final Map<LocalDate, Double> costByDay = new TreeMap<>();
        final Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        long accepted;
        long estimated;
        double total;
        long lastLine;
        boolean inOrder = true;

        @Override
        public void accept(UsageRecord record) {
            accepted++;
            estimated += record.costEstimated() ? 1 : 0;
            total += record.costUsd();
            costByModel.merge(record.model(), record.costUsd(), Double::sum);
            callsByModel.merge(record.model(), 1L, Long::sum);
            costByFeature.merge(record.feature(), record.costUsd(), Double::sum);
            costByDay.merge(LocalDate.ofInstant(record.timestamp(), ZONE), record.costUsd(), Double::sum);
        }

        @Override
        public void reject(RejectedRow row) {
            rejected.merge(row.reason(), 1L, Long::sum);
            inOrder &= row.line() > lastLine;
            lastLine = row.line();
        }
    }

    @Test
    void everyAggregateEqualsTheGeneratorsAndAcceptedPlusRejectedIsRowsRead() throws Exception {
        Sums sums = new Sums();
        UsageLogReader.Summary summary = reader().read(file, sums);

        assertEquals(ROWS, summary.rowsRead());
        assertEquals(summary.rowsRead(), summary.rowsAccepted() + summary.rowsRejected());
        assertEquals(written.accepted(), summary.rowsAccepted());
        assertEquals(written.rejectedByReason(), summary.rejectedByReason());
        assertEquals(written.rejectedByReason(), sums.rejected);
        assertEquals(7, written.rejectedByReason().size(), "every kind of junk a CSV can have: " + written.rejectedByReason());
        assertTrue(sums.inOrder);
        assertEquals(written.estimated(), sums.estimated);
        assertRelative(written.totalCost(), sums.total);
        assertEquals(written.callsByModel(), sums.callsByModel);
        assertGroups(written.costByModel(), sums.costByModel);
        assertGroups(written.costByFeature(), sums.costByFeature);
        assertGroups(written.costByDay(), sums.costByDay);
        assertEquals(32, sums.costByDay.size(), "31 days of March in UTC spread over 32 days in New York");
    }

    private static void assertRelative(double expected, double actual) {
        assertTrue(Math.abs(expected - actual) <= 1e-9 * Math.abs(expected), expected + " vs " + actual);
    }

    private static <K> void assertGroups(Map<K, Double> expected, Map<K, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((key, cost) -> assertRelative(cost, actual.get(key)));
    }

    @Test
    void theSameSeedWritesTheSameFile() throws Exception {
        Path again = folder.resolve("again.csv");
        UsageLogGenerator.writeCsv(again, ROWS, 42, 0.03, ZONE);
        assertEquals(-1, Files.mismatch(file, again));
        long bytesPerRow = Files.size(file) / ROWS;
        assertTrue(bytesPerRow > 130 && bytesPerRow < 170, bytesPerRow + " bytes a row");
    }

    @Test
    void cancellingThrowsAndTheSinkSawOnlyAPrefix() {
        Sums sums = new Sums();
        List<Long> seen = new ArrayList<>();
        UsageSink counting = new UsageSink() {
            @Override
            public void accept(UsageRecord record) {
                sums.accept(record);
                seen.add(0L);
            }

            @Override
            public void reject(RejectedRow row) {
                sums.reject(row);
                seen.add(row.line());
            }
        };
        assertThrows(CancellationException.class, () -> reader().read(file, UsageLogReader.Format.CSV, counting,
                UsageLogReader.Progress.NONE, () -> seen.size() >= 10_000));
        assertEquals(3 * UsageLogReader.ROWS_PER_CHECK, seen.size(), "stopped at the first check after the request");
        assertTrue(sums.lastLine < 3 * UsageLogReader.ROWS_PER_CHECK + 1 + 20, "only the first rows, in order");
    }

    @Test
    void anInterruptedThreadStopsTheRead() {
        UsageSink interrupting = new UsageSink() {
            @Override
            public void accept(UsageRecord record) {
                Thread.currentThread().interrupt();
            }

            @Override
            public void reject(RejectedRow row) {
            }
        };
        try {
            assertThrows(CancellationException.class, () -> reader().read(file, UsageLogReader.Format.CSV, interrupting,
                    UsageLogReader.Progress.NONE, () -> false));
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is left set for the task to see");
        }
    }

    @Test
    void progressRisesToTheWholeFile() throws Exception {
        List<long[]> updates = new ArrayList<>();
        reader().read(file, UsageLogReader.Format.CSV, new Sums(), (read, total) -> updates.add(new long[] {read, total}),
                () -> false);
        long size = Files.size(file);
        assertTrue(updates.size() >= ROWS / UsageLogReader.ROWS_PER_CHECK, updates.size() + " updates");
        for (int i = 1; i < updates.size(); i++) {
            assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0]);
            assertEquals(size, updates.get(i)[1]);
        }
        assertFalse(updates.get(0)[0] >= size, "the first report comes before the end");
        assertEquals(size, updates.get(updates.size() - 1)[0], "100% at the end");
    }
}
