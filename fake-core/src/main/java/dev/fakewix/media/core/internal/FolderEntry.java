package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import org.apiguardian.api.API;

/** A stored folder; mutated only under the site's write lock, and only out of the indexes for sort fields. */
@API(status = API.Status.INTERNAL)
public final class FolderEntry implements Sortable {
    Folder folder;
    RootFolder root;
    String trashedFrom;
    boolean trashed;

    FolderEntry(Folder folder, RootFolder root) {
        this.folder = folder;
        this.root = root;
    }

    public Folder folder() {
        return folder;
    }

    @Override
    public String id() {
        return folder.id();
    }

    @Override
    public String sortName() {
        return folder.displayName();
    }

    @Override
    public long sortUpdated() {
        return folder.updatedDate().toEpochMilli();
    }

    @Override
    public long sortSize() {
        return 0;
    }
}
