package dev.fakewix.media.core;

import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.MediaType;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ReadinessPolicy} knows about a file that has just been imported or uploaded.
 *
 * @param folderPath the display path of the parent folder, e.g. {@code /photos/2024} ({@code /} for media-root)
 * @param uploaded   {@code true} for an upload, {@code false} for an import
 * @param sourceUrl  the import URL, {@code null} for uploads
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PendingFile(
        String siteId,
        String fileId,
        String displayName,
        MediaType mediaType,
        @Nullable String mimeType,
        String parentFolderId,
        String folderPath,
        List<String> labels,
        @Nullable ExternalInfo externalInfo,
        boolean uploaded,
        @Nullable String sourceUrl) {
    public PendingFile {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
