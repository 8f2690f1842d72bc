package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.internal.query.Sortable;
import dev.fakewix.media.core.model.RootFolder;

/**
 * What a stored file and a stored folder share: the tree they live in and their place in the trash bin, so that the
 * {@link TrashBin} keeps that bookkeeping once for both. Mutated only under the site's write lock.
 */
abstract sealed class SiteEntry implements Sortable permits FileEntry, FolderEntry {
    /** Which tree the entry lives in (media-root or visitor-uploads). */
    RootFolder root;
    /** Folder the entry was directly trashed from; {@code null} unless directly trashed. */
    String trashedFrom;
    /** Whether the entry is in the trash bin, directly or inside a trashed folder. */
    boolean trashed;
    /**
     * The last {@code entityEventSequence} announced for the entry's id, read as unsigned (so up to 4,294,967,295
     * events per entry). An {@code int} fits in the padding of a {@link FileEntry}; a {@code long} or a map entry per id would
     * cost every stored file 8 or about 40 bytes.
     */
    int lastEventSequence;

    SiteEntry(RootFolder root) {
        this.root = root;
    }

    /** The folder the entry's descriptor names as its parent. */
    abstract String parentFolderId();

    /** Replaces the descriptor with one whose parent is {@code parentFolderId}; the caller keeps the indexes in order. */
    abstract void moveTo(String parentFolderId);
}
