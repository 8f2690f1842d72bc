package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertInvalid;
import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpdateTest {
    private final FakeMediaManager fake = Fakes.fake();
    private final Files files = fake.site().files();
    private final Folders folders = fake.site().folders();

    @Nested
    class File {
        private final FileDescriptor file =
                files.importFile(Fakes.importRequest("river.jpg").withLabels(List.of("water")));

        @Test
        void renamingChangesTheNameAndUpdatedDateButNotTheCreatedDateNorTheMediaFilename() {
            fake.clock().advance(Duration.ofMinutes(5));

            FileDescriptor renamed =
                    files.updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("pics.jpg"));

            assertThat(renamed.displayName()).isEqualTo("pics.jpg");
            assertThat(renamed.createdDate()).isEqualTo(Fakes.T0);
            assertThat(renamed.updatedDate()).isEqualTo(Fakes.T0.plus(Duration.ofMinutes(5)));
            assertThat(renamed.media().image().image().filename()).isEqualTo("river.jpg");
            assertThat(renamed.labels()).containsExactly("water");
        }

        @Test
        void theMaskIsInferredFromTheFieldsGiven() {
            FileDescriptor relabelled =
                    files.updateFileDescriptor(FileUpdate.of(file.id()).withLabels(List.of("blue", "calm")));

            assertThat(relabelled.labels()).containsExactly("blue", "calm");
            assertThat(relabelled.displayName()).isEqualTo("river.jpg");
            assertThat(relabelled.parentFolderId()).isEqualTo("media-root");
        }

        @Test
        void anExplicitMaskTouchesOnlyTheFieldsItNames() {
            FileDescriptor updated = files.updateFileDescriptor(
                    FileUpdate.of(file.id()).withDisplayName("ignored.jpg").withLabels(List.of("kept")),
                    List.of("labels"));

            assertThat(updated.displayName()).isEqualTo("river.jpg");
            assertThat(updated.labels()).containsExactly("kept");
        }

        @Test
        void aMaskNamingLabelsWithoutLabelsClearsThem() {
            assertThat(files.updateFileDescriptor(FileUpdate.of(file.id()), List.of("labels"))
                            .labels())
                    .isEmpty();
        }

        @Test
        void readOnlyFieldsInTheMaskAreIgnored() {
            FileDescriptor updated = files.updateFileDescriptor(
                    FileUpdate.of(file.id()).withDisplayName("new.jpg"),
                    List.of("displayName", "url", "sizeInBytes", "private", "createdDate"));

            FileDescriptor before = files.getFileDescriptor(file.id());
            assertThat(updated.displayName()).isEqualTo("new.jpg");
            assertThat(updated.url()).isEqualTo(before.url());
            assertThat(updated.sizeInBytes()).isEqualTo(before.sizeInBytes());
        }

        @Test
        void nothingToUpdateIsFieldMaskIsEmptyOrMissing() {
            assertRule(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id())),
                    WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING);
            assertRule(
                    () -> files.updateFileDescriptor(
                            FileUpdate.of(file.id()).withDisplayName("x.jpg"), List.of("url", "hash")),
                    WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING);
        }

        @Test
        void aMaskNamingNoFieldOfAFileIsAnInvalidArgument() {
            assertInvalid(
                    () -> files.updateFileDescriptor(
                            FileUpdate.of(file.id()).withDisplayName("x.jpg"), List.of("colour")),
                    "fieldMask");
        }

        @Test
        void movingPutsTheFileInTheOtherFoldersListingOnly() {
            Folder pets = folders.createFolder("Pets", null);

            FileDescriptor moved =
                    files.updateFileDescriptor(FileUpdate.of(file.id()).withParentFolderId(pets.id()));

            assertThat(moved.parentFolderId()).isEqualTo(pets.id());
            assertThat(files.listFiles(ListFilesRequest.in(pets.id())).files())
                    .extracting(FileDescriptor::id)
                    .containsExactly(file.id());
            assertThat(files.listFiles(ListFilesRequest.all()).files()).isEmpty();
        }

        @Test
        void movingToAFolderThatIsMissingOrTrashedIsResourceNotFound() {
            Folder pets = folders.createFolder("Pets", null);
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            assertRule(
                    () -> files.updateFileDescriptor(
                            FileUpdate.of(file.id()).withParentFolderId("0123456789abcdef0123456789abcdef")),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "file.parentFolderId");
            assertRule(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withParentFolderId(pets.id())),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "file.parentFolderId");
        }

        @Test
        void movingToTheTrashRootOrMovingATrashedFileIsRefused() {
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withParentFolderId("trash-root")),
                    "file.parentFolderId");

            files.bulkDeleteFiles(List.of(file.id()), false);
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withParentFolderId("media-root")),
                    "file.parentFolderId");
        }

        @Test
        void anUnknownFileIsResourceNotFound() {
            assertRule(
                    () -> files.updateFileDescriptor(FileUpdate.of("nope").withDisplayName("x.jpg")),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "file.id");
        }

        @Test
        void theWritableFieldsHaveTheirLimits() {
            assertThat(files.updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("n".repeat(255)))
                            .displayName())
                    .hasSize(255);
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("n".repeat(256))),
                    "file.displayName",
                    "MAX_LENGTH");
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withDisplayName("")),
                    "file.displayName",
                    "REQUIRED_FIELD");
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withParentFolderId("f".repeat(101))),
                    "file.parentFolderId",
                    "MAX_LENGTH");

            List<String> hundred =
                    IntStream.range(0, 100).mapToObj(i -> "l" + i).toList();
            assertThat(files.updateFileDescriptor(FileUpdate.of(file.id()).withLabels(hundred))
                            .labels())
                    .hasSize(100);
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id())
                            .withLabels(IntStream.range(0, 101)
                                    .mapToObj(i -> "l" + i)
                                    .toList())),
                    "file.labels",
                    "MAX_SIZE");
            assertInvalid(
                    () -> files.updateFileDescriptor(FileUpdate.of(file.id()).withLabels(List.of("l".repeat(201)))),
                    "file.labels[0]",
                    "MAX_LENGTH");
        }

        @Test
        void aNullUpdateIsAnInvalidArgument() {
            assertInvalid(() -> files.updateFileDescriptor(null), "file", "REQUIRED_FIELD");
        }
    }

    @Nested
    class Folder_ {
        private final Folder pets = folders.createFolder("Pets", null);

        @Test
        void renamingChangesNameAndUpdatedDate() {
            fake.clock().advance(Duration.ofSeconds(3));

            Folder renamed = folders.updateFolder(FolderUpdate.of(pets.id()).withDisplayName("Animals"));

            assertThat(renamed.displayName()).isEqualTo("Animals");
            assertThat(renamed.updatedDate()).isEqualTo(Fakes.T0.plusSeconds(3));
            assertThat(renamed.createdDate()).isEqualTo(Fakes.T0);
            assertThat(folders.getFolder(pets.id())).isEqualTo(renamed);
        }

        @Test
        void movingTakesTheSubtreeAlong() {
            Folder cats = folders.createFolder("Cats", pets.id());
            Folder archive = folders.createFolder("Archive", null);
            FileDescriptor cat = Fakes.importInto(files, cats.id(), "tom.jpg");

            folders.updateFolder(FolderUpdate.of(pets.id()).withParentFolderId(archive.id()));

            assertThat(folders.listFolders(ListFoldersRequest.in(archive.id())).folders())
                    .extracting(Folder::id)
                    .containsExactly(pets.id());
            assertThat(files.listFiles(ListFilesRequest.in(cats.id())).files())
                    .extracting(FileDescriptor::id)
                    .containsExactly(cat.id());
            assertThat(folders.listFolders(ListFoldersRequest.all()).folders())
                    .extracting(Folder::id)
                    .containsExactly(archive.id());
        }

        @Test
        void aFolderCannotMoveIntoItselfOrItsDescendants() {
            Folder cats = folders.createFolder("Cats", pets.id());
            Folder kittens = folders.createFolder("Kittens", cats.id());

            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id()).withParentFolderId(pets.id())),
                    "folder.parentFolderId");
            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id()).withParentFolderId(kittens.id())),
                    "folder.parentFolderId");
        }

        @Test
        void rootsCannotBeUpdated() {
            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of("media-root").withDisplayName("x")), "folder.id");
        }

        @Test
        void aTrashedFolderCannotMoveAndCannotReceiveFolders() {
            Folder other = folders.createFolder("Other", null);
            folders.bulkDeleteFolders(List.of(pets.id()), false);

            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id()).withParentFolderId(other.id())),
                    "folder.parentFolderId");
            assertRule(
                    () -> folders.updateFolder(FolderUpdate.of(other.id()).withParentFolderId(pets.id())),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "folder.parentFolderId");
        }

        @Test
        void nothingToUpdateIsFieldMaskIsEmptyOrMissing() {
            assertRule(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id())),
                    WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING);
            assertRule(
                    () -> folders.updateFolder(
                            FolderUpdate.of(pets.id()).withDisplayName("x"), List.of("state", "siteId")),
                    WixErrorCode.FIELD_MASK_IS_EMPTY_OR_MISSING);
        }

        @Test
        void anExplicitMaskTouchesOnlyTheFieldsItNames() {
            Folder other = folders.createFolder("Other", null);

            Folder updated = folders.updateFolder(
                    FolderUpdate.of(pets.id()).withDisplayName("Ignored").withParentFolderId(other.id()),
                    List.of("parentFolderId", "updatedDate"));

            assertThat(updated.displayName()).isEqualTo("Pets");
            assertThat(updated.parentFolderId()).isEqualTo(other.id());
            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id()).withDisplayName("x"), List.of("colour")),
                    "fieldMask");
        }

        @Test
        void theNameIsAtMost1000AndTheFolderMustExist() {
            assertThat(folders.updateFolder(FolderUpdate.of(pets.id()).withDisplayName("n".repeat(1000)))
                            .displayName())
                    .hasSize(1000);
            assertInvalid(
                    () -> folders.updateFolder(FolderUpdate.of(pets.id()).withDisplayName("n".repeat(1001))),
                    "folder.displayName",
                    "MAX_LENGTH");
            assertRule(
                    () -> folders.updateFolder(
                            FolderUpdate.of("0123456789abcdef0123456789abcdef").withDisplayName("x")),
                    WixErrorCode.RESOURCE_NOT_FOUND,
                    "folder.id");
            assertInvalid(() -> folders.updateFolder(null), "folder", "REQUIRED_FIELD");
        }
    }
}
