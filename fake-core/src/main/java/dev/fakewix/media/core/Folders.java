package dev.fakewix.media.core;

import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Folders API of one site: the 10 methods of Wix's {@code folders} module, with the same names.
 *
 * <pre>{@code
 * Folders folders = site.folders();
 * Folder pets = folders.createFolder("Pets", null);                   // under media-root
 * Folder cats = folders.createFolder("Cats", pets.id());
 * Folder same = folders.folderAt("/Pets/Cats").orElseThrow();          // by path, for tests
 * folders.bulkDeleteFolders(List.of(pets.id()), false);               // trashes Pets, Cats and their files
 * }</pre>
 *
 * <p>Every method is atomic and thread-safe; errors are {@link MediaManagerException}s.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Folders {

    /** Creates a folder under {@code parentFolderId} ({@code null} for {@code media-root}). */
    Folder createFolder(String displayName, @Nullable String parentFolderId);

    /** A folder by id; {@code media-root} and the other roots are valid ids. */
    Folder getFolder(String folderId);

    /**
     * The live folders (not in the trash bin) at a path of folder display names from the media root, for tests:
     * {@code "/photos"}, {@code "/photos/2024"}; a path may start with another root's id
     * ({@code "/visitor-uploads/avatars"}). A list because Wix allows several folders of one name in a folder; empty
     * when there is none (the roots themselves are no path's folder: {@link #getFolder(String)} has them). Not a call
     * of the API: scenarios never apply.
     *
     * <pre>{@code List<Folder> years = site.folders().foldersAt("/photos/2024");}</pre>
     */
    List<Folder> foldersAt(String path);

    /**
     * The live folder at a path (see {@link #foldersAt(String)}), if there is one; the folders' twin of
     * {@link Files#fileAt(String)}.
     *
     * <pre>{@code Folder year = site.folders().folderAt("/photos/2024").orElseThrow();}</pre>
     *
     * @throws IllegalStateException when several folders share the path (use {@link #foldersAt(String)} then)
     */
    default Optional<Folder> folderAt(String path) {
        List<Folder> found = foldersAt(path);
        if (found.size() > 1) {
            throw new IllegalStateException(found.size() + " folders are at " + path + " (Wix allows equal names in a "
                    + "folder): use foldersAt(path) and pick one, e.g. by id "
                    + found.get(0).id());
        }
        return found.stream().findFirst();
    }

    /** Folders directly in a folder (default {@code media-root}). */
    FolderPage listFolders(ListFoldersRequest request);

    /** Folders anywhere under a root, matching free text over the name. */
    FolderPage searchFolders(SearchFoldersRequest request);

    /** Renames or moves a folder; fields left {@code null} are unchanged. */
    Folder updateFolder(FolderUpdate folder);

    /** As {@link #updateFolder(FolderUpdate)}, touching only the fields named in {@code fieldMask}. */
    Folder updateFolder(FolderUpdate folder, List<String> fieldMask);

    /** One URL to an archive of the folder, sub-folders included. */
    String generateFolderDownloadUrl(String folderId);

    /** Moves folders (with everything inside) to the trash bin, or removes them for good. */
    void bulkDeleteFolders(List<String> folderIds, boolean permanent);

    /** Returns trashed folders, with their contents, to where they were. */
    void bulkRestoreFoldersFromTrashBin(List<String> folderIds);

    /** Folders in the trash bin; {@code parentFolderId} filters by where they were deleted from. */
    FolderPage listDeletedFolders(ListFoldersRequest request);

    /** Folders matching a query-language filter; later pages pass only the cursor. */
    FolderPage queryFolders(CursorQuery query);
}
