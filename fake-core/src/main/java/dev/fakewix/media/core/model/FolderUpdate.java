package dev.fakewix.media.core.model;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a folder for updateFolder; a {@code null} field is left unchanged.
 *
 * <pre>{@code site.folders().updateFolder(FolderUpdate.of(folderId).withParentFolderId(otherId));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FolderUpdate(
        @Nullable String id,
        @Nullable String displayName,
        @Nullable String parentFolderId) {
    public FolderUpdate {
        Objects.requireNonNull(id, "id");
    }

    public static FolderUpdate of(String id) {
        return new FolderUpdate(id, null, null);
    }

    public FolderUpdate withDisplayName(@Nullable String value) {
        return new FolderUpdate(id, value, parentFolderId);
    }

    public FolderUpdate withParentFolderId(@Nullable String value) {
        return new FolderUpdate(id, displayName, value);
    }
}
