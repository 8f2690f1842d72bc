package dev.fakewix.media.core;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Fakes with a fixed clock and seed, and small helpers to fill and drain them. */
final class Fakes {
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    /**
     * How long a test waits for what happens on another thread (a webhook, a worker) before it calls it a hang: long,
     * because the build shares 2 cores with others (a webhook takes milliseconds on a quiet machine, seconds under a
     * CPU hog); a wait ends as soon as its condition holds.
     */
    static final Duration HANG = Duration.ofMinutes(2);

    private Fakes() {}

    /** A fake frozen at {@link #T0}, seed 42, files READY on the next read. */
    static FakeMediaManager fake() {
        return builder().build();
    }

    static FakeMediaManager.Builder builder() {
        return FakeMediaManager.builder().seed(42).clock(VirtualClock.frozenAt(T0));
    }

    /** An import of {@code https://example.com/<name>} named {@code name}. */
    static ImportFileRequest importRequest(String name) {
        return ImportFileRequest.of("https://example.com/" + name).withDisplayName(name);
    }

    static FileDescriptor importImage(Files files, String name) {
        return files.importFile(
                ImportFileRequest.of("https://example.com/" + name).withDisplayName(name));
    }

    static FileDescriptor importInto(Files files, String folderId, String name) {
        return files.importFile(ImportFileRequest.of("https://example.com/" + name)
                .withDisplayName(name)
                .withParentFolderId(folderId));
    }

    /** Every page of a file listing, following {@code nextCursor} with a cursor-only request. */
    static List<List<FileDescriptor>> filePages(Function<CursorPaging, FilePage> call, CursorPaging first) {
        List<List<FileDescriptor>> pages = new ArrayList<>();
        FilePage page = call.apply(first);
        pages.add(page.files());
        int guard = 0;
        while (page.paging().hasNext()) {
            if (guard++ > 10_000) {
                throw new AssertionError("paging does not end");
            }
            page = call.apply(CursorPaging.cursor(page.paging().nextCursor()));
            pages.add(page.files());
        }
        return pages;
    }

    /** Every file of a listing, in order, across all pages. */
    static List<FileDescriptor> allFiles(Function<CursorPaging, FilePage> call, CursorPaging first) {
        return filePages(call, first).stream().flatMap(List::stream).toList();
    }

    /** Every folder of a listing, in order, across all pages. */
    static List<Folder> allFolders(Function<CursorPaging, FolderPage> call, CursorPaging first) {
        List<Folder> out = new ArrayList<>();
        FolderPage page = call.apply(first);
        out.addAll(page.folders());
        int guard = 0;
        while (page.paging().hasNext()) {
            if (guard++ > 10_000) {
                throw new AssertionError("paging does not end");
            }
            page = call.apply(CursorPaging.cursor(page.paging().nextCursor()));
            out.addAll(page.folders());
        }
        return out;
    }

    static List<String> ids(List<FileDescriptor> files) {
        return files.stream().map(FileDescriptor::id).toList();
    }

    static List<String> folderIds(List<Folder> folders) {
        return folders.stream().map(Folder::id).toList();
    }
}
