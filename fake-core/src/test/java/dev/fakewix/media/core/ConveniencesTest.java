package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What a newcomer reaches for: a file by its path, an exception that names its code, scripted errors that read like real ones. */
class ConveniencesTest {

    @Nested
    class AFileByItsPath {
        private final FakeMediaManager fake = Fakes.fake();
        private final Files files = fake.site().files();

        @Test
        void isFoundThroughItsFolders() {
            Folder photos = fake.site().folders().createFolder("photos", null);
            Folder year = fake.site().folders().createFolder("2024", photos.id());
            FileDescriptor cat = Fakes.importInto(files, year.id(), "cat.jpg");
            Fakes.importImage(files, "cat.jpg"); // the same name at the root is another path

            assertThat(files.fileAt("/photos/2024/cat.jpg"))
                    .map(FileDescriptor::id)
                    .contains(cat.id());
            assertThat(files.fileAt("photos/2024/cat.jpg/"))
                    .map(FileDescriptor::id)
                    .contains(cat.id());
            assertThat(files.filesAt("/photos/2024/cat.jpg"))
                    .extracting(FileDescriptor::id)
                    .containsExactly(cat.id());
        }

        @Test
        void isEmptyForAMissingFileFolderOrATrashedFile() {
            FileDescriptor dog = Fakes.importImage(files, "dog.jpg");
            files.bulkDeleteFiles(List.of(dog.id()), false);

            assertThat(files.fileAt("/dog.jpg")).isEmpty();
            assertThat(files.fileAt("/nowhere/dog.jpg")).isEmpty();
            assertThat(files.fileAt("/")).isEmpty();
        }

        @Test
        void listsEveryFileThatSharesThePathAndRefusesToPickOne() {
            FileDescriptor first = Fakes.importImage(files, "twin.jpg");
            FileDescriptor second = Fakes.importImage(files, "twin.jpg");

            assertThat(files.filesAt("/twin.jpg"))
                    .extracting(FileDescriptor::id)
                    .containsExactlyInAnyOrder(first.id(), second.id());
            assertThatThrownBy(() -> files.fileAt("/twin.jpg"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("2 files are at /twin.jpg");
        }

        @Test
        void meetsNoScenarioAndCountsAsNoRead() {
            FakeMediaManager lazy = Fakes.builder()
                    .readiness(Readiness.afterReads(1, Readiness.ready()))
                    .build();
            FileDescriptor file = Fakes.importImage(lazy.site().files(), "a.jpg");
            lazy.site().scenarios().onAnyOperation().failWithStatus(503).always();

            assertThat(lazy.site().files().fileAt("/a.jpg"))
                    .hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(file.id()));
            assertThat(lazy.site().files().fileAt("/a.jpg").orElseThrow().operationStatus())
                    .isEqualTo(file.operationStatus());
        }

        @Test
        void underAnotherRootStartsWithTheRootsId() {
            FileDescriptor upload = files.importFile(ImportFileRequest.of("https://example.com/v.png")
                    .withDisplayName("v.png")
                    .withParentFolderId("visitor-uploads"));

            assertThat(files.fileAt("/visitor-uploads/v.png"))
                    .map(FileDescriptor::id)
                    .contains(upload.id());
        }
    }

    /** The folders' twin of {@link AFileByItsPath}: the same walk, the same answers. */
    @Nested
    class AFolderByItsPath {
        private final FakeMediaManager fake = Fakes.fake();
        private final Folders folders = fake.site().folders();

        @Test
        void isFoundThroughItsParents() {
            Folder photos = folders.createFolder("photos", null);
            Folder year = folders.createFolder("2024", photos.id());
            folders.createFolder("2024", null); // the same name at the root is another path

            assertThat(folders.folderAt("/photos")).map(Folder::id).contains(photos.id());
            assertThat(folders.folderAt("/photos/2024")).map(Folder::id).contains(year.id());
            assertThat(folders.folderAt("photos/2024/")).map(Folder::id).contains(year.id());
            assertThat(folders.foldersAt("/photos/2024")).extracting(Folder::id).containsExactly(year.id());
        }

        @Test
        void isEmptyForAMissingOrTrashedFolderAndForARoot() {
            Folder old = folders.createFolder("old", null);
            folders.bulkDeleteFolders(List.of(old.id()), false);

            assertThat(folders.folderAt("/old")).isEmpty();
            assertThat(folders.folderAt("/nowhere/old")).isEmpty();
            assertThat(folders.folderAt("/")).isEmpty();
            assertThat(folders.folderAt("/visitor-uploads"))
                    .as("a root is no path's folder; getFolder has it")
                    .isEmpty();
        }

        @Test
        void listsEveryFolderThatSharesThePathAndRefusesToPickOne() {
            Folder first = folders.createFolder("twin", null);
            Folder second = folders.createFolder("twin", null);

            assertThat(folders.foldersAt("/twin"))
                    .extracting(Folder::id)
                    .containsExactlyInAnyOrder(first.id(), second.id());
            assertThatThrownBy(() -> folders.folderAt("/twin"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("2 folders are at /twin");
        }

        @Test
        void underAnotherRootStartsWithTheRootsId() {
            Folder avatars = folders.createFolder("avatars", "visitor-uploads");

            assertThat(folders.folderAt("/visitor-uploads/avatars"))
                    .map(Folder::id)
                    .contains(avatars.id());
            assertThat(folders.folderAt("/avatars")).isEmpty();
        }

        @Test
        void meetsNoScenario() {
            Folder photos = folders.createFolder("photos", null);
            fake.site().scenarios().onAnyOperation().failWithStatus(503).always();

            assertThat(folders.folderAt("/photos")).map(Folder::id).contains(photos.id());
        }
    }

    @Nested
    class AnException {
        @Test
        void namesItsWixCodeAndHttpStatus() {
            MediaManagerException e =
                    MediaErrors.thrownBy(() -> Fakes.fake().site().files().getFileDescriptor("nope"));

            assertThat(e.toString())
                    .startsWith("dev.fakewix.media.core.MediaManagerException: RESOURCE_NOT_FOUND (HTTP 400): ")
                    .contains("nope")
                    .contains("(field \"fileId\")");
        }

        @Test
        void ofAStandardErrorNamesItsCodeToo() {
            assertThat(MediaManagerException.standard(WixErrorCode.UNAVAILABLE, "try later")
                            .toString())
                    .isEqualTo("dev.fakewix.media.core.MediaManagerException: UNAVAILABLE (HTTP 503): try later");
        }
    }

    @Nested
    class AScriptedRuleError {
        @Test
        void namesTheFieldTheRealErrorNames() {
            FakeMediaManager fake = Fakes.fake();
            fake.site()
                    .scenarios()
                    .on(Operation.IMPORT_FILE)
                    .failWith(WixErrorCode.SITE_QUOTA_EXCEEDED)
                    .always();

            MediaManagerException e =
                    MediaErrors.thrownBy(() -> Fakes.importImage(fake.site().files(), "a.jpg"));

            assertThat(e.fieldViolations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("url");
                assertThat(v.ruleName()).isEqualTo("SITE_QUOTA_EXCEEDED");
                assertThat(v.data()).containsEntry("internalCode", "SITE_QUOTA_EXCEEDED");
            });
        }

        @Test
        void onAFolderOperationNamesTheFolder() {
            FakeMediaManager fake = Fakes.fake();
            fake.site()
                    .scenarios()
                    .on(Operation.GET_FOLDER)
                    .failWith(WixErrorCode.RESOURCE_NOT_FOUND)
                    .once();

            MediaManagerException e =
                    MediaErrors.thrownBy(() -> fake.site().folders().getFolder("x"));

            assertThat(e.fieldViolations())
                    .singleElement()
                    .satisfies(v -> assertThat(v.field()).isEqualTo("folderId"));
        }
    }
}
