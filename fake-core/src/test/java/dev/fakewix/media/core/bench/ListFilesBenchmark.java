package dev.fakewix.media.core.bench;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
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
 * {@code listFiles}, pages of 50, from one folder of {@code folderSize} READY files on a site that also holds 100
 * other folders of 100 files. The first page, and a page in the middle of the folder (page {@code folderSize / 100},
 * reached by following {@code nextCursor} in the setup), for the default sort ({@code updatedDate} DESC) and for
 * {@code displayName} ASC. Target: at most 50 µs each, not growing with the folder beyond log n.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListFilesBenchmark {
    static final int PAGE = 50;

    @Param({"1000", "10000", "100000"})
    public int folderSize;

    private SyntheticLibrary library;
    private ListFilesRequest firstByUpdated;
    private ListFilesRequest firstByName;
    private ListFilesRequest middleByUpdated;
    private ListFilesRequest middleByName;

    @Setup(Level.Trial)
    public void fill() {
        library = SyntheticLibrary.create(Readiness.ready());
        library.importSpread(library.createFolders(100), 100, file -> {});
        String folder = library.createFolder("Catalogue");
        library.importFiles(folder, folderSize, file -> {});

        firstByUpdated = ListFilesRequest.in(folder).withPaging(CursorPaging.limit(PAGE));
        firstByName = firstByUpdated.withSort(Sorting.by("displayName", SortOrder.ASC));
        middleByUpdated = cursorRequest(middleCursor(firstByUpdated));
        middleByName = cursorRequest(middleCursor(firstByName));
    }

    /** Follows the cursor to page {@code pages / 2} (of {@code folderSize / 50}), e.g. page 1000 of 2000. */
    private String middleCursor(ListFilesRequest first) {
        int pages = folderSize / PAGE;
        FilePage page = library.site.files().listFiles(first);
        for (int i = 1; i < pages / 2; i++) {
            page = library.site.files().listFiles(cursorRequest(page.paging().nextCursor()));
        }
        if (!page.paging().hasNext() || page.files().size() != PAGE) {
            throw new IllegalStateException(
                    "expected a full page with a next page in the middle, got " + page.paging());
        }
        return page.paging().nextCursor();
    }

    private static ListFilesRequest cursorRequest(String cursor) {
        return ListFilesRequest.all().withPaging(CursorPaging.cursor(cursor));
    }

    @Benchmark
    public FilePage firstPageByUpdatedDateDesc() {
        return library.site.files().listFiles(firstByUpdated);
    }

    @Benchmark
    public FilePage firstPageByDisplayNameAsc() {
        return library.site.files().listFiles(firstByName);
    }

    @Benchmark
    public FilePage middlePageByUpdatedDateDesc() {
        return library.site.files().listFiles(middleByUpdated);
    }

    @Benchmark
    public FilePage middlePageByDisplayNameAsc() {
        return library.site.files().listFiles(middleByName);
    }
}
