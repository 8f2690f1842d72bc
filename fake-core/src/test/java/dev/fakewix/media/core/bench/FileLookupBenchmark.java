package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.model.FileDescriptor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code getFileDescriptor} on a site of 100,000 READY files (100 folders of 1,000), by id and by Wix media URL.
 * Target: median at most 1 µs. Each call asks for a different file (65,536 ids in random order), so the figure is
 * not that of one hot cache line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FileLookupBenchmark {
    static final int FILES = 100_000;
    private static final int MASK = 0xFFFF;

    private SyntheticLibrary library;
    private final String[] ids = new String[MASK + 1];
    private final String[] urls = new String[MASK + 1];
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        library = SyntheticLibrary.create(Readiness.ready());
        List<String> folders = library.createFolders(100);
        List<FileDescriptor> files = new ArrayList<>(FILES);
        library.importSpread(folders, FILES / folders.size(), files::add);
        Collections.shuffle(files, new Random(7));
        for (int i = 0; i <= MASK; i++) {
            FileDescriptor file = files.get(i);
            ids[i] = file.id();
            urls[i] = SyntheticLibrary.wixMediaUrl(library.site.files().getFileDescriptor(file.id()));
        }
    }

    @Benchmark
    public FileDescriptor getFileDescriptorById() {
        return library.site.files().getFileDescriptor(ids[next++ & MASK]);
    }

    @Benchmark
    public FileDescriptor getFileDescriptorByWixMediaUrl() {
        return library.site.files().getFileDescriptor(urls[next++ & MASK]);
    }
}
