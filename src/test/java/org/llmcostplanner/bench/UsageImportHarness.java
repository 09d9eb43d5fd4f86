package org.llmcostplanner.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.llmcostplanner.io.UsageColumns;
import org.llmcostplanner.io.UsageLogGenerator;
import org.llmcostplanner.io.UsageLogReader;
import org.llmcostplanner.model.usage.RejectedRow;
import org.llmcostplanner.model.usage.UsageRecord;
import org.llmcostplanner.model.usage.UsageAggregator;
import org.llmcostplanner.model.usage.UsageDashboard;
import org.llmcostplanner.model.usage.UsageFilter;
import org.llmcostplanner.model.usage.UsageSink;

/**
 * Reads generated usage logs of 100K, 1M and 5M rows (about 150 bytes a row, 3% junk) with a sink
 * that only counts and adds up the cost, and prints the wall time, rows/s, MB/s and the heap:
 * the most in use at any moment (the heap pools' peaks, garbage included) and the most still in
 * use after any collection during the read (what the import really holds). The files are written
 * to {@code target/bench/} once (same seed, same bytes) and kept for the next run.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:exec@usage-import} (with {@code -Xmx256m}); other
 * sizes: {@code -Dusage.rows="100000 2000000"}. Each file is read 3 times ({@code -Dusage.jvm.args="-Xmx256m
 * -Dusage.repeats=5"} for more), after a warm-up read of the first.
 */
public final class UsageImportHarness {
    private static final long SEED = 2026;
    /** Reads of each file: the machine may be shared, so the best of a few says most about the reader. */
    private static final int REPEATS = Integer.getInteger("usage.repeats", 3);

    private UsageImportHarness() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"100000", "1000000", "5000000"} : args) {
            sizes.add(Long.parseLong(arg.replace("_", "")));
        }
        Path folder = Files.createDirectories(Path.of("target", "bench"));
        System.out.printf(Locale.ROOT, "max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + Runtime.version());
        List<Path> files = new ArrayList<>();
        for (long rows : sizes) {
            Path file = folder.resolve("usage-" + rows + ".csv");
            if (!Files.exists(file)) {
                long start = System.nanoTime();
                UsageLogGenerator.Totals totals = UsageLogGenerator.writeCsv(file, rows, SEED, 0.03, ZoneOffset.UTC);
                System.out.printf(Locale.ROOT, "wrote %s: %,d rows, %.1f MB, total cost $%.2f, in %.1f s%n", file, rows,
                        totals.bytes() / 1e6, totals.totalCost(), (System.nanoTime() - start) / 1e9);
            }
            files.add(file);
        }
        UsageLogReader reader = new UsageLogReader(UsageColumns.STANDARD, ZoneOffset.UTC, UsageLogGenerator.catalog());
        read(reader, files.get(0), false); // warm-up: the JIT compiles the reader and the aggregator
        read(reader, files.get(0), true);
        for (boolean dashboard : new boolean[] {false, true}) {
            System.out.println(dashboard ? "Import as the app does it: read, aggregate and compute the dashboard"
                    : "Read only (a sink that counts rows and adds up the cost)");
            System.out.printf(Locale.ROOT, "%12s %9s %8s %12s %8s %14s %16s %6s%n", "rows", "MB", "s", "rows/s", "MB/s",
                    "peak heap MB", "after-GC max MB", "GCs");
            for (Path file : files) {
                for (int run = 0; run < REPEATS; run++) {
                    report(file, read(reader, file, dashboard));
                }
            }
        }
    }

    private static void report(Path file, Result result) throws java.io.IOException {
        double seconds = result.nanos / 1e9;
        double megabytes = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "%,12d %9.1f %8.2f %,12.0f %8.1f %14.1f %16.1f %6d   accepted %,d, rejected %,d,"
                        + " cost $%.2f%n", result.summary.rowsRead(), megabytes, seconds,
                result.summary.rowsRead() / seconds, megabytes / seconds, result.peakHeap / 1e6,
                result.afterGcMax / 1e6, result.collections, result.summary.rowsAccepted(),
                result.summary.rowsRejected(), result.cost);
    }

    private record Result(UsageLogReader.Summary summary, double cost, long nanos, long peakHeap, long afterGcMax,
                          long collections) {
    }

    /** One read of {@code file}; with {@code dashboard}, into a {@link UsageAggregator} and its dashboard, timed together. */
    private static Result read(UsageLogReader reader, Path file, boolean dashboard) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong afterGc = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        List<NotificationEmitter> emitters = new ArrayList<>();
        javax.management.NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                afterGc.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            emitters.add(emitter);
        }
        CountingSink sink = new CountingSink();
        UsageAggregator aggregator = new UsageAggregator(ZoneOffset.UTC);
        long start = System.nanoTime();
        UsageLogReader.Summary summary = reader.read(file, dashboard ? aggregator : sink);
        if (dashboard) {
            UsageDashboard figures = aggregator.dashboard(UsageFilter.ALL, 10);
            sink.rows = figures.rows().rowsRead();
            sink.cost = figures.totalCostUsd();
        }
        long nanos = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        for (NotificationEmitter emitter : emitters) {
            emitter.removeNotificationListener(listener);
        }
        if (sink.rows != summary.rowsRead()) {
            throw new IllegalStateException("the sink saw " + sink.rows + " rows of " + summary.rowsRead());
        }
        return new Result(summary, sink.cost, nanos, peak, afterGc.get(), collections.get());
    }

    /** Counts the rows and adds up the accepted cost; keeps nothing else. */
    private static final class CountingSink implements UsageSink {
        long rows;
        double cost;

        @Override
        public void accept(UsageRecord record) {
            rows++;
            cost += record.costUsd();
        }

        @Override
        public void reject(RejectedRow row) {
            rows++;
        }
    }
}
