package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.site.FolderPaths;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything one site holds, as a value: export it, keep it, import it later (on this fake or another one). The
 * HTTP facade serialises it for its admin API and {@code --state} files.
 *
 * <pre>{@code
 * SiteSnapshot before = fake.site().snapshot();
 * ... // test mutates the site
 * fake.site().restore(before);
 * }</pre>
 *
 * @param idCounter where the site's deterministic id sequence continues
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SiteSnapshot(String siteId, long idCounter, List<StoredFile> files, List<StoredFolder> folders) {
    public SiteSnapshot {
        Objects.requireNonNull(siteId, "siteId");
        files = files == null ? List.of() : List.copyOf(files);
        folders = folders == null ? List.of() : List.copyOf(folders);
    }

    /**
     * A stored file and what only the fake knows about it.
     *
     * @param trashedFrom      the folder it was directly trashed from, {@code null} if not directly trashed
     * @param trashed          whether it is in the trash bin (directly or inside a trashed folder)
     * @param pendingReadiness the readiness still ahead of a PENDING file, {@code null} otherwise
     * @param content          uploaded (or registered) bytes, {@code null} for imported files; a handle, not a copy:
     *                         a snapshot of a site holding a 1 GiB file costs no heap (see {@link StoredBytes})
     */
    public record StoredFile(
            FileDescriptor file,
            @Nullable String mimeType,
            @Nullable String originalName,
            @Nullable ExternalInfo externalInfo,
            RootFolder root,
            @Nullable String trashedFrom,
            boolean trashed,
            @Nullable Readiness pendingReadiness,
            @Nullable StoredBytes content) {
        public StoredFile {
            Objects.requireNonNull(file, "file");
            root = root == null ? RootFolder.MEDIA_ROOT : root;
        }

        @Override
        public String toString() {
            return "StoredFile[file=" + file + ", mimeType=" + mimeType + ", trashed=" + trashed + ", content="
                    + (content == null ? "none" : content.size() + " bytes") + "]";
        }
    }

    /** A stored folder and its trash state. */
    public record StoredFolder(
            Folder folder, RootFolder root, @Nullable String trashedFrom, boolean trashed) {
        public StoredFolder {
            Objects.requireNonNull(folder, "folder");
            root = root == null ? RootFolder.MEDIA_ROOT : root;
        }
    }

    /**
     * The display path of every folder of the snapshot, by folder id, as the core derives it everywhere (it is also
     * {@link PendingFile#folderPath()}): the names from the folder's root down to it, e.g. {@code /photos/2024}. The
     * path is within the folder's own root tree ({@link StoredFolder#root()}): folder {@code x} in visitor-uploads
     * is {@code /x}. A trashed folder, and every folder inside a trashed folder, keeps the path it had where it was
     * trashed from. Computed on each call; keep the map when you need many paths.
     *
     * <pre>{@code
     * Map<String, String> paths = site.snapshot().folderPaths();
     * assert paths.get(year.id()).equals("/photos/2024");
     * }</pre>
     */
    public Map<String, String> folderPaths() {
        Map<String, StoredFolder> byId = new HashMap<>();
        folders.forEach(f -> byId.put(f.folder().id(), f));
        Map<String, String> paths = new LinkedHashMap<>();
        for (StoredFolder f : folders) {
            paths.put(
                    f.folder().id(),
                    FolderPaths.of(
                            f.folder().id(),
                            byId::get,
                            s -> s.folder().displayName(),
                            s -> s.trashedFrom() != null
                                    ? s.trashedFrom()
                                    : s.folder().parentFolderId()));
        }
        return Collections.unmodifiableMap(paths);
    }

    /** An empty site. */
    public static SiteSnapshot empty(String siteId) {
        return new SiteSnapshot(siteId, 0, List.of(), List.of());
    }

    /** Whether this snapshot may be restored into {@code targetSiteId} (the site it was taken from), for a face's own hint. */
    public boolean isRestorableInto(String targetSiteId) {
        return siteId.equals(targetSiteId);
    }

    /**
     * Checks that this snapshot may be restored into {@code targetSiteId}: a snapshot belongs to the site it was taken
     * from (its ids carry the site's prefix). The one check every way of restoring uses.
     *
     * <pre>{@code snapshot.requireRestorableInto(site.siteId()); }</pre>
     *
     * @throws IllegalArgumentException naming both sites and the fix
     */
    public void requireRestorableInto(String targetSiteId) {
        if (!isRestorableInto(targetSiteId)) {
            throw new IllegalArgumentException("The snapshot is of site " + siteId + " but was restored into site "
                    + targetSiteId + "; restore it into site " + siteId + ", or change its siteId");
        }
    }
}
