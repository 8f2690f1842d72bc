package dev.fakewix.media.http.bench;

import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Measures the heap a {@link RequestJournal} holds: 1,000 entries with 100 KB bodies, then 10,000 (the JUnit
 * extension's default capacity), as retained after a full GC.
 *
 * <pre>{@code
 * mvn -B -o -pl http-facade -am test-compile -Dconformance.skip=true
 * java -Xmx256m -cp http-facade/target/test-classes:http-facade/target/classes:fake-core/target/classes \
 *     dev.fakewix.media.http.bench.JournalHeap
 * # prints: 1000 entries with 100 KB bodies: 16.2 MiB retained (estimate 31.7 MiB, bound 32.0 MiB), 1000 kept
 * }</pre>
 */
public final class JournalHeap {
    private JournalHeap() {}

    public static void main(String[] args) throws InterruptedException {
        for (int count : List.of(1_000, 10_000)) {
            long before = used();
            RequestJournal journal = new RequestJournal(10_000);
            for (int i = 0; i < count; i++) {
                // a fresh string each time, as each request's body is
                journal.record(new JournalEntry(
                        i,
                        Instant.EPOCH,
                        "site",
                        null,
                        "POST",
                        "/site-media/v1/files/search",
                        Map.of(),
                        "y".repeat(100 * 1024),
                        200,
                        null,
                        null));
            }
            long retained = used() - before;
            System.out.printf(
                    "%d entries with 100 KB bodies: %.1f MiB retained (estimate %.1f MiB, bound %.1f MiB), %d kept%n",
                    count,
                    mib(retained),
                    mib(journal.retainedBytes()),
                    mib(journal.maxBytes()),
                    journal.entries().size());
        }
    }

    private static long used() throws InterruptedException {
        // System.gc() is a full, synchronous collection on HotSpot's default collectors; a few in a row let
        // objects freed by the previous one (weak references, cleaners) go too.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
