package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.GuessMet;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What plain Java calls rely on: each call records, in its site's tally, the guesses of the ledger its answer met, on
 * the path where they shaped it (a default used because the request gave none, a refusal no page describes), and
 * nothing where the request itself decided. Off unless a face turns it on.
 */
class RelianceTest {
    private static final FaceAccess CORE = FaceAccess.get();

    private static FakeMediaManager recordingFake() {
        FakeMediaManager fake = Fakes.fake();
        CORE.recordReliance(fake);
        return fake;
    }

    private static Map<Guess, GuessMet> relied(MediaSite site) {
        Map<Guess, GuessMet> out = new java.util.LinkedHashMap<>();
        CORE.reliance(site).snapshot().forEach(m -> out.put(m.guess(), m));
        return out;
    }

    /** One call on a fresh site, and the guesses it met (what the site's tally gained). */
    private static java.util.Set<Guess> met(Consumer<MediaSite> setUp, Consumer<MediaSite> call) {
        MediaSite site = recordingFake().site();
        setUp.accept(site);
        Map<Guess, GuessMet> before = relied(site);
        try {
            call.accept(site);
        } catch (MediaManagerException refused) {
            // a refusal relies on guesses too
        }
        java.util.Set<Guess> gained = java.util.EnumSet.noneOf(Guess.class);
        relied(site).forEach((g, m) -> {
            GuessMet earlier = before.get(g);
            if (earlier == null || earlier.requests() < m.requests()) {
                gained.add(g);
            }
        });
        return gained;
    }

    static Stream<Arguments> callsAndWhatTheyRelyOn() {
        Consumer<MediaSite> empty = site -> {};
        Consumer<MediaSite> oneImage = site -> Fakes.importImage(site.files(), "cat.jpg");
        return Stream.of(
                // paging: the default page size only when the request gives no limit
                Arguments.of(
                        "listFiles without a limit",
                        empty,
                        (Consumer<MediaSite>) site -> site.files().listFiles(ListFilesRequest.all()),
                        List.of(Guess.DEFAULT_PAGE_SIZE),
                        List.of(Guess.CURSOR_CARRIES_QUERY, Guess.SORT_DEFAULTS)),
                Arguments.of(
                        "listFiles with a limit",
                        empty,
                        (Consumer<MediaSite>) site ->
                                site.files().listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(10))),
                        List.of(),
                        List.of(Guess.DEFAULT_PAGE_SIZE)),
                Arguments.of(
                        "a sort with a field and no order",
                        empty,
                        (Consumer<MediaSite>) site -> site.files()
                                .listFiles(ListFilesRequest.all()
                                        .withPaging(CursorPaging.limit(10))
                                        .withSort(new Sorting("displayName", null))),
                        List.of(Guess.SORT_DEFAULTS, Guess.SORT_TIE_BREAKS),
                        List.of(Guess.DEFAULT_PAGE_SIZE)),
                Arguments.of(
                        "a sort with field and order",
                        empty,
                        (Consumer<MediaSite>) site -> site.files()
                                .listFiles(ListFilesRequest.all()
                                        .withPaging(CursorPaging.limit(10))
                                        .withSort(new Sorting("updatedDate", SortOrder.ASC))),
                        List.of(),
                        List.of(Guess.SORT_DEFAULTS, Guess.SORT_TIE_BREAKS)),
                Arguments.of(
                        "listing a folder that does not exist",
                        empty,
                        (Consumer<MediaSite>) site -> site.files().listFiles(ListFilesRequest.in("nope")),
                        List.of(Guess.MISSING_FOLDER_LISTS_EMPTY),
                        List.of(Guess.TRASHED_FOLDER_LISTS_EMPTY)),
                Arguments.of(
                        "search text",
                        oneImage,
                        (Consumer<MediaSite>) site -> site.files().searchFiles(SearchFilesRequest.text("cat")),
                        List.of(Guess.SEARCH_TEXT_MATCH, Guess.SEARCH_ROOTS),
                        List.of()),
                // imports: a type told by the extension, a name without one, the default readiness
                Arguments.of(
                        "an import whose type the extension tells",
                        empty,
                        (Consumer<MediaSite>)
                                site -> site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg")),
                        List.of(
                                Guess.FORMAT_MIME_TYPES,
                                Guess.DEFAULT_READINESS_IMMEDIATE,
                                Guess.IMPORTS_NEVER_FETCHED),
                        List.of(Guess.DISPLAY_NAME_EXTENSION_APPENDED)),
                Arguments.of(
                        "an import naming its MIME type and a name without extension",
                        empty,
                        (Consumer<MediaSite>) site -> site.files()
                                .importFile(ImportFileRequest.of("https://example.com/x")
                                        .withMimeType("image/jpeg")
                                        .withDisplayName("image1")),
                        List.of(Guess.DISPLAY_NAME_EXTENSION_APPENDED),
                        List.of(Guess.FORMAT_MIME_TYPES)),
                Arguments.of(
                        "an import of unknown type",
                        empty,
                        (Consumer<MediaSite>) site ->
                                site.files().importFile(ImportFileRequest.of("https://example.com/noextension")),
                        List.of(Guess.IMPORT_TYPE_UNKNOWN_REFUSED),
                        List.of(Guess.DEFAULT_READINESS_IMMEDIATE)),
                Arguments.of(
                        "a font import",
                        empty,
                        (Consumer<MediaSite>) site ->
                                site.files().importFile(ImportFileRequest.of("https://example.com/brand.woff2")),
                        List.of(Guess.FONT_FILES),
                        List.of()),
                Arguments.of(
                        "a Lottie import",
                        empty,
                        (Consumer<MediaSite>)
                                site -> site.files().importFile(ImportFileRequest.of("https://example.com/anim.json")),
                        List.of(Guess.LOTTIE_JSON_DOCUMENT),
                        List.of(Guess.FONT_FILES)),
                // errors
                Arguments.of(
                        "two violations at once",
                        empty,
                        (Consumer<MediaSite>) site -> site.files()
                                .listFiles(
                                        ListFilesRequest.all().withPaging(new CursorPaging(1001, "x".repeat(20_000)))),
                        List.of(Guess.VIOLATION_VOCABULARY, Guess.ALL_VIOLATIONS_AT_ONCE),
                        List.of()),
                Arguments.of(
                        "an unknown folder",
                        empty,
                        (Consumer<MediaSite>) site -> site.folders().getFolder("nope"),
                        List.of(Guess.UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND),
                        List.of(Guess.ROOT_FOLDER_NAMES)),
                Arguments.of(
                        "a root folder",
                        empty,
                        (Consumer<MediaSite>) site -> site.folders().getFolder("media-root"),
                        List.of(Guess.ROOT_FOLDER_NAMES),
                        List.of(Guess.UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND)),
                // trash
                Arguments.of(
                        "restoring a file whose folder is gone",
                        (Consumer<MediaSite>) site -> {
                            Folder f = site.folders().createFolder("gone", null);
                            String id = Fakes.importInto(site.files(), f.id(), "a.jpg")
                                    .id();
                            site.files().bulkDeleteFiles(List.of(id), false);
                            site.folders().bulkDeleteFolders(List.of(f.id()), true);
                        },
                        (Consumer<MediaSite>) site -> site.files()
                                .bulkRestoreFilesFromTrashBin(List.of(site.files()
                                        .listDeletedFiles(ListFilesRequest.all())
                                        .files()
                                        .get(0)
                                        .id())),
                        List.of(Guess.RESTORE_TO_MEDIA_ROOT),
                        List.of(Guess.BULK_DELETE_RESTORE_ALL_OR_NOTHING)),
                Arguments.of(
                        "deleting an unknown id among others",
                        oneImage,
                        (Consumer<MediaSite>) site -> site.files()
                                .bulkDeleteFiles(
                                        List.of(
                                                site.files()
                                                        .listFiles(ListFilesRequest.all())
                                                        .files()
                                                        .get(0)
                                                        .id(),
                                                "nope"),
                                        false),
                        List.of(Guess.BULK_DELETE_RESTORE_ALL_OR_NOTHING),
                        List.of()),
                // updates
                Arguments.of(
                        "an update",
                        oneImage,
                        (Consumer<MediaSite>) site -> site.files()
                                .updateFileDescriptor(FileUpdate.of(site.files()
                                                .listFiles(ListFilesRequest.all())
                                                .files()
                                                .get(0)
                                                .id())
                                        .withDisplayName("b")),
                        List.of(Guess.UPDATE_SETS_UPDATED_DATE),
                        List.of(Guess.FIELD_MASK_SEMANTICS)),
                Arguments.of(
                        "an update with a field mask naming private",
                        oneImage,
                        (Consumer<MediaSite>) site -> site.files()
                                .updateFileDescriptor(
                                        FileUpdate.of(site.files()
                                                        .listFiles(ListFilesRequest.all())
                                                        .files()
                                                        .get(0)
                                                        .id())
                                                .withDisplayName("b"),
                                        List.of("displayName", "private")),
                        List.of(Guess.FIELD_MASK_SEMANTICS, Guess.PRIVATE_FIXED_AT_CREATION),
                        List.of()),
                // media types in answers
                Arguments.of(
                        "an audio file",
                        empty,
                        (Consumer<MediaSite>)
                                site -> site.files().importFile(ImportFileRequest.of("https://example.com/song.mp3")),
                        List.of(Guess.AUDIO_AND_3D_IDS_AND_URLS),
                        List.of(Guess.PRIVATE_THUMBNAILS)),
                Arguments.of(
                        "a private image",
                        empty,
                        (Consumer<MediaSite>) site -> site.files()
                                .importFile(ImportFileRequest.of("https://example.com/cat.jpg")
                                        .withPrivate(true)),
                        List.of(Guess.PRIVATE_THUMBNAILS),
                        List.of(Guess.AUDIO_AND_3D_IDS_AND_URLS)),
                Arguments.of(
                        "a streaming URL of an image",
                        oneImage,
                        (Consumer<MediaSite>) site -> site.files()
                                .generateVideoStreamingUrl(
                                        new dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest(
                                                site.files()
                                                        .listFiles(ListFilesRequest.all())
                                                        .files()
                                                        .get(0)
                                                        .id(),
                                                null,
                                                null)),
                        List.of(Guess.STREAMING_URL_FOR_VIDEOS),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsAndWhatTheyRelyOn")
    void aCallRecordsTheGuessesItsAnswerMetAndNoOthers(
            String what,
            Consumer<MediaSite> setUp,
            Consumer<MediaSite> call,
            List<Guess> relied,
            List<Guess> notRelied) {
        java.util.Set<Guess> met = met(setUp, call);

        assertThat(met).as("%s relies on", what).containsAll(relied);
        assertThat(notRelied).as("%s does not rely on", what).noneMatch(met::contains);
    }

    @Test
    void eachRequestCountsOncePerGuessUnderItsOperation() {
        FakeMediaManager fake = recordingFake();
        MediaSite site = fake.site();

        site.files().listFiles(ListFilesRequest.all());
        site.files().listFiles(ListFilesRequest.all());
        site.files().searchFiles(SearchFilesRequest.all());
        site.files().listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(5)));

        GuessMet pageSize = relied(site).get(Guess.DEFAULT_PAGE_SIZE);
        assertThat(pageSize.requests()).isEqualTo(3);
        assertThat(pageSize.operations()).containsExactly(Map.entry("listFiles", 2), Map.entry("searchFiles", 1));
    }

    @Test
    void aCallInsideAnotherCountsAsPartOfIt() {
        MediaSite site = recordingFake().site();
        Folder folder = site.folders().createFolder("a", null);

        site.folders().updateFolder(new dev.fakewix.media.core.model.FolderUpdate(folder.id(), "b", null));

        assertThat(relied(site).get(Guess.UPDATE_SETS_UPDATED_DATE).operations())
                .as("updateFolder(update) calls updateFolder(update, mask): one request")
                .containsExactly(Map.entry("updateFolder", 1));
    }

    @Test
    void sitesCountApartAndTheTallyOutlivesAReset() {
        FakeMediaManager fake = recordingFake();
        fake.site("site-a").files().listFiles(ListFilesRequest.all());
        fake.site("site-a").reset();

        assertThat(relied(fake.site("site-a"))).containsKey(Guess.DEFAULT_PAGE_SIZE);
        assertThat(relied(fake.site("site-b"))).isEmpty();
    }

    @Test
    void aFakeNobodyAsksAboutRecordsNothing() {
        FakeMediaManager fake = Fakes.fake();

        fake.site().files().listFiles(ListFilesRequest.all());

        assertThat(CORE.reliance(fake.site()).snapshot()).isEmpty();
    }

    @Test
    @SuppressWarnings("try") // the listener is held by being open: the body never needs to name it
    void eventsAreReliedOnOnlyWhenSomeoneReceivesThem() throws Exception {
        MediaSite quiet = recordingFake().site();
        Fakes.importImage(quiet.files(), "a.jpg");
        assertThat(relied(quiet)).doesNotContainKey(Guess.EVENT_IDS_DETERMINISTIC);

        FakeMediaManager fake = recordingFake();
        try (AutoCloseable listening = fake.onEvent(e -> {})) {
            Fakes.importImage(fake.site().files(), "a.jpg");
            fake.site().files().listFiles(ListFilesRequest.all()); // the file turns READY: File Ready
        }
        assertThat(relied(fake.site())).containsKeys(Guess.EVENT_IDS_DETERMINISTIC, Guess.EVENT_DELIVERY_THREADS);
    }

    @Test
    void concurrentRequestsOfOneSiteAreAllCounted() {
        MediaSite site = recordingFake().site();
        int threads = 8;
        int calls = 200;

        CompletableFuture<?>[] running = new CompletableFuture<?>[threads];
        for (int t = 0; t < threads; t++) {
            running[t] = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < calls; i++) {
                    site.files().listFiles(ListFilesRequest.all().withMediaTypes(MediaType.IMAGE));
                }
            });
        }
        CompletableFuture.allOf(running).join();

        assertThat(relied(site).get(Guess.DEFAULT_PAGE_SIZE).requests()).isEqualTo(threads * calls);
    }

    @Test
    void outsideARecordedRequestNotingAGuessDoesNothing() {
        Reliance.met(Guess.DEFAULT_PAGE_SIZE);

        Reliance.Frame frame = Reliance.open(null, "x");
        assertThat(frame.guesses())
                .as("nothing leaked in from before the request")
                .isEmpty();
        Reliance.met(Guess.SORT_DEFAULTS);
        Reliance.met(Guess.SORT_DEFAULTS);
        assertThat(Reliance.open(null, "y"))
                .as("one record per thread at a time")
                .isNull();
        Reliance.close(frame);

        assertThat(frame.guesses()).containsExactly(Guess.SORT_DEFAULTS);
        Reliance.Frame next = Reliance.open(null, "z");
        assertThat(next.guesses()).isEmpty();
        Reliance.close(next);
    }

    /**
     * The cost on the hot path, where nothing records: {@code Reliance.met} reads a thread-local and allocates
     * nothing. An allocation count, not a timing, so it holds on a loaded machine.
     */
    @Test
    void notingAGuessWhereNothingRecordsAllocatesNothing() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) { // warm up: the thread-local's first lookup makes its entry
            Reliance.met(Guess.DEFAULT_PAGE_SIZE);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1_000_000; i++) {
            Reliance.met(Guess.DEFAULT_PAGE_SIZE);
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;

        assertThat(allocated)
                .as("bytes allocated by a million Reliance.met calls outside a request")
                .isLessThan(1024);
    }

    @Test
    void aRecordedRequestAllocatesOnlyItsRecord() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        dev.fakewix.media.core.internal.fidelity.RelianceTally tally =
                new dev.fakewix.media.core.internal.fidelity.RelianceTally();
        for (int i = 0; i < 20_000; i++) {
            Reliance.Frame f = Reliance.open(tally, "listFiles");
            Reliance.met(Guess.DEFAULT_PAGE_SIZE);
            Reliance.close(f);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 10_000; i++) {
            Reliance.Frame f = Reliance.open(tally, "listFiles");
            Reliance.met(Guess.DEFAULT_PAGE_SIZE);
            Reliance.met(Guess.SORT_DEFAULTS);
            Reliance.close(f);
        }
        long perRequest = (threads.getThreadAllocatedBytes(id) - before) / 10_000;

        assertThat(perRequest)
                .as("bytes per recorded request: its frame and its bit set")
                .isLessThan(160);
        assertThat(tally.snapshot()).extracting(GuessMet::requests).containsExactly(30_000, 10_000);
    }

    @Test
    void clearForgetsWhatWasCounted() {
        MediaSite site = recordingFake().site();
        site.files().listFiles(ListFilesRequest.all());
        assertThat(CORE.reliance(site).snapshot()).isNotEmpty();

        CORE.reliance(site).clear();

        assertThat(CORE.reliance(site).snapshot()).isEmpty();
    }
}
