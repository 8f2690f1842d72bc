package dev.fakewix.media.core;

import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import org.apiguardian.api.API;

import java.util.List;

/**
 * The Folders API of one site: the 10 methods of Wix's {@code folders} module, with the same names.
 *
 * <pre>{@code
 * Folder pets = fake.folders().createFolder("Pets", null);           // under media-root
 * Folder cats = fake.folders().createFolder("Cats", pets.id());
 * fake.folders().bulkDeleteFolders(List.of(pets.id()), false);        // trashes Pets, Cats and their files
 * }</pre>
 *
 * <p>Every method is atomic and thread-safe; errors are {@link MediaManagerException}s.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Folders {

    /** Creates a folder under {@code parentFolderId} ({@code null} for {@code media-root}). */
    Folder createFolder(String displayName, String parentFolderId);

    /** A folder by id; {@code media-root} and the other roots are valid ids. */
    Folder getFolder(String folderId);

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
