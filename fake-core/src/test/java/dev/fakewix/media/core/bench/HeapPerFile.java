package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.OperationStatus;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import javax.management.ObjectName;

/**
 * Heap retained per stored file: fills one site with {@code N} imported files (default 1,000,000: one folder of
 * 100,000 and the rest spread over 100 folders), forces full collections, and prints the growth of the used heap
 * divided by {@code N}; once with the files READY (immediate readiness, then settled), once with them still PENDING
 * (manual readiness). Target: at most 1 KiB per READY file.
 *
 * <pre>{@code
 * mvn -B -pl fake-core -Pbench test-compile exec:exec@heap                     # 1,000,000 files, -Xmx4g
 * java -Xmx4g -cp <test class path> dev.fakewix.media.core.bench.HeapPerFile 200000
 * }</pre>
 *
 * <p>With the system property {@code heap.histogram=false} (through Maven:
 * {@code -Dheap.jvmArgs="-Xmx4g -Dheap.histogram=false"}) it skips the class histogram (the top classes of the live
 * heap, from the JVM's {@code GC.class_histogram} diagnostic command) that it prints after each fill.
 */
public final class HeapPerFile {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapPerFile() {}

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        boolean histogram = Boolean.parseBoolean(System.getProperty("heap.histogram", "true"));
        System.out.printf(
                Locale.ROOT,
                "JVM %s, max heap %d MiB, %d processors, %,d files per run%n",
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(),
                files);
        measure("READY", Readiness.ready(), OperationStatus.READY, files, histogram);
        measure("PENDING", Readiness.manual(), OperationStatus.PENDING, files, histogram);
    }

    private static void measure(
            String label, ReadinessPolicy readiness, OperationStatus expected, int files, boolean histogram)
            throws Exception {
        SyntheticLibrary library = SyntheticLibrary.create(readiness);
        List<String> folders = library.createFolders(100);
        int perFolder = (files - Math.min(100_000, files / 10)) / folders.size();
        int bigFolder = files - perFolder * folders.size();
        String catalogue = library.createFolder("Catalogue");
        long before = usedAfterFullGc();

        long start = System.nanoTime();
        library.importSpread(folders, perFolder, file -> {});
        library.importFiles(catalogue, bigFolder, file -> {});
        FaceAccess.get().settle(library.site);
        long millis = (System.nanoTime() - start) / 1_000_000;

        check(library, catalogue, expected);
        long after = usedAfterFullGc();
        long perFile = (after - before) / files;
        System.out.printf(
                Locale.ROOT,
                "%-7s %,d files imported in %,d ms (%,d files/s); used heap %,d -> %,d bytes: "
                        + "%,d bytes per file (%.2f KiB)%n",
                label,
                files,
                millis,
                millis == 0 ? 0 : files * 1000L / millis,
                before,
                after,
                perFile,
                perFile / 1024.0);
        if (histogram) {
            printHistogram(label, 25);
        }
        // keep the fake reachable until measured
        if (library.site.storageUsed() < 0) {
            System.out.println(System.identityHashCode(library.fake));
        }
    }

    private static void check(SyntheticLibrary library, String catalogue, OperationStatus expected) {
        var page = library.site.files().listFiles(ListFilesRequest.in(catalogue));
        if (page.files().isEmpty() || page.files().stream().anyMatch(f -> f.operationStatus() != expected)) {
            throw new IllegalStateException("expected " + expected + " files in the catalogue, got " + page.files());
        }
        int pending = library.site.lifecycle().pendingFileIds().size();
        if ((expected == OperationStatus.READY) != (pending == 0)) {
            throw new IllegalStateException(pending + " files are PENDING, expected them all " + expected);
        }
    }

    private static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used - 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    private static void printHistogram(String label, int lines) throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        System.out.println("Top of the live heap (" + label + "):");
        text.lines().limit(lines + 2L).forEach(line -> System.out.println("  " + line));
    }
}
