package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** The three top-level trees that searchFiles and searchFolders can span. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum RootFolder {
    MEDIA_ROOT("media-root"),
    TRASH_ROOT("trash-root"),
    VISITOR_UPLOADS_ROOT("visitor-uploads");

    private final String folderId;

    RootFolder(String folderId) {
        this.folderId = folderId;
    }

    /** The folder id that stands for this root in {@code parentFolderId} fields. */
    public String folderId() {
        return folderId;
    }
}
