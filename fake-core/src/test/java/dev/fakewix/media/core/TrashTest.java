package dev.fakewix.media.core;

import static dev.fakewix.media.core.Fakes.folderIds;
import static dev.fakewix.media.core.Fakes.ids;
import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import dev.fakewix.media.core.model.SortOrder;
import dev.fakewix.media.core.model.Sorting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrashTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();
    private final Folders folders = fake.site().folders();

    private List<String> live(String folderId) {
        return ids(files.listFiles(ListFilesRequest.in(folderId)).files());
    }

    private List<String> trashed() {
        return ids(files.listDeletedFiles(ListFilesRequest.all()).files());
    }

    private String parentOf(FileDescriptor file) {
        return files.getFileDescriptor(file.id()).parentFolderId();
    }

    @Nested
    class Files_ {
        private final Folder pets = folders.createFolder("Pets", null);
        private final FileDescriptor cat = Fakes.importInto(files, pets.id(), "cat.jpg");
        private final FileDescriptor logo = Fakes.importImage(files, "logo.png");

        @Test
        void deletingMovesToTheTrashRootAndRestoringReturnsToTheFolderItCameFrom() {
            files.bulkDeleteFiles(List.of(cat.id(), logo.id()), false);

            assertThat(parentOf(cat)).isEqualTo("trash-root");
            assertThat(live(pets.id())).isEmpty();
            assertThat(live("media-root")).isEmpty();
            assertThat(trashed()).containsExactlyInAnyOrder(cat.id(), logo.id());

            files.bulkRestoreFilesFromTrashBin(List.of(cat.id(), logo.id()));

            assertThat(parentOf(cat)).isEqualTo(pets.id());
            assertThat(parentOf(logo)).isEqualTo("media-root");
            assertThat(live(pets.id())).containsExactly(cat.id());
            assertThat(trashed()).isEmpty();
        }

        @Test
        void deletingATrashedFileIsNotAnErrorAndKeepsWhereItCameFrom() {
            files.bulkDeleteFiles(List.of(cat.id()), false);
            files.bulkDeleteFiles(List.of(cat.id(), cat.id()), false);
            files.bulkRestoreFilesFromTrashBin(List.of(cat.id()));

            assertThat(parentOf(cat)).isEqualTo(pets.id());
        }

        @Test
        void restoringALiveFileIsNotAnError() {
            files.bulkRestoreFilesFromTrashBin(List.of(cat.id()));

            assertThat(parentOf(cat)).isEqualTo(pets.id());
        }

        @Test
        void aPermanentDeleteRemovesTheFileForGoodAndFreesItsStorage() {
            long logoSize = files.getFileDescriptor(logo.id()).sizeInBytes();
            long before = fake.site().storageUsed();

            files.bulkDeleteFiles(List.of(logo.id()), true);

            assertRule(() -> files.getFileDescriptor(logo.id()), WixErrorCode.RESOURCE_NOT_FOUND);
            assertThat(trashed()).isEmpty();
            assertThat(fake.site().storageUsed()).isEqualTo(before - logoSize);
            assertRule(() -> files.bulkRestoreFilesFromTrashBin(List.of(logo.id())), WixErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void aTrashedFileCanBeDeletedForGood() {
            files.bulkDeleteFiles(List.of(logo.id()), false);
            files.bulkDeleteFiles(List.of(logo.id()), true);

            assertThat(trashed()).isEmpty();
            assertRule(() -> files.getFileDescriptor(logo.id()), WixErrorCode.RESOURCE_NOT_FOUND);
        }

        @Test
        void trashedFilesStillCountAgainstStorage() {
            long before = fake.site().storageUsed();

            files.bulkDeleteFiles(List.of(logo.id(), cat.id()), false);

            assertThat(fake.site().storageUsed()).isEqualTo(before).isPositive();
        }

        @Test
        void anUnknownIdFailsTheWholeCallAndChangesNothing() {
            assertRule(
                    () -> files.bulkDeleteFiles(List.of(cat.id(), "nope"), false),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "fileIds[1]");

            assertThat(parentOf(cat)).isEqualTo(pets.id());
        }

        @Test
        void takesUpToAThousandIdsAndNoneIsFine() {
            files.bulkDeleteFiles(List.of(), false);
            files.bulkDeleteFiles(null, false);
            files.bulkRestoreFilesFromTrashBin(List.of());

            files.bulkDeleteFiles(Collections.nCopies(1000, cat.id()), false);
            assertInvalid(
                    () -> files.bulkDeleteFiles(Collections.nCopies(1001, cat.id()), false), "fileIds", "MAX_SIZE");
            assertInvalid(
                    () -> files.bulkRestoreFilesFromTrashBin(Collections.nCopies(1001, cat.id())),
                    "fileIds",
                    "MAX_SIZE");
            assertInvalid(() -> files.bulkDeleteFiles(List.of("f".repeat(1001)), false), "fileIds[0]", "MAX_LENGTH");
        }

        @Test
        void aFileWhoseFolderWasDeletedMeanwhileIsRestoredToTheMediaRoot() {
            Folder gone = folders.createFolder("Gone", null);
            Folder binned = folders.createFolder("Binned", null);
            FileDescriptor a = Fakes.importInto(files, gone.id(), "a.jpg");
            FileDescriptor b = Fakes.importInto(files, binned.id(), "b.jpg");
            files.bulkDeleteFiles(List.of(a.id(), b.id()), false);
            folders.bulkDeleteFolders(List.of(gone.id()), true);
            folders.bulkDeleteFolders(List.of(binned.id()), false);

            files.bulkRestoreFilesFromTrashBin(List.of(a.id(), b.id()));

            assertThat(parentOf(a)).isEqualTo("media-root");
            assertThat(parentOf(b)).isEqualTo("media-root");
        }

        @Test
        void listDeletedFilesFiltersByTheFolderTheFilesCameFromAndSortsAndPages() {
            FileDescriptor dog = Fakes.importInto(files, pets.id(), "dog.mp4");
            files.bulkDeleteFiles(List.of(cat.id(), logo.id(), dog.id()), false);

            assertThat(ids(files.listDeletedFiles(ListFilesRequest.in(pets.id()))
                            .files()))
                    .containsExactlyInAnyOrder(cat.id(), dog.id());
            assertThat(ids(files.listDeletedFiles(ListFilesRequest.in("media-root"))
                            .files()))
                    .containsExactly(logo.id());
            assertThat(ids(files.listDeletedFiles(ListFilesRequest.in("trash-root"))
                            .files()))
                    .hasSize(3);
            assertThat(ids(files.listDeletedFiles(ListFilesRequest.all().withMediaTypes(MediaType.VIDEO))
                            .files()))
                    .containsExactly(dog.id());
            assertThat(files.listDeletedFiles(ListFilesRequest.all().withSort(Sorting.by("displayName", SortOrder.ASC)))
                            .files())
                    .extracting(FileDescriptor::displayName)
                    .containsExactly("cat.jpg", "dog.mp4", "logo.png");
            assertThat(Fakes.allFiles(
                            p -> files.listDeletedFiles(ListFilesRequest.all().withPaging(p)), CursorPaging.limit(1)))
                    .hasSize(3);
        }

        @Test
        void restoringAReadyFileAnnouncesItAgainAsUndeleted() {
            files.getFileDescriptor(cat.id());
            files.bulkDeleteFiles(List.of(cat.id()), false);
            List<MediaEvent> events = new ArrayList<>();
            fake.onEvent(events::add);

            files.bulkRestoreFilesFromTrashBin(List.of(cat.id()));

            assertThat(events).singleElement().isInstanceOfSatisfying(MediaEvent.FileReady.class, ready -> {
                assertThat(ready.triggeredByUndelete()).isTrue();
                assertThat(ready.file().parentFolderId()).isEqualTo(pets.id());
            });
        }
    }

    @Nested
    class Folders_ {
        private final Folder pets = folders.createFolder("Pets", null);
        private final Folder cats = folders.createFolder("Cats", pets.id());
        private final FileDescriptor dog = Fakes.importInto(files, pets.id(), "dog.jpg");
        private final FileDescriptor tom = Fakes.importInto(files, cats.id(), "tom.jpg");

        @Test
        void trashingAFolderTakesItsWholeSubtree() {
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            assertThat(folders.getFolder(pets.id()).parentFolderId()).isEqualTo("trash-root");
            assertThat(folders.listFolders(ListFoldersRequest.all()).folders()).isEmpty();
            assertThat(folders.listFolders(ListFoldersRequest.in(pets.id())).folders())
                    .isEmpty();
            assertThat(live(pets.id())).isEmpty();
            assertThat(live(cats.id())).isEmpty();
            assertThat(files.searchFiles(SearchFilesRequest.all()).files()).isEmpty();
            assertThat(folders.searchFolders(SearchFoldersRequest.all()).folders())
                    .isEmpty();
            assertThat(trashed()).containsExactlyInAnyOrder(dog.id(), tom.id());
            assertThat(folderIds(folders.listDeletedFolders(ListFoldersRequest.in("media-root"))
                            .folders()))
                    .containsExactly(pets.id());
            assertThat(folderIds(
                            folders.listDeletedFolders(ListFoldersRequest.all()).folders()))
                    .contains(pets.id());
            assertThat(folderIds(folders.listDeletedFolders(ListFoldersRequest.in("trash-root"))
                            .folders()))
                    .contains(pets.id());
            assertThat(folderIds(
                            folders.searchFolders(SearchFoldersRequest.all().withRootFolder(RootFolder.TRASH_ROOT))
                                    .folders()))
                    .contains(pets.id());
            assertThat(ids(files.listDeletedFiles(ListFilesRequest.in(cats.id()))
                            .files()))
                    .containsExactly(tom.id());
        }

        @Test
        void restoringAFolderBringsItsSubtreeBack() {
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            folders.bulkRestoreFoldersFromTrashBin(List.of(pets.id()));

            assertThat(folders.getFolder(pets.id()).parentFolderId()).isEqualTo("media-root");
            assertThat(folderIds(folders.listFolders(ListFoldersRequest.in(pets.id()))
                            .folders()))
                    .containsExactly(cats.id());
            assertThat(live(pets.id())).containsExactly(dog.id());
            assertThat(live(cats.id())).containsExactly(tom.id());
            assertThat(trashed()).isEmpty();
            assertThat(folders.listDeletedFolders(ListFoldersRequest.all()).folders())
                    .isEmpty();
        }

        @Test
        void aFileTrashedOnItsOwnStaysInTheTrashWhenItsFolderComesBack() {
            files.bulkDeleteFiles(List.of(tom.id()), false);
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            folders.bulkRestoreFoldersFromTrashBin(List.of(pets.id()));

            assertThat(trashed()).containsExactly(tom.id());
            files.bulkRestoreFilesFromTrashBin(List.of(tom.id()));
            assertThat(parentOf(tom)).isEqualTo(cats.id());
        }

        @Test
        void aFolderWhoseParentIsInTheTrashIsRestoredToTheMediaRoot() {
            folders.bulkDeleteFolders(List.of(cats.id()), false);
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            folders.bulkRestoreFoldersFromTrashBin(List.of(cats.id()));

            assertThat(folders.getFolder(cats.id()).parentFolderId()).isEqualTo("media-root");
            assertThat(live(cats.id())).containsExactly(tom.id());
        }

        @Test
        void aPermanentDeleteRemovesTheSubtreeAndItsFiles() {
            long before = fake.site().storageUsed();
            long freed = files.getFileDescriptor(dog.id()).sizeInBytes()
                    + files.getFileDescriptor(tom.id()).sizeInBytes();

            folders.bulkDeleteFolders(List.of(pets.id()), true);

            assertRule(() -> folders.getFolder(pets.id()), WixErrorCode.RESOURCE_NOT_FOUND);
            assertRule(() -> folders.getFolder(cats.id()), WixErrorCode.RESOURCE_NOT_FOUND);
            assertRule(() -> files.getFileDescriptor(tom.id()), WixErrorCode.RESOURCE_NOT_FOUND);
            assertThat(fake.site().storageUsed()).isEqualTo(before - freed);
            assertThat(folders.listDeletedFolders(ListFoldersRequest.all()).folders())
                    .isEmpty();
            assertThat(trashed()).isEmpty();
        }

        @Test
        void aTrashedFolderCanBeDeletedForGoodAndDeletingItAgainIsNotAnError() {
            folders.bulkDeleteFolders(List.of(pets.id()), false);
            folders.bulkDeleteFolders(List.of(pets.id()), false);
            folders.bulkDeleteFolders(List.of(pets.id(), cats.id()), true);

            assertRule(() -> folders.getFolder(cats.id()), WixErrorCode.RESOURCE_NOT_FOUND);
            assertThat(trashed()).isEmpty();
        }

        @Test
        void rootsCannotBeDeletedOrRestored() {
            assertInvalid(() -> folders.bulkDeleteFolders(List.of("media-root"), false), "folderIds[0]");
            assertInvalid(() -> folders.bulkRestoreFoldersFromTrashBin(List.of("trash-root")), "folderIds[0]");
        }

        @Test
        void anUnknownFolderFailsTheCallAndChangesNothing() {
            assertRule(
                    () -> folders.bulkDeleteFolders(List.of(pets.id(), "0123456789abcdef0123456789abcdef"), false),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "folderIds[1]");

            assertThat(folders.getFolder(pets.id()).parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void takesUpToAHundredIds() {
            folders.bulkDeleteFolders(Collections.nCopies(100, cats.id()), false);
            folders.bulkRestoreFoldersFromTrashBin(Collections.nCopies(100, cats.id()));
            assertInvalid(
                    () -> folders.bulkDeleteFolders(Collections.nCopies(101, cats.id()), false),
                    "folderIds",
                    "MAX_SIZE");
            assertInvalid(
                    () -> folders.bulkRestoreFoldersFromTrashBin(Collections.nCopies(101, cats.id())),
                    "folderIds",
                    "MAX_SIZE");
            assertInvalid(
                    () -> folders.bulkDeleteFolders(List.of("f".repeat(101)), false), "folderIds[0]", "MAX_LENGTH");
            assertThat(folders.getFolder(cats.id()).parentFolderId()).isEqualTo(pets.id());
        }
    }
}
