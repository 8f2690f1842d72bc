package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The writable fields of a file for updateFileDescriptor; a {@code null} field is left unchanged. The {@code id} is
 * required by updateFileDescriptor, which refuses a {@code null} or empty one with a {@code file.id}
 * {@code REQUIRED_FIELD} violation (as it does over HTTP).
 *
 * <pre>{@code site.files().updateFileDescriptor(FileUpdate.of(fileId).withDisplayName("cover.jpg"));}</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FileUpdate(
        @Nullable String id,
        @Nullable String displayName,
        @Nullable String parentFolderId,
        @Nullable List<String> labels) {
    public FileUpdate {
        labels = labels == null ? null : List.copyOf(labels);
    }

    public static FileUpdate of(String id) {
        return new FileUpdate(id, null, null, null);
    }

    public FileUpdate withDisplayName(@Nullable String value) {
        return new FileUpdate(id, value, parentFolderId, labels);
    }

    public FileUpdate withParentFolderId(@Nullable String value) {
        return new FileUpdate(id, displayName, value, labels);
    }

    public FileUpdate withLabels(@Nullable List<String> value) {
        return new FileUpdate(id, displayName, parentFolderId, value);
    }
}
