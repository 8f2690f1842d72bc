package dev.fakewix.media.assertj.internal;

import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.SiteSnapshot.StoredFile;
import dev.fakewix.media.core.SiteSnapshot.StoredFolder;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * A site's content as paths, built from one {@link SiteSnapshot} (consistent, and free of side effects: reading it
 * does not count as a read for {@code afterReads} readiness). Paths start at the media root: {@code /cat.jpg},
 * {@code /photos/2024/cat.jpg}; items under another root are prefixed with it ({@code /visitor-uploads/x.png}).
 */
@API(status = API.Status.INTERNAL)
public final class SiteIndex {
    private final String siteId;
    private final Map<String, StoredFolder> folders = new HashMap<>();
    private final List<StoredFile> files;
    /** The core's display path of each folder, within its root tree ({@link SiteSnapshot#folderPaths()}). */
    private final Map<String, String> folderPaths;

    public SiteIndex(SiteSnapshot snapshot) {
        this.siteId = snapshot.siteId();
        snapshot.folders().forEach(f -> folders.put(f.folder().id(), f));
        this.files = snapshot.files();
        this.folderPaths = snapshot.folderPaths();
    }

    public String siteId() {
        return siteId;
    }

    /** Files outside the trash bin, by id order. */
    public List<FileDescriptor> liveFiles() {
        return files.stream().filter(f -> !f.trashed()).map(StoredFile::file).toList();
    }

    /** Files in the trash bin (directly or inside a trashed folder). */
    public List<FileDescriptor> trashedFiles() {
        return files.stream().filter(StoredFile::trashed).map(StoredFile::file).toList();
    }

    public List<Folder> liveFolders() {
        return folders.values().stream()
                .filter(f -> !f.trashed())
                .map(StoredFolder::folder)
                .sorted(Comparator.comparing(Folder::id))
                .toList();
    }

    public List<Folder> trashedFolders() {
        return folders.values().stream()
                .filter(StoredFolder::trashed)
                .map(StoredFolder::folder)
                .sorted(Comparator.comparing(Folder::id))
                .toList();
    }

    public Optional<StoredFile> file(String id) {
        return files.stream().filter(f -> f.file().id().equals(id)).findFirst();
    }

    public Optional<StoredFolder> folder(String id) {
        return Optional.ofNullable(folders.get(id));
    }

    public List<String> fileIds() {
        return files.stream().map(f -> f.file().id()).toList();
    }

    public List<String> folderIds() {
        return new ArrayList<>(folders.keySet());
    }

    /**
     * The path of a folder id ({@code ""} for the media root): the core's path of the folder, prefixed with its root
     * when that is not the media root ({@code /visitor-uploads/x}). A trashed folder keeps the path it was trashed
     * from, as in the core.
     */
    public String pathOfFolder(String folderId) {
        if (folderId == null || folderId.equals(RootFolder.MEDIA_ROOT.folderId())) {
            return "";
        }
        StoredFolder folder = folders.get(folderId);
        if (folder == null) {
            return "/" + folderId; // another root (visitor-uploads, trash-root) or an unknown parent
        }
        String root = folder.root() == RootFolder.MEDIA_ROOT
                ? ""
                : "/" + folder.root().folderId();
        return root + folderPaths.get(folderId);
    }

    /** The display form of a folder path: {@code "/"} for the root. */
    public String displayFolder(String folderId) {
        String p = pathOfFolder(folderId);
        return p.isEmpty() ? "/" : p;
    }

    public String pathOf(FileDescriptor file) {
        return pathOfFolder(file.parentFolderId()) + "/" + file.displayName();
    }

    public String pathOf(Folder folder) {
        return pathOfFolder(folder.id());
    }

    /** Live files at a path; several when names repeat. */
    public List<FileDescriptor> liveFilesAt(String path) {
        String wanted = normalise(path);
        return liveFiles().stream().filter(f -> pathOf(f).equals(wanted)).toList();
    }

    public List<Folder> liveFoldersAt(String path) {
        String wanted = normalise(path);
        return liveFolders().stream().filter(f -> pathOf(f).equals(wanted)).toList();
    }

    public List<FileDescriptor> liveFilesNamed(String name) {
        return liveFiles().stream().filter(f -> f.displayName().equals(name)).toList();
    }

    public List<Folder> liveFoldersNamed(String name) {
        return liveFolders().stream().filter(f -> f.displayName().equals(name)).toList();
    }

    public List<String> liveFilePaths() {
        return liveFiles().stream().map(this::pathOf).sorted().toList();
    }

    public List<String> liveFolderPaths() {
        return liveFolders().stream().map(this::pathOf).sorted().toList();
    }

    /** {@code "/photos"} and {@code "photos/"} become {@code "/photos"}; the root is {@code ""}. */
    public static String normalise(String path) {
        String p = path.trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** The folder part of a normalised path: {@code "/photos"} of {@code "/photos/cat.jpg"}, {@code ""} at the root. */
    public static String parentOf(String normalisedPath) {
        int slash = normalisedPath.lastIndexOf('/');
        return slash <= 0 ? "" : normalisedPath.substring(0, slash);
    }

    /** The last segment of a normalised path. */
    public static String nameOf(String normalisedPath) {
        return normalisedPath.substring(normalisedPath.lastIndexOf('/') + 1);
    }

    /** At most {@code max} items, with "... and N more". */
    public static String listed(Collection<String> items, int max) {
        if (items.isEmpty()) {
            return "nothing";
        }
        String shown = items.stream().limit(max).map(s -> "\"" + s + "\"").collect(Collectors.joining(", ", "[", ""));
        return shown + (items.size() > max ? ", ... and " + (items.size() - max) + " more]" : "]");
    }
}
