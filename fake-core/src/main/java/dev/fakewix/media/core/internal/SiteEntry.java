package dev.fakewix.media.core.internal;

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

    SiteEntry(RootFolder root) {
        this.root = root;
    }

    /** The folder the entry's descriptor names as its parent. */
    abstract String parentFolderId();

    /** Replaces the descriptor with one whose parent is {@code parentFolderId}; the caller keeps the indexes in order. */
    abstract void moveTo(String parentFolderId);
}
