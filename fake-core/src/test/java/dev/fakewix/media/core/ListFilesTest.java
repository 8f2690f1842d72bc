package dev.fakewix.media.core;

import static dev.fakewix.media.core.Fakes.ids;
import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListFilesTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();

    /** Imports files one second apart, so that their updated dates differ. */
    private List<FileDescriptor> importSpaced(String... names) {
        List<FileDescriptor> out = new ArrayList<>();
        for (String name : names) {
            fake.clock().advance(Duration.ofSeconds(1));
            out.add(Fakes.importImage(files, name));
        }
        return out;
    }

    private List<FileDescriptor> importSpaced(int count) {
        return importSpaced(IntStream.range(0, count)
                .mapToObj(i -> String.format("f%03d.jpg", i))
                .toArray(String[]::new));
    }

    private static List<String> reversedIds(List<FileDescriptor> files) {
        List<String> ids = new ArrayList<>(ids(files));
        Collections.reverse(ids);
        return ids;
    }

    @Nested
    class ListFiles {
        @Test
        void byDefaultListsTheMediaRootNewestFirstFiftyAPage() {
            List<FileDescriptor> all = importSpaced(60);
            Folder sub = fake.site().folders().createFolder("sub", null);
            Fakes.importInto(files, sub.id(), "elsewhere.jpg");

            FilePage first = files.listFiles(ListFilesRequest.all());

            assertThat(first.files()).hasSize(50);
            assertThat(first.paging().count()).isEqualTo(50);
            assertThat(first.paging().hasNext()).isTrue();
            assertThat(first.paging().nextCursor()).isNotEmpty();
            FilePage second = files.listFiles(ListFilesRequest.all()
                    .withPaging(CursorPaging.cursor(first.paging().nextCursor())));
            assertThat(second.files()).hasSize(10);
            assertThat(second.paging().hasNext()).isFalse();
            assertThat(second.paging().nextCursor()).isEmpty();
            List<FileDescriptor> both = new ArrayList<>(first.files());
            both.addAll(second.files());
            assertThat(ids(both)).isEqualTo(reversedIds(all));
        }

        @Test
        void aNullRequestIsTheDefaultRequest() {
            importSpaced("a.jpg", "b.jpg");

            assertThat(files.listFiles(ListFilesRequest.all())).isEqualTo(files.listFiles(ListFilesRequest.all()));
        }

        @Test
        void anEmptyFolderIsAnEmptyLastPage() {
            FilePage page = files.listFiles(ListFilesRequest.in("0123456789abcdef0123456789abcdef"));

            assertThat(page.files()).isEmpty();
            assertThat(page.paging().hasNext()).isFalse();
            assertThat(page.paging().nextCursor()).isEmpty();
        }

        @Test
        void theLimitIsAtMost100AndZeroMeansTheDefault() {
            importSpaced(101);

            assertThat(files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(100)))
                            .files())
                    .hasSize(100);
            assertThat(files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(1)))
                            .files())
                    .hasSize(1);
            assertThat(files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(0)))
                            .files())
                    .hasSize(50);
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(101))),
                    "paging.limit",
                    "MAX");
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(-1))),
                    "paging.limit",
                    "MIN");
            assertInvalid(
                    () -> files.listDeletedFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(101))),
                    "paging.limit",
                    "MAX");
            assertInvalid(
                    () -> files.searchFiles(SearchFilesRequest.all().withPaging(CursorPaging.limit(101))),
                    "paging.limit",
                    "MAX");
        }

        @Test
        void sortsByNameCaseInsensitively() {
            importSpaced("b.jpg", "C.jpg", "a.jpg", "D.jpg");

            assertThat(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("displayName", SortOrder.ASC)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("a.jpg", "b.jpg", "C.jpg", "D.jpg");
            assertThat(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("displayName", SortOrder.DESC)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("D.jpg", "C.jpg", "b.jpg", "a.jpg");
        }

        @Test
        void aSortFieldWithoutOrderIsAscending() {
            importSpaced("b.jpg", "a.jpg");

            assertThat(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("displayName", null)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("a.jpg", "b.jpg");
        }

        @Test
        void anOrderWithoutFieldOrdersTheUpdatedDate() {
            List<FileDescriptor> all = importSpaced("a.jpg", "b.jpg", "c.jpg");

            assertThat(ids(files.listFiles(ListFilesRequest.all().withSort(Sorting.by(null, SortOrder.ASC)))
                            .files()))
                    .isEqualTo(ids(all));
        }

        @Test
        void sortsBySizeAndUpdatedDate() {
            List<FileDescriptor> all = importSpaced(8);
            List<FileDescriptor> ready = files.getFileDescriptors(ids(all));

            assertThat(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("sizeInBytes", SortOrder.ASC)))
                            .files())
                    .extracting(FileDescriptor::sizeInBytes)
                    .isSorted()
                    .containsExactlyInAnyOrderElementsOf(
                            ready.stream().map(FileDescriptor::sizeInBytes).toList());
            assertThat(ids(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("updatedDate", SortOrder.ASC)))
                            .files()))
                    .isEqualTo(ids(all));
            assertThat(ids(files.listFiles(ListFilesRequest.all().withSort(Sorting.by("_updatedDate", SortOrder.DESC)))
                            .files()))
                    .isEqualTo(reversedIds(all));
        }

        @ParameterizedTest
        @ValueSource(strings = {"createdDate", "updateDate", "mediaType", "id"})
        void otherSortFieldsAreUnsupportedSortValue(String field) {
            MediaManagerException e = assertRule(
                    () -> files.listFiles(ListFilesRequest.all().withSort(Sorting.by(field, SortOrder.ASC))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE,
                    "sort.fieldName");

            assertThat(e.fieldViolations().get(0).data())
                    .containsEntry("requestValue", field)
                    .containsEntry("allowedValues", List.of("displayName", "sizeInBytes", "updatedDate"));
            assertRule(
                    () -> files.listDeletedFiles(ListFilesRequest.all().withSort(Sorting.by(field, null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE);
            assertRule(
                    () -> files.searchFiles(SearchFilesRequest.all().withSort(Sorting.by(field, null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE);
        }

        @Test
        void aSortFieldNameLongerThan512IsAnInvalidArgument() {
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all().withSort(Sorting.by("x".repeat(513), null))),
                    "sort.fieldName",
                    "MAX_LENGTH");
        }

        @Test
        void filtersByMediaTypeAndPrivacy() {
            FileDescriptor publicImage = Fakes.importImage(files, "a.jpg");
            FileDescriptor privateImage =
                    files.importFile(Fakes.importRequest("b.jpg").withPrivate(true));
            FileDescriptor video = Fakes.importImage(files, "c.mp4");

            assertThat(ids(files.listFiles(ListFilesRequest.all().withMediaTypes(MediaType.IMAGE))
                            .files()))
                    .containsExactlyInAnyOrder(publicImage.id(), privateImage.id());
            assertThat(ids(files.listFiles(ListFilesRequest.all().withMediaTypes(MediaType.IMAGE, MediaType.VIDEO))
                            .files()))
                    .hasSize(3);
            assertThat(ids(files.listFiles(ListFilesRequest.all().withPrivate(true))
                            .files()))
                    .containsExactly(privateImage.id());
            assertThat(ids(files.listFiles(ListFilesRequest.all().withPrivate(false))
                            .files()))
                    .containsExactlyInAnyOrder(publicImage.id(), video.id());
            assertThat(files.listFiles(ListFilesRequest.all().withPrivate(null)).files())
                    .hasSize(3);
        }

        @ParameterizedTest
        @EnumSource(
                value = MediaType.class,
                names = {"UNKNOWN", "OTHER", "ICON", "FLASH", "FONT", "RAW"})
        void aMediaTypeNoFileCanHaveIsUnsupportedMediaType(MediaType type) {
            MediaManagerException e = assertRule(
                    () -> files.listFiles(ListFilesRequest.all().withMediaTypes(MediaType.IMAGE, type)),
                    WixErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "mediaTypes");

            assertThat(e.fieldViolations().get(0).data()).containsEntry("requestValue", type.name());
            assertRule(
                    () -> files.listDeletedFiles(ListFilesRequest.all().withMediaTypes(type)),
                    WixErrorCode.UNSUPPORTED_MEDIA_TYPE);
            assertRule(
                    () -> files.searchFiles(SearchFilesRequest.all().withMediaTypes(type)),
                    WixErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }

        @Test
        void atMost30MediaTypes() {
            assertThat(files.listFiles(ListFilesRequest.all()
                                    .withMediaTypes(Collections.nCopies(30, MediaType.IMAGE)
                                            .toArray(MediaType[]::new)))
                            .files())
                    .isEmpty();
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all()
                            .withMediaTypes(
                                    Collections.nCopies(31, MediaType.IMAGE).toArray(MediaType[]::new))),
                    "mediaTypes",
                    "MAX_SIZE");
        }

        @Test
        void aFolderIdLongerThan100IsAnInvalidArgument() {
            assertInvalid(() -> files.listFiles(ListFilesRequest.in("f".repeat(101))), "parentFolderId", "MAX_LENGTH");
        }
    }

    @Nested
    class Cursors {
        @Test
        void laterPagesSendOnlyTheCursorAndKeepFilterAndSort() {
            for (int i = 0; i < 12; i++) {
                Fakes.importImage(files, "img" + (char) ('a' + i) + (i % 2 == 0 ? ".jpg" : ".mp4"));
            }

            List<FileDescriptor> all = Fakes.allFiles(
                    p -> files.listFiles(ListFilesRequest.all()
                            .withMediaTypes(MediaType.VIDEO)
                            .withSort(Sorting.by("displayName", SortOrder.DESC))
                            .withPaging(p)),
                    CursorPaging.limit(2));
            List<FileDescriptor> viaCursorOnly = new ArrayList<>();
            FilePage page = files.listFiles(ListFilesRequest.all()
                    .withMediaTypes(MediaType.VIDEO)
                    .withSort(Sorting.by("displayName", SortOrder.DESC))
                    .withPaging(CursorPaging.limit(2)));
            viaCursorOnly.addAll(page.files());
            while (page.paging().hasNext()) {
                page = files.listFiles(new ListFilesRequest(
                        null,
                        null,
                        null,
                        null,
                        CursorPaging.cursor(page.paging().nextCursor())));
                assertThat(page.files()).hasSizeLessThanOrEqualTo(2);
                viaCursorOnly.addAll(page.files());
            }

            assertThat(viaCursorOnly)
                    .hasSize(6)
                    .isEqualTo(all)
                    .allSatisfy(f -> assertThat(f.mediaType()).isEqualTo(MediaType.VIDEO))
                    .extracting(FileDescriptor::displayName)
                    .isSortedAccordingTo(Comparator.reverseOrder());
        }

        @Test
        void theCursorWinsOverAFilterSentAlongAndTheLimitMayChange() {
            importSpaced("a.jpg", "b.mp4", "c.jpg", "d.mp4", "e.jpg");
            FilePage first = files.listFiles(
                    ListFilesRequest.all().withMediaTypes(MediaType.IMAGE).withPaging(CursorPaging.limit(1)));

            FilePage rest = files.listFiles(ListFilesRequest.all()
                    .withMediaTypes(MediaType.VIDEO)
                    .withPaging(new CursorPaging(10, first.paging().nextCursor())));

            assertThat(rest.files())
                    .hasSize(2)
                    .allSatisfy(f -> assertThat(f.mediaType()).isEqualTo(MediaType.IMAGE));
        }

        @Test
        void aCursorOfAnotherMethodOrATamperedOneIsAnInvalidArgument() {
            importSpaced(3);
            String cursor = files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.limit(1)))
                    .paging()
                    .nextCursor();

            MediaManagerException e = assertInvalid(
                    () -> files.searchFiles(SearchFilesRequest.all().withPaging(CursorPaging.cursor(cursor))),
                    "paging.cursor");
            assertThat(e.getMessage()).contains("list files");
            assertInvalid(
                    () -> files.listDeletedFiles(ListFilesRequest.all().withPaging(CursorPaging.cursor(cursor))),
                    "paging.cursor");
            assertInvalid(
                    () -> fake.site()
                            .folders()
                            .listFolders(new ListFoldersRequest(null, null, CursorPaging.cursor(cursor))),
                    "paging.cursor");
            String tampered = (cursor.charAt(5) == 'A' ? "B" : "A");
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all()
                            .withPaging(CursorPaging.cursor(cursor.substring(0, 5) + tampered + cursor.substring(6)))),
                    "paging.cursor");
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.cursor("not a cursor!"))),
                    "paging.cursor");
            assertInvalid(
                    () -> files.listFiles(ListFilesRequest.all().withPaging(CursorPaging.cursor("c".repeat(16_001)))),
                    "paging.cursor",
                    "MAX_LENGTH");
        }

        @Test
        void noFileIsSkippedOrRepeatedWhenOthersAreInsertedOrDeletedBetweenPages() {
            List<FileDescriptor> original = new ArrayList<>();
            for (String name : List.of("b", "d", "f", "h", "j", "l", "n", "p")) {
                original.add(Fakes.importImage(files, name + ".jpg"));
            }
            ListFilesRequest byName = ListFilesRequest.all().withSort(Sorting.by("displayName", SortOrder.ASC));
            List<String> seen = new ArrayList<>();

            FilePage page = files.listFiles(byName.withPaging(CursorPaging.limit(3)));
            seen.addAll(ids(page.files()));
            for (String name : List.of("a", "c", "e", "g", "m", "z")) {
                Fakes.importImage(files, name + ".jpg");
            }
            files.bulkDeleteFiles(List.of(original.get(7).id()), false);
            while (page.paging().hasNext()) {
                page = files.listFiles(ListFilesRequest.all()
                        .withPaging(CursorPaging.cursor(page.paging().nextCursor())));
                seen.addAll(ids(page.files()));
            }

            assertThat(seen)
                    .doesNotHaveDuplicates()
                    .containsAll(ids(original.subList(0, 7)))
                    .doesNotContain(original.get(7).id());
            List<String> seenNames = files.getFileDescriptors(seen).stream()
                    .map(FileDescriptor::displayName)
                    .toList();
            assertThat(seenNames).isSorted().contains("g.jpg", "m.jpg", "z.jpg").doesNotContain("a.jpg");
        }
    }

    @Nested
    class SearchFiles {
        @Test
        void searchesNameMimeTypeAndLabelsAcrossAllFoldersCaseInsensitively() {
            Folder deep = fake.site()
                    .folders()
                    .createFolder(
                            "deep",
                            fake.site().folders().createFolder("top", null).id());
            FileDescriptor byName = files.importFile(ImportFileRequest.of("https://example.com/1.jpg")
                    .withDisplayName("Sunset Beach.jpg")
                    .withParentFolderId(deep.id()));
            FileDescriptor byLabel =
                    files.importFile(Fakes.importRequest("x.jpg").withLabels(List.of("SUNSET")));
            FileDescriptor byMime = Fakes.importImage(files, "talk.mp4");
            Fakes.importImage(files, "other.png");

            assertThat(ids(files.searchFiles(SearchFilesRequest.text("sunset")).files()))
                    .containsExactlyInAnyOrder(byName.id(), byLabel.id());
            assertThat(ids(files.searchFiles(SearchFilesRequest.text("video/mp4"))
                            .files()))
                    .containsExactly(byMime.id());
            assertThat(files.searchFiles(SearchFilesRequest.text("  ")).files()).hasSize(4);
            assertThat(files.searchFiles(SearchFilesRequest.all()).files()).hasSize(4);
        }

        @Test
        void theTrashRootSearchesTheTrashBinAndTheMediaRootDoesNot() {
            FileDescriptor trashed = Fakes.importImage(files, "old.jpg");
            FileDescriptor live = Fakes.importImage(files, "new.jpg");
            files.bulkDeleteFiles(List.of(trashed.id()), false);

            assertThat(ids(files.searchFiles(SearchFilesRequest.all()).files())).containsExactly(live.id());
            assertThat(ids(files.searchFiles(SearchFilesRequest.all().withRootFolder(RootFolder.TRASH_ROOT))
                            .files()))
                    .containsExactly(trashed.id());
        }

        @Test
        void theVisitorUploadsRootIsItsOwnTree() {
            FileDescriptor visitor = Fakes.importInto(files, "visitor-uploads", "upload.jpg");
            FileDescriptor site = Fakes.importImage(files, "site.jpg");

            assertThat(ids(files.searchFiles(SearchFilesRequest.all().withRootFolder(RootFolder.VISITOR_UPLOADS_ROOT))
                            .files()))
                    .containsExactly(visitor.id());
            assertThat(ids(files.searchFiles(SearchFilesRequest.all()).files())).containsExactly(site.id());
        }

        @Test
        void theSearchTextIsAtMost200() {
            assertThat(files.searchFiles(SearchFilesRequest.text("s".repeat(200)))
                            .files())
                    .isEmpty();
            assertInvalid(() -> files.searchFiles(SearchFilesRequest.text("s".repeat(201))), "search", "MAX_LENGTH");
        }

        @Test
        void laterPagesKeepTheSearch() {
            for (int i = 0; i < 7; i++) {
                Fakes.importImage(files, "cat" + i + ".jpg");
                Fakes.importImage(files, "dog" + i + ".jpg");
            }

            List<FileDescriptor> cats = Fakes.allFiles(
                    p -> files.searchFiles(SearchFilesRequest.text("cat").withPaging(p)), CursorPaging.limit(3));

            assertThat(cats)
                    .hasSize(7)
                    .allSatisfy(f -> assertThat(f.displayName()).startsWith("cat"));
        }
    }

    @Nested
    class QueryFileDescriptors {
        private FileDescriptor image;
        private FileDescriptor privateImage;
        private FileDescriptor video;

        @BeforeEach
        void someFilesInSeveralFolders() {
            Folder folder = fake.site().folders().createFolder("f", null);
            image = Fakes.importImage(files, "b.jpg");
            privateImage = files.importFile(ImportFileRequest.of("https://example.com/a.jpg")
                    .withPrivate(true)
                    .withParentFolderId(folder.id()));
            video = Fakes.importInto(files, folder.id(), "c.mp4");
        }

        private List<String> query(Map<String, Object> filter) {
            return ids(files.queryFileDescriptors(CursorQuery.filter(filter)).files());
        }

        @Test
        void anEmptyQueryReturnsEveryLiveFile() {
            Fakes.importImage(files, "trashed.jpg");
            files.bulkDeleteFiles(List.of(Fakes.importImage(files, "gone.jpg").id()), false);

            assertThat(ids(files.queryFileDescriptors(CursorQuery.all()).files()))
                    .hasSize(4);
            assertThat(ids(files.queryFileDescriptors(CursorQuery.all()).files()))
                    .hasSize(4);
        }

        @Test
        void acceptsBareValuesAndOperators() {
            assertThat(query(Map.of("mediaType", "IMAGE"))).containsExactlyInAnyOrder(image.id(), privateImage.id());
            assertThat(query(Map.of("mediaType", Map.of("$eq", "VIDEO")))).containsExactly(video.id());
            assertThat(query(Map.of("mediaType", Map.of("$ne", "VIDEO")))).hasSize(2);
            assertThat(query(Map.of("mediaType", Map.of("$in", List.of("VIDEO", "AUDIO")))))
                    .containsExactly(video.id());
            assertThat(query(Map.of("mediaType", Map.of("$nin", List.of("VIDEO")))))
                    .hasSize(2);
            assertThat(query(Map.of("private", true))).containsExactly(privateImage.id());
            assertThat(query(Map.of("private", Map.of("$eq", false))))
                    .containsExactlyInAnyOrder(image.id(), video.id());
            assertThat(query(Map.of("state", "OK"))).hasSize(3);
        }

        @Test
        void combinesConditions() {
            assertThat(query(Map.of("$and", List.of(Map.of("mediaType", "IMAGE"), Map.of("private", false)))))
                    .containsExactly(image.id());
            assertThat(query(Map.of("$or", List.of(Map.of("mediaType", "VIDEO"), Map.of("private", true)))))
                    .containsExactlyInAnyOrder(video.id(), privateImage.id());
            assertThat(query(Map.of("$not", Map.of("mediaType", "IMAGE")))).containsExactly(video.id());
            assertThat(query(Map.of("mediaType", "IMAGE", "private", true))).containsExactly(privateImage.id());
        }

        @Test
        void refusesWhatItCannotFilterNamingTheChoices() {
            MediaManagerException e = assertInvalid(() -> query(Map.of("colour", "red")), "query.filter.colour");
            assertThat(e.getMessage()).contains("mediaType");
            assertInvalid(() -> query(Map.of("displayName", "a.jpg")), "query.filter.displayName");
            assertInvalid(() -> query(Map.of("mediaType", "OTHER")), "query.filter.mediaType");
            assertInvalid(() -> query(Map.of("mediaType", Map.of("$gt", "IMAGE"))), "query.filter.mediaType");
            assertInvalid(() -> query(Map.of("mediaType", Map.of("$in", "IMAGE"))), "query.filter.mediaType");
            assertInvalid(() -> query(Map.of("$and", List.of())), "query.filter.$and");
        }

        @Test
        void sortsAscendingWhenTheOrderIsOmittedAndAtMostOnce() {
            assertThat(files.queryFileDescriptors(CursorQuery.all().withSort(Sorting.by("displayName", null)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("a.jpg", "b.jpg", "c.mp4");
            assertThat(files.queryFileDescriptors(CursorQuery.all().withSort(Sorting.by("displayName", SortOrder.DESC)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("c.mp4", "b.jpg", "a.jpg");
            assertInvalid(
                    () -> files.queryFileDescriptors(new CursorQuery(
                            null, null, List.of(Sorting.by("displayName", null), Sorting.by("sizeInBytes", null)))),
                    "query.sort",
                    "MAX_SIZE");
            assertRule(
                    () -> files.queryFileDescriptors(CursorQuery.all().withSort(Sorting.by("createdDate", null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE);
        }

        @Test
        void laterPagesPassOnlyTheCursor() {
            for (int i = 0; i < 9; i++) {
                Fakes.importImage(files, "more" + i + ".mp4");
            }
            List<String> seen = new ArrayList<>();
            FilePage page = files.queryFileDescriptors(CursorQuery.filter(Map.of("mediaType", "VIDEO"))
                    .withSort(Sorting.by("displayName", SortOrder.ASC))
                    .withPaging(CursorPaging.limit(4)));
            seen.addAll(ids(page.files()));
            while (page.paging().hasNext()) {
                page = files.queryFileDescriptors(CursorQuery.next(page.paging().nextCursor()));
                seen.addAll(ids(page.files()));
            }

            assertThat(seen).hasSize(10).doesNotHaveDuplicates();
            assertThat(files.getFileDescriptors(seen))
                    .extracting(FileDescriptor::displayName)
                    .isSorted();
            assertThat(new HashSet<>(seen)).contains(video.id());
            assertInvalid(
                    () -> files.queryFileDescriptors(CursorQuery.all().withPaging(CursorPaging.limit(101))),
                    "query.cursorPaging.limit",
                    "MAX");
        }
    }

    @Test
    void aMissingRequestIsRefusedWithTheOneWayToAskForEverything() {
        Files files = Fakes.fake().site().files();

        assertThatThrownBy(() -> files.listFiles(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ListFilesRequest.all()");
        assertThatThrownBy(() -> files.searchFiles(null)).hasMessageContaining("SearchFilesRequest.all()");
        assertThatThrownBy(() -> files.queryFileDescriptors(null)).hasMessageContaining("CursorQuery.all()");
        assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
    }
}
