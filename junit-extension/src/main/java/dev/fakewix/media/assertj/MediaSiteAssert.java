package dev.fakewix.media.assertj;

import dev.fakewix.media.assertj.internal.EditDistance;
import dev.fakewix.media.assertj.internal.ShouldHaveCount;
import dev.fakewix.media.assertj.internal.ShouldHaveItem;
import dev.fakewix.media.assertj.internal.SiteIndex;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.OperationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the content of a {@link MediaSite}: which files and folders it holds (by id, name or path), what its
 * trash bin holds, and how many. Paths start at the media root and use display names: {@code /cat.jpg},
 * {@code /photos/2024/cat.jpg}.
 *
 * <pre>{@code
 * assertThat(site)
 *         .hasFileAt("/photos/cat.jpg")
 *         .hasFolderAt("/photos")
 *         .trashContainsFileNamed("old.jpg")
 *         .hasFileCount(1);
 * assertThat(site).fileAt("/photos/cat.jpg").isReady().hasLabels("pets");
 * }</pre>
 *
 * <p>Every assertion reads a fresh {@link SiteSnapshot}, which has no side effect on the site (reads by assertions
 * do not count towards {@code afterReads} readiness). A failure names what was expected, what was found, and the
 * nearest miss: {@code no file named "x.jpg" in "/photos"; closest: "x.jpeg" in "/photos"}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class MediaSiteAssert extends AbstractObjectAssert<MediaSiteAssert, MediaSite> {

    public MediaSiteAssert(@Nullable MediaSite actual) {
        super(actual, MediaSiteAssert.class);
    }

    // ------------------------------------------------------------------ files

    /** Verifies that a file with this id is in the site, outside the trash bin. */
    public MediaSiteAssert hasFileWithId(String fileId) {
        isNotNull();
        liveFileWithId(fileId);
        return myself;
    }

    /** Verifies that no file with this id is in the site outside the trash bin (trashed or deleted files pass). */
    public MediaSiteAssert doesNotHaveFileWithId(String fileId) {
        isNotNull();
        SiteIndex index = index();
        index.file(fileId)
                .filter(f -> !f.trashed())
                .ifPresent(f -> throwAssertionError(ShouldHaveItem.shouldNotHave(
                        siteId(), "file", "with id \"" + fileId + "\"", "\"" + index.pathOf(f.file()) + "\"")));
        return myself;
    }

    /** Verifies that a file with this display name is somewhere in the site, outside the trash bin. */
    public MediaSiteAssert hasFileNamed(String displayName) {
        isNotNull();
        liveFileNamed(displayName);
        return myself;
    }

    /** Verifies that a file is at this path, e.g. {@code /photos/cat.jpg} ({@code /cat.jpg} at the root). */
    public MediaSiteAssert hasFileAt(String path) {
        isNotNull();
        liveFileAt(path);
        return myself;
    }

    /** Verifies that no file is at this path (outside the trash bin). */
    public MediaSiteAssert doesNotHaveFileAt(String path) {
        isNotNull();
        SiteIndex index = index();
        List<FileDescriptor> found = index.liveFilesAt(path);
        if (!found.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldNotHave(
                    siteId(),
                    "file",
                    "at \"" + SiteIndex.normalise(path) + "\"",
                    "file \"" + found.get(0).id() + "\""));
        }
        return myself;
    }

    /** Verifies how many files the site holds outside the trash bin. */
    public MediaSiteAssert hasFileCount(int expected) {
        isNotNull();
        SiteIndex index = index();
        List<String> paths = index.liveFilePaths();
        if (paths.size() != expected) {
            throwAssertionError(ShouldHaveCount.shouldHaveCount(
                    siteId(), expected, "files (outside the trash bin)", paths.size(), SiteIndex.listed(paths, 20)));
        }
        return myself;
    }

    /** Verifies that no file of the site is still {@code PENDING}. */
    public MediaSiteAssert hasNoPendingFiles() {
        isNotNull();
        SiteIndex index = index();
        List<String> pending = new ArrayList<>();
        for (FileDescriptor f : index.liveFiles()) {
            if (f.operationStatus() == OperationStatus.PENDING) {
                pending.add(index.pathOf(f) + " (" + f.id() + ")");
            }
        }
        if (!pending.isEmpty()) {
            throwAssertionError(ShouldHaveCount.shouldHaveCount(
                    siteId(), 0, "PENDING files", pending.size(), SiteIndex.listed(pending, 20)));
        }
        return myself;
    }

    /** Verifies that the site holds nothing: no file, no folder, trash bin included. */
    public MediaSiteAssert isEmpty() {
        isNotNull();
        SiteIndex index = index();
        List<String> all = new ArrayList<>(index.liveFolderPaths());
        all.addAll(index.liveFilePaths());
        index.trashedFolders().forEach(f -> all.add("trash: " + f.displayName()));
        index.trashedFiles().forEach(f -> all.add("trash: " + f.displayName()));
        if (!all.isEmpty()) {
            throwAssertionError(ShouldHaveCount.shouldBeEmpty(siteId(), SiteIndex.listed(all, 20)));
        }
        return myself;
    }

    /** Navigates to the file with this id (outside the trash bin), for {@link FileDescriptorAssert} checks. */
    public FileDescriptorAssert fileWithId(String fileId) {
        isNotNull();
        FileDescriptor file = liveFileWithId(fileId);
        return navigate(file, index());
    }

    /** Navigates to the file at this path. */
    public FileDescriptorAssert fileAt(String path) {
        isNotNull();
        FileDescriptor file = liveFileAt(path);
        return navigate(file, index());
    }

    /** Navigates to the only file with this display name. */
    public FileDescriptorAssert fileNamed(String displayName) {
        isNotNull();
        FileDescriptor file = liveFileNamed(displayName);
        return navigate(file, index());
    }

    // ------------------------------------------------------------------ folders

    /** Verifies that a folder with this id is in the site, outside the trash bin. */
    public MediaSiteAssert hasFolderWithId(String folderId) {
        isNotNull();
        SiteIndex index = index();
        Optional<SiteSnapshot.StoredFolder> folder = index.folder(folderId);
        if (folder.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "folder",
                    "with id \"" + folderId + "\"",
                    "found none" + closest(folderId, index.folderIds(), "closest id") + "; folders: "
                            + SiteIndex.listed(index.liveFolderPaths(), 10)));
        } else if (folder.get().trashed()) {
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "folder",
                    "with id \"" + folderId + "\"",
                    "it is in the trash bin (use trashContainsFolder to assert that)"));
        }
        return myself;
    }

    /** Verifies that a folder with this display name is somewhere in the site, outside the trash bin. */
    public MediaSiteAssert hasFolderNamed(String displayName) {
        isNotNull();
        SiteIndex index = index();
        if (index.liveFoldersNamed(displayName).isEmpty()) {
            List<String> names =
                    index.liveFolders().stream().map(Folder::displayName).toList();
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "folder",
                    "named \"" + displayName + "\"",
                    "found none" + closest(displayName, names, "closest")
                            + trashNote(index.trashedFolders().stream()
                                    .anyMatch(f -> f.displayName().equals(displayName)))));
        }
        return myself;
    }

    /** Verifies that a folder is at this path, e.g. {@code /photos/2024}. */
    public MediaSiteAssert hasFolderAt(String path) {
        isNotNull();
        SiteIndex index = index();
        String wanted = SiteIndex.normalise(path);
        if (index.liveFoldersAt(wanted).isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "folder",
                    "at \"" + wanted + "\"",
                    "found none" + closest(wanted, index.liveFolderPaths(), "closest") + "; folders: "
                            + SiteIndex.listed(index.liveFolderPaths(), 10)));
        }
        return myself;
    }

    /** Verifies that no folder is at this path (outside the trash bin). */
    public MediaSiteAssert doesNotHaveFolderAt(String path) {
        isNotNull();
        SiteIndex index = index();
        List<Folder> found = index.liveFoldersAt(path);
        if (!found.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldNotHave(
                    siteId(),
                    "folder",
                    "at \"" + SiteIndex.normalise(path) + "\"",
                    "folder \"" + found.get(0).id() + "\""));
        }
        return myself;
    }

    /** Verifies how many folders the site holds outside the trash bin. */
    public MediaSiteAssert hasFolderCount(int expected) {
        isNotNull();
        List<String> paths = index().liveFolderPaths();
        if (paths.size() != expected) {
            throwAssertionError(ShouldHaveCount.shouldHaveCount(
                    siteId(), expected, "folders (outside the trash bin)", paths.size(), SiteIndex.listed(paths, 20)));
        }
        return myself;
    }

    // ------------------------------------------------------------------ trash bin

    /** Verifies that the file with this id is in the trash bin. */
    public MediaSiteAssert trashContainsFile(String fileId) {
        isNotNull();
        SiteIndex index = index();
        Optional<SiteSnapshot.StoredFile> file = index.file(fileId);
        if (file.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHoldInTrash(
                    siteId(),
                    "file",
                    "with id \"" + fileId + "\"",
                    "the site has no such file (it may have been deleted permanently)"
                            + closest(fileId, index.fileIds(), "closest id")));
        } else if (!file.get().trashed()) {
            throwAssertionError(ShouldHaveItem.shouldHoldInTrash(
                    siteId(),
                    "file",
                    "with id \"" + fileId + "\"",
                    "it is not trashed: it is at \"" + index.pathOf(file.get().file()) + "\""));
        }
        return myself;
    }

    /** Verifies that a file with this display name is in the trash bin. */
    public MediaSiteAssert trashContainsFileNamed(String displayName) {
        isNotNull();
        SiteIndex index = index();
        List<FileDescriptor> trashed = index.trashedFiles();
        if (trashed.stream().noneMatch(f -> f.displayName().equals(displayName))) {
            List<String> names =
                    trashed.stream().map(FileDescriptor::displayName).toList();
            boolean live = !index.liveFilesNamed(displayName).isEmpty();
            throwAssertionError(ShouldHaveItem.shouldHoldInTrash(
                    siteId(),
                    "file",
                    "named \"" + displayName + "\"",
                    "it holds " + SiteIndex.listed(names, 10) + closest(displayName, names, "closest")
                            + (live ? "; a file with that name is still outside the trash bin" : "")));
        }
        return myself;
    }

    /** Verifies that the folder with this id is in the trash bin. */
    public MediaSiteAssert trashContainsFolder(String folderId) {
        isNotNull();
        SiteIndex index = index();
        Optional<SiteSnapshot.StoredFolder> folder = index.folder(folderId);
        if (folder.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHoldInTrash(
                    siteId(),
                    "folder",
                    "with id \"" + folderId + "\"",
                    "the site has no such folder" + closest(folderId, index.folderIds(), "closest id")));
        } else if (!folder.get().trashed()) {
            throwAssertionError(ShouldHaveItem.shouldHoldInTrash(
                    siteId(),
                    "folder",
                    "with id \"" + folderId + "\"",
                    "it is not trashed: it is at \"" + index.pathOf(folder.get().folder()) + "\""));
        }
        return myself;
    }

    /** Verifies how many files the trash bin holds. */
    public MediaSiteAssert hasTrashedFileCount(int expected) {
        isNotNull();
        List<String> names =
                index().trashedFiles().stream().map(FileDescriptor::displayName).toList();
        if (names.size() != expected) {
            throwAssertionError(ShouldHaveCount.shouldHaveCount(
                    siteId(), expected, "files in the trash bin", names.size(), SiteIndex.listed(names, 20)));
        }
        return myself;
    }

    /** Verifies that the trash bin holds no file and no folder. */
    public MediaSiteAssert hasEmptyTrash() {
        isNotNull();
        SiteIndex index = index();
        List<String> all = new ArrayList<>();
        index.trashedFolders().forEach(f -> all.add(f.displayName() + "/"));
        index.trashedFiles().forEach(f -> all.add(f.displayName()));
        if (!all.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHaveEmptyTrash(siteId(), SiteIndex.listed(all, 20)));
        }
        return myself;
    }

    // ------------------------------------------------------------------ internals

    private FileDescriptor liveFileWithId(String fileId) {
        isNotNull();
        SiteIndex index = index();
        Optional<SiteSnapshot.StoredFile> file = index.file(fileId);
        if (file.isEmpty()) {
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "file",
                    "with id \"" + fileId + "\"",
                    "found none" + closest(fileId, index.fileIds(), "closest id") + "; the site holds "
                            + index.liveFiles().size() + " file(s): " + SiteIndex.listed(index.liveFilePaths(), 10)));
        }
        if (file.get().trashed()) {
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "file",
                    "with id \"" + fileId + "\"",
                    "it is in the trash bin (use trashContainsFile to assert that)"));
        }
        return file.get().file();
    }

    private FileDescriptor liveFileNamed(String displayName) {
        isNotNull();
        SiteIndex index = index();
        List<FileDescriptor> found = index.liveFilesNamed(displayName);
        if (found.isEmpty()) {
            List<String> names = index.liveFiles().stream()
                    .map(FileDescriptor::displayName)
                    .distinct()
                    .toList();
            Optional<String> near = EditDistance.closest(displayName, names);
            String closest = near.map(n -> "; closest: \"" + n + "\" in \""
                            + index.displayFolder(index.liveFilesNamed(n).get(0).parentFolderId()) + "\"")
                    .orElse("; files: " + SiteIndex.listed(index.liveFilePaths(), 10));
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "file",
                    "named \"" + displayName + "\"",
                    "found none" + closest
                            + trashNote(index.trashedFiles().stream()
                                    .anyMatch(f -> f.displayName().equals(displayName)))));
        }
        if (found.size() > 1) {
            List<String> paths = found.stream()
                    .map(f -> index.pathOf(f) + " (" + f.id() + ")")
                    .toList();
            throwAssertionError(ShouldHaveItem.shouldHave(
                    siteId(),
                    "file",
                    "named \"" + displayName + "\" (exactly one)",
                    "found " + found.size() + ": " + SiteIndex.listed(paths, 10)
                            + "; use fileAt(path) or fileWithId(id)"));
        }
        return found.get(0);
    }

    private FileDescriptor liveFileAt(String path) {
        isNotNull();
        SiteIndex index = index();
        String wanted = SiteIndex.normalise(path);
        List<FileDescriptor> found = index.liveFilesAt(wanted);
        if (found.isEmpty()) {
            throwAssertionError(
                    ShouldHaveItem.shouldHave(siteId(), "file", "at \"" + wanted + "\"", missAt(index, wanted)));
        }
        return found.get(0);
    }

    /** Why nothing is at {@code wanted}, and the nearest miss: the folder is missing, or the name differs. */
    private static String missAt(SiteIndex index, String wanted) {
        String folder = SiteIndex.parentOf(wanted);
        String name = SiteIndex.nameOf(wanted);
        String shownFolder = folder.isEmpty() ? "/" : folder;
        boolean folderExists = folder.isEmpty() || !index.liveFoldersAt(folder).isEmpty();
        String trash = trashNote(
                index.trashedFiles().stream().anyMatch(f -> f.displayName().equals(name)));
        if (!folderExists) {
            Optional<String> nearFolder = EditDistance.closest(folder, index.liveFolderPaths());
            Optional<String> nearFile = EditDistance.closest(wanted, index.liveFilePaths());
            return "found no folder \"" + folder + "\""
                    + nearFolder.map(f -> "; closest folder: \"" + f + "\"").orElse("")
                    + nearFile.map(f -> "; closest file: \"" + f + "\"")
                            .orElse("; files: " + SiteIndex.listed(index.liveFilePaths(), 10))
                    + trash;
        }
        List<String> namesInFolder = index.liveFiles().stream()
                .filter(f -> SiteIndex.parentOf(index.pathOf(f)).equals(folder))
                .map(FileDescriptor::displayName)
                .toList();
        Optional<String> near = EditDistance.closest(name, namesInFolder);
        String found = "found no file named \"" + name + "\" in \"" + shownFolder + "\"";
        if (near.isPresent()) {
            return found + "; closest: \"" + near.get() + "\" in \"" + shownFolder + "\"" + trash;
        }
        List<FileDescriptor> elsewhere = index.liveFilesNamed(name);
        if (!elsewhere.isEmpty()) {
            return found + "; a file with that name is at \"" + index.pathOf(elsewhere.get(0)) + "\"" + trash;
        }
        Optional<String> nearPath = EditDistance.closest(wanted, index.liveFilePaths());
        return found
                + nearPath.map(p -> "; closest: \"" + p + "\"")
                        .orElse("; it holds " + SiteIndex.listed(namesInFolder, 10))
                + trash;
    }

    private static String trashNote(boolean inTrash) {
        return inTrash ? "; one with that name is in the trash bin" : "";
    }

    private static String closest(String wanted, List<String> candidates, String label) {
        return EditDistance.closest(wanted, candidates)
                .map(c -> "; " + label + ": \"" + c + "\"")
                .orElse("");
    }

    private FileDescriptorAssert navigate(FileDescriptor file, SiteIndex index) {
        return new FileDescriptorAssert(file, index.pathOf(file), true);
    }

    private SiteIndex index() {
        return new SiteIndex(actual.snapshot());
    }

    private String siteId() {
        return actual.siteId();
    }
}
