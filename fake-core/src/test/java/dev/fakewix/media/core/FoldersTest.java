package dev.fakewix.media.core;

import static dev.fakewix.media.core.Fakes.folderIds;
import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import dev.fakewix.media.core.model.State;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FoldersTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Folders folders = fake.site().folders();

    private List<Folder> createSpaced(String parentId, String... names) {
        List<Folder> out = new ArrayList<>();
        for (String name : names) {
            fake.clock().advance(Duration.ofSeconds(1));
            out.add(folders.createFolder(name, parentId));
        }
        return out;
    }

    @Nested
    class Create {
        @Test
        void aNewFolderIsOkUnderTheMediaRootByDefault() {
            Folder folder = folders.createFolder("Pets", null);

            assertThat(folder.displayName()).isEqualTo("Pets");
            assertThat(folder.parentFolderId()).isEqualTo("media-root");
            assertThat(folder.state()).isEqualTo(State.OK);
            assertThat(folder.createdDate()).isEqualTo(Fakes.T0).isEqualTo(folder.updatedDate());
            assertThat(folders.getFolder(folder.id())).isEqualTo(folder);
            assertThat(folders.createFolder("Also root", "").parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void namesAreRequiredAndAtMost1000AndMayRepeat() {
            assertThat(folders.createFolder("n".repeat(1000), null).displayName())
                    .hasSize(1000);
            assertInvalid(() -> folders.createFolder("n".repeat(1001), null), "displayName", "MAX_LENGTH");
            assertInvalid(() -> folders.createFolder(null, null), "displayName", "REQUIRED_FIELD");
            assertInvalid(() -> folders.createFolder("", null), "displayName", "REQUIRED_FIELD");
            assertThat(folders.createFolder("Twin", null).id())
                    .isNotEqualTo(folders.createFolder("Twin", null).id());
        }

        @Test
        void theParentMustBeALiveFolder() {
            Folder binned = folders.createFolder("Binned", null);
            folders.bulkDeleteFolders(List.of(binned.id()), false);

            assertRule(
                    () -> folders.createFolder("x", "0123456789abcdef0123456789abcdef"),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "parentFolderId");
            assertRule(() -> folders.createFolder("x", binned.id()), WixErrorCode.RESOURCE_NOT_FOUND, "parentFolderId");
            assertInvalid(() -> folders.createFolder("x", "trash-root"), "parentFolderId");
            assertInvalid(() -> folders.createFolder("x", "f".repeat(101)), "parentFolderId", "MAX_LENGTH");
            assertThat(folders.createFolder("x", "visitor-uploads").parentFolderId())
                    .isEqualTo("visitor-uploads");
        }
    }

    @Nested
    class Get {
        @Test
        void theRootsAreFolders() {
            assertThat(folders.getFolder("media-root").displayName()).isEqualTo("Site Files");
            assertThat(folders.getFolder("trash-root").state()).isEqualTo(State.OK);
            assertThat(folders.getFolder("visitor-uploads").id()).isEqualTo("visitor-uploads");
        }

        @Test
        void anUnknownFolderIsResourceNotFound() {
            assertRule(
                    () -> folders.getFolder("0123456789abcdef0123456789abcdef"),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "folderId");
            assertInvalid(() -> folders.getFolder(null), "folderId", "REQUIRED_FIELD");
            assertInvalid(() -> folders.getFolder("f".repeat(101)), "folderId", "MAX_LENGTH");
        }
    }

    @Nested
    class ListFolders {
        @Test
        void listsTheDirectChildrenNewestFirst() {
            List<Folder> top = createSpaced(null, "a", "b", "c");
            createSpaced(top.get(0).id(), "nested");

            assertThat(folderIds(folders.listFolders(ListFoldersRequest.all()).folders()))
                    .containsExactly(
                            top.get(2).id(), top.get(1).id(), top.get(0).id());
            assertThat(folders.listFolders(ListFoldersRequest.all()))
                    .isEqualTo(folders.listFolders(ListFoldersRequest.in("media-root")));
            assertThat(folders.listFolders(ListFoldersRequest.in(top.get(0).id()))
                            .folders())
                    .extracting(Folder::displayName)
                    .containsExactly("nested");
        }

        @Test
        void sortsByNameOrUpdatedDateOnly() {
            createSpaced(null, "b", "C", "a");

            assertThat(folders.listFolders(ListFoldersRequest.all().withSort(Sorting.by("displayName", SortOrder.ASC)))
                            .folders())
                    .extracting(Folder::displayName)
                    .containsExactly("a", "b", "C");
            assertThat(folders.listFolders(ListFoldersRequest.all().withSort(Sorting.by("updatedDate", SortOrder.ASC)))
                            .folders())
                    .extracting(Folder::displayName)
                    .containsExactly("b", "C", "a");
            assertRule(
                    () -> folders.listFolders(ListFoldersRequest.all().withSort(Sorting.by("sizeInBytes", null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE,
                    "sort.fieldName");
            assertRule(
                    () -> folders.listDeletedFolders(
                            ListFoldersRequest.all().withSort(Sorting.by("createdDate", null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE);
        }

        @Test
        void pagesWithCursorsThatKeepTheSort() {
            createSpaced(null, "e", "b", "d", "a", "c");

            List<Folder> all = Fakes.allFolders(
                    p -> folders.listFolders(ListFoldersRequest.all()
                            .withSort(Sorting.by("displayName", SortOrder.DESC))
                            .withPaging(p)),
                    CursorPaging.limit(2));
            FolderPage first = folders.listFolders(ListFoldersRequest.all().withPaging(CursorPaging.limit(2)));

            assertThat(all).extracting(Folder::displayName).containsExactly("e", "d", "c", "b", "a");
            assertThat(first.paging().hasNext()).isTrue();
            assertInvalid(
                    () -> folders.listFolders(ListFoldersRequest.all().withPaging(CursorPaging.limit(101))),
                    "paging.limit",
                    "MAX");
            assertInvalid(
                    () -> folders.listDeletedFolders(ListFoldersRequest.all().withPaging(CursorPaging.limit(101))),
                    "paging.limit",
                    "MAX");
            assertInvalid(
                    () -> folders.listFolders(ListFoldersRequest.in("f".repeat(101))), "parentFolderId", "MAX_LENGTH");
            assertThat(folders.listFolders(ListFoldersRequest.all().withPaging(CursorPaging.limit(100)))
                            .folders())
                    .hasSize(5);
            assertInvalid(
                    () -> folders.searchFolders(SearchFoldersRequest.all()
                            .withPaging(CursorPaging.cursor(first.paging().nextCursor()))),
                    "paging.cursor");
        }
    }

    @Nested
    class SearchFolders {
        @Test
        void searchesNamesAcrossTheWholeTree() {
            Folder pets = folders.createFolder("My Pets", null);
            Folder cats = folders.createFolder("pet cats", pets.id());
            folders.createFolder("Work", null);

            assertThat(folderIds(folders.searchFolders(SearchFoldersRequest.text("PET"))
                            .folders()))
                    .containsExactlyInAnyOrder(pets.id(), cats.id());
            assertThat(folders.searchFolders(SearchFoldersRequest.all()).folders())
                    .hasSize(3);
            assertInvalid(
                    () -> folders.searchFolders(SearchFoldersRequest.text("s".repeat(201))), "search", "MAX_LENGTH");
        }

        @Test
        void eachRootIsItsOwnTree() {
            Folder visitors = folders.createFolder("uploads of visitors", "visitor-uploads");
            Folder site = folders.createFolder("site", null);

            assertThat(folderIds(folders.searchFolders(
                                    SearchFoldersRequest.all().withRootFolder(RootFolder.VISITOR_UPLOADS_ROOT))
                            .folders()))
                    .containsExactly(visitors.id());
            assertThat(folderIds(
                            folders.searchFolders(SearchFoldersRequest.all()).folders()))
                    .containsExactly(site.id());
        }
    }

    @Nested
    class QueryFolders {
        @Test
        void filtersByStateAndSorts() {
            createSpaced(null, "b", "a");
            Folder nested =
                    folders.createFolder("c", folders.createFolder("d", null).id());

            assertThat(folders.queryFolders(
                                    CursorQuery.filter(Map.of("state", "OK")).withSort(Sorting.by("displayName", null)))
                            .folders())
                    .extracting(Folder::displayName)
                    .containsExactly("a", "b", "c", "d");
            assertThat(folders.queryFolders(CursorQuery.filter(Map.of("state", Map.of("$eq", "DELETED"))))
                            .folders())
                    .isEmpty();
            assertThat(folderIds(folders.queryFolders(CursorQuery.all()).folders()))
                    .contains(nested.id())
                    .hasSize(4);
            assertInvalid(
                    () -> folders.queryFolders(CursorQuery.filter(Map.of("mediaType", "IMAGE"))),
                    "query.filter.mediaType");
            assertRule(
                    () -> folders.queryFolders(CursorQuery.all().withSort(Sorting.by("sizeInBytes", null))),
                    WixErrorCode.UNSUPPORTED_SORT_VALUE);
        }

        @Test
        void laterPagesPassOnlyTheCursor() {
            createSpaced(null, "e", "b", "d", "a", "c");

            List<Folder> all = Fakes.allFolders(
                    p -> folders.queryFolders(CursorQuery.all()
                            .withSort(Sorting.by("displayName", SortOrder.ASC))
                            .withPaging(p)),
                    CursorPaging.limit(2));
            FolderPage first = folders.queryFolders(CursorQuery.all()
                    .withSort(Sorting.by("displayName", SortOrder.ASC))
                    .withPaging(CursorPaging.limit(2)));
            FolderPage second =
                    folders.queryFolders(CursorQuery.next(first.paging().nextCursor()));

            assertThat(all).extracting(Folder::displayName).containsExactly("a", "b", "c", "d", "e");
            assertThat(second.folders()).extracting(Folder::displayName).containsExactly("c", "d");
        }
    }
}
