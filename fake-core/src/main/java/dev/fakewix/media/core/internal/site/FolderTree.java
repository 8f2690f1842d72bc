package dev.fakewix.media.core.internal.site;

import static dev.fakewix.media.core.internal.site.SiteEngine.MEDIA_ROOT;
import static dev.fakewix.media.core.internal.site.SiteEngine.TRASH_ROOT;
import static dev.fakewix.media.core.internal.site.SiteEngine.VISITOR_UPLOADS;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.query.SortedIndex;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The site's folder tree: the three roots, which folders are live, display paths, creating folders (one at a time
 * or along a path) and keeping the folder indexes in order. Called under the site's lock.
 */
final class FolderTree {
    private final SiteEngine engine;

    FolderTree(SiteEngine engine) {
        this.engine = engine;
    }

    /**
     * The one reading of a request's parent folder: none given ({@code null}, or empty as proto3 sends an unset
     * string) means media-root. Imports, uploads, new folders and listings all read it here.
     */
    static String parentOrMediaRoot(@Nullable String parentFolderId) {
        return isGiven(parentFolderId) ? parentFolderId : MEDIA_ROOT;
    }

    /** Whether a request names a folder ({@code null} and empty name none). */
    static boolean isGiven(@Nullable String folderId) {
        return folderId != null && !folderId.isEmpty();
    }

    static boolean isRoot(String folderId) {
        return MEDIA_ROOT.equals(folderId) || VISITOR_UPLOADS.equals(folderId) || TRASH_ROOT.equals(folderId);
    }

    /** The synthetic folder object of a root id. */
    @Decides(Guess.ROOT_FOLDER_NAMES)
    Folder rootFolder(String id) {
        Reliance.met(Guess.ROOT_FOLDER_NAMES);
        String name = switch (id) {
            case "media-root" -> "Site Files";
            case "trash-root" -> "Trash";
            default -> "Visitor Uploads";
        };
        return new Folder(id, name, "", engine.createdAt, engine.createdAt, State.OK, engine.siteId);
    }

    /**
     * The root a live folder belongs to, or a validation error naming {@code field} when the folder does not exist
     * or is in the trash bin. Files and folders can only be placed in live folders.
     */
    RootFolder requireLiveFolder(SiteState s, String folderId, String field) {
        if (MEDIA_ROOT.equals(folderId)) {
            return RootFolder.MEDIA_ROOT;
        }
        if (VISITOR_UPLOADS.equals(folderId)) {
            return RootFolder.VISITOR_UPLOADS_ROOT;
        }
        if (TRASH_ROOT.equals(folderId)) {
            throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                    field,
                    "VALIDATION",
                    "cannot place items in trash-root; use bulkDelete to move them to the trash bin")));
        }
        FolderEntry folder = s.folders.get(folderId);
        if (folder == null) {
            Reliance.met(Guess.UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND);
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "Folder " + folderId + " does not exist");
        }
        if (folder.trashed) {
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(
                    field, "Folder " + folderId + " is in the trash bin; restore it first");
        }
        return folder.root;
    }

    /** A stored folder (live or trashed) or RESOURCE_NOT_FOUND naming {@code field}. */
    @Decides(Guess.UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND)
    FolderEntry requireFolder(SiteState s, String folderId, String field) {
        FolderEntry e = s.folders.get(folderId);
        if (e == null) {
            Reliance.met(Guess.UNKNOWN_FOLDER_IS_RESOURCE_NOT_FOUND);
            throw WixErrorCode.RESOURCE_NOT_FOUND.exception(field, "Folder " + folderId + " does not exist");
        }
        return e;
    }

    /** The display path of a folder, e.g. {@code /photos/2024} (see {@link FolderPaths}). */
    @Decides(Guess.TRASHED_FOLDER_DISPLAY_PATH)
    String folderPath(SiteState s, String folderId) {
        return FolderPaths.of(
                folderId,
                s.folders::get,
                f -> f.folder.displayName(),
                f -> f.trashedFrom != null ? f.trashedFrom : f.folder.parentFolderId());
    }

    /**
     * Notes what listing the files or sub-folders of {@code folderId} relies on: a folder that does not exist, or one
     * in the trash bin, lists as an empty page.
     */
    @Decides({Guess.MISSING_FOLDER_LISTS_EMPTY, Guess.TRASHED_FOLDER_LISTS_EMPTY})
    void noteListed(SiteState s, String folderId) {
        if (isRoot(folderId)) {
            return;
        }
        FolderEntry e = s.folders.get(folderId);
        if (e == null) {
            Reliance.met(Guess.MISSING_FOLDER_LISTS_EMPTY);
        } else if (e.trashed) {
            Reliance.met(Guess.TRASHED_FOLDER_LISTS_EMPTY);
        }
    }

    /** The names of a test's path ({@code "/photos/2024/cat.jpg"}): the parts between slashes, empty ones dropped. */
    static List<String> pathNames(String path) {
        List<String> names = new ArrayList<>();
        for (String name : path.trim().split("/", -1)) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * The ids of the live folders a path of display names leads to, from media-root, or from the root whose id is
     * the first name ({@code visitor-uploads/...}); several when names repeat, none when nothing is there. With no
     * names, media-root itself. The one walk of {@code filesAt} and {@code foldersAt}.
     */
    List<String> liveFolderIdsAt(SiteState s, List<String> names) {
        List<String> parents = new ArrayList<>(List.of(MEDIA_ROOT));
        String first = names.isEmpty() ? null : names.get(0);
        boolean fromOtherRoot = first != null && !MEDIA_ROOT.equals(first) && isRoot(first);
        if (fromOtherRoot) {
            parents.add(first);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            List<String> next = new ArrayList<>();
            for (String parent : parents) {
                if (i == 0 && fromOtherRoot && parent.equals(first)) {
                    next.add(parent); // the root itself is the path's first name
                    continue;
                }
                SortedIndex<FolderEntry> children = s.foldersByParent.get(parent);
                if (children != null) {
                    for (FolderEntry f : children.all()) {
                        if (!f.trashed && f.folder.displayName().equals(name)) {
                            next.add(f.folder.id());
                        }
                    }
                }
            }
            parents = next;
        }
        return parents;
    }

    /** Walks {@code filePath} under {@code parentId}, creating missing folders; returns the innermost folder id. */
    @Decides(Guess.FILE_PATH_SEGMENTS)
    String ensurePath(SiteState s, String parentId, String filePath) {
        Reliance.met(Guess.FILE_PATH_SEGMENTS);
        String current = parentId;
        RootFolder root = requireLiveFolder(s, parentId, "parentFolderId");
        for (String segment : filePath.split("/", -1)) {
            if (segment.isBlank()) {
                continue;
            }
            String name = segment.trim();
            FolderEntry existing = null;
            for (FolderEntry child : s.foldersIn(current).all()) {
                if (!child.trashed && child.folder.displayName().equals(name)) {
                    existing = child;
                    break;
                }
            }
            if (existing == null) {
                existing = insertFolder(s, name, current, root);
            }
            current = existing.folder.id();
        }
        return current;
    }

    FolderEntry insertFolder(SiteState s, String displayName, String parentId, RootFolder root) {
        Instant now = engine.now();
        Folder folder = new Folder(s.ids.nextHex32(), displayName, parentId, now, now, State.OK, engine.siteId);
        FolderEntry entry = new FolderEntry(folder, root);
        s.folders.put(folder.id(), entry);
        indexFolder(s, entry);
        engine.events.folderCreated(s, entry);
        s.undo.push(() -> {
            unindexFolder(s, entry);
            s.folders.remove(entry.id());
        });
        return entry;
    }

    void indexFolder(SiteState s, FolderEntry e) {
        s.touched(e);
        s.foldersIn(e.folder.parentFolderId()).add(e);
        (e.trashed ? s.trashedFolders : s.liveFolders).add(e);
    }

    void unindexFolder(SiteState s, FolderEntry e) {
        s.touched(e);
        SortedIndex<FolderEntry> siblings = s.foldersByParent.get(e.folder.parentFolderId());
        if (siblings != null) {
            siblings.remove(e);
            if (siblings.isEmpty()) {
                s.foldersByParent.remove(e.folder.parentFolderId());
            }
        }
        (e.trashed ? s.trashedFolders : s.liveFolders).remove(e);
    }

    /** Every folder below {@code folderId} (not itself), parents before children. */
    List<FolderEntry> descendantFolders(SiteState s, String folderId) {
        List<FolderEntry> out = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(folderId));
        while (!frontier.isEmpty()) {
            String id = frontier.remove(frontier.size() - 1);
            SortedIndex<FolderEntry> children = s.foldersByParent.get(id);
            if (children != null) {
                for (FolderEntry child : children.all()) {
                    out.add(child);
                    frontier.add(child.folder.id());
                }
            }
        }
        return out;
    }

    List<FileEntry> filesDirectlyIn(SiteState s, String folderId) {
        SortedIndex<FileEntry> files = s.filesByParent.get(folderId);
        return files == null ? List.of() : files.all();
    }

    /** Moves a folder, its files and everything below it into another root's tree. */
    void setRoot(SiteState s, FolderEntry folder, RootFolder root) {
        folder.root = root;
        s.touched(folder);
        for (FileEntry f : filesDirectlyIn(s, folder.id())) {
            f.root = root;
            s.touched(f);
        }
        for (FolderEntry d : descendantFolders(s, folder.id())) {
            d.root = root;
            s.touched(d);
            for (FileEntry f : filesDirectlyIn(s, d.id())) {
                f.root = root;
                s.touched(f);
            }
        }
    }
}
