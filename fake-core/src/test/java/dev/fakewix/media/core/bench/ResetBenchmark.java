package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code MediaSite.reset()} of a site holding 0, 1,000 or 100,000 READY files (refilled from a snapshot before every
 * call, out of the timing); target: at most 10 µs whatever the state size. Also, for information, the cost of
 * {@code snapshot()} of a site of 100,000 files (O(n) by nature), {@code restore(snapshot)} (O(1): it installs the
 * snapshot), restore followed by the first use, which builds the sorted indexes (O(n log n)), and restore followed
 * by a first search by term, which also builds the term index (O(n)).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResetBenchmark {
    static final int FILES = 100_000;

    /** A site of {@code files} files in 100 folders, and its snapshot. */
    static final class SavedSite {
        final SyntheticLibrary library = SyntheticLibrary.create(Readiness.ready());
        final SiteSnapshot snapshot;
        final long storageUsed;

        SavedSite(int files) {
            if (files > 0) {
                library.importSpread(library.createFolders(100), files / 100, file -> {});
            }
            snapshot = library.site.snapshot();
            storageUsed = library.site.storageUsed();
        }
    }

    /** A site that holds {@code files} files at the start of every call. */
    @State(Scope.Thread)
    public static class FullSite {
        @Param({"0", "1000", "100000"})
        public int files;

        SavedSite saved;

        @Setup(Level.Trial)
        public void fillAndWarmUp() {
            saved = new SavedSite(files);
            SyntheticLibrary library = saved.library;
            // Only a few dozen 100,000-file resets fit in the run (each needs a restore first), too few for the JIT;
            // the same code on another site gets it compiled, so every size is measured on compiled code.
            for (int i = 0; i < 200_000; i++) {
                library.fake.site("warm-up").reset();
            }
            library.site.reset();
            library.site.restore(saved.snapshot);
            if (library.site.storageUsed() != saved.storageUsed
                    || saved.snapshot.files().size() != files) {
                throw new IllegalStateException("a restored site should hold the " + files + " files again");
            }
        }

        @Setup(Level.Invocation)
        public void refill() {
            saved.library.site.restore(saved.snapshot);
        }
    }

    /** A site of 100,000 files and its snapshot, built once; and a second snapshot of the same site. */
    @State(Scope.Thread)
    public static class BigSite {
        SavedSite saved;
        SiteSnapshot again;
        int round;

        @Setup(Level.Trial)
        public void fill() {
            saved = new SavedSite(FILES);
            again = saved.library.site.snapshot();
        }

        /** The two snapshots in turn: a site reuses the term index of the snapshot it restored last only. */
        SiteSnapshot eachInTurn() {
            return (round++ & 1) == 0 ? saved.snapshot : again;
        }
    }

    /** An empty site. */
    @State(Scope.Thread)
    public static class EmptySite {
        SyntheticLibrary library;

        @Setup(Level.Trial)
        public void create() {
            library = SyntheticLibrary.create(Readiness.ready());
        }
    }

    /** An empty site, with the CPU caches flushed before every call (the control for {@link FullSite}). */
    @State(Scope.Thread)
    public static class ColdEmptySite {
        private final byte[] bigger = new byte[64 << 20];
        SyntheticLibrary library;
        int round;

        @Setup(Level.Trial)
        public void create() {
            library = SyntheticLibrary.create(Readiness.ready());
            for (int i = 0; i < 200_000; i++) {
                library.site.reset();
            }
        }

        @Setup(Level.Invocation)
        public void flushCaches() {
            round++;
            for (int i = 0; i < bigger.length; i += 64) {
                bigger[i] = (byte) round;
            }
        }
    }

    /**
     * The same call whatever the site holds; each call follows a restore, so caches are as cold as after a test.
     * Few 100,000-file samples fit (a restore takes long), hence the longer iterations.
     */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 10, time = 2)
    public void resetSite(FullSite full) {
        full.saved.library.site.reset();
    }

    /** Back to back on a site that is already empty: the warm-cache floor. */
    @Benchmark
    public void resetEmptySiteBackToBack(EmptySite empty) {
        empty.library.site.reset();
    }

    /** An empty site after the caches were flushed by a 64 MiB walk: how much of a cold figure is cache misses. */
    @Benchmark
    public void resetEmptySiteWithColdCaches(ColdEmptySite cold) {
        cold.library.site.reset();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SiteSnapshot snapshotOf100000Files(BigSite big) {
        return big.saved.library.site.snapshot();
    }

    /** The restore call itself: it installs the snapshot; the indexes are built on the site's next use. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void restoreSnapshotOf100000Files(BigSite big) {
        big.saved.library.site.restore(big.saved.snapshot);
    }

    /** Restore plus the first use that builds the 100,000 files' indexes: the whole cost of going back to a snapshot. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long restoreAndFirstUseOf100000Files(BigSite big) {
        big.saved.library.site.restore(big.saved.snapshot);
        return big.saved.library.site.storageUsed();
    }

    /**
     * As above, then a search by term: it builds the term index, which a restore leaves to the first search (or, the
     * same snapshot restored again, takes the one built from it before).
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object restoreAndFirstSearchOf100000Files(BigSite big) {
        big.saved.library.site.restore(big.saved.snapshot);
        big.saved.library.site.storageUsed();
        return big.saved.library.site.files().searchFiles(SearchFilesRequest.text(SyntheticLibrary.RARE_WORD));
    }

    /** As above, but each restore is of another snapshot than the last: the first search builds the term index. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object restoreAndFirstSearchOfAnotherSnapshotOf100000Files(BigSite big) {
        big.saved.library.site.restore(big.eachInTurn());
        big.saved.library.site.storageUsed();
        return big.saved.library.site.files().searchFiles(SearchFilesRequest.text(SyntheticLibrary.RARE_WORD));
    }
}
