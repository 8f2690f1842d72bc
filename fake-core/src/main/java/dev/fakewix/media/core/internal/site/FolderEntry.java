package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.RootFolder;
import org.apiguardian.api.API;

/** A stored folder; mutated only under the site's write lock, and only out of the indexes for sort fields. */
@API(status = API.Status.INTERNAL)
public final class FolderEntry extends SiteEntry {
    Folder folder;

    FolderEntry(Folder folder, RootFolder root) {
        super(root);
        this.folder = folder;
    }

    public Folder folder() {
        return folder;
    }

    @Override
    public String id() {
        return folder.id();
    }

    @Override
    String parentFolderId() {
        return folder.parentFolderId();
    }

    @Override
    void moveTo(String parentFolderId) {
        folder = folder.withParentFolderId(parentFolderId);
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
