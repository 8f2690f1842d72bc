package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Request of listFiles and listDeletedFiles.
 *
 * <pre>{@code
 * FilePage page = site.files().listFiles(ListFilesRequest.in(folderId)
 *         .withSort(Sorting.by("displayName", SortOrder.ASC)).withPaging(CursorPaging.limit(20)));
 * }</pre>
 *
 * @param parentFolderId {@code null} for the default ({@code media-root} for listFiles; every trashed file for listDeletedFiles)
 * @param isPrivate      {@code true} private only, {@code false} public only, {@code null} both
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ListFilesRequest(
        @Nullable String parentFolderId,
        List<MediaType> mediaTypes,
        @Nullable Boolean isPrivate,
        @Nullable Sorting sort,
        @Nullable CursorPaging paging) {
    public ListFilesRequest {
        mediaTypes = mediaTypes == null ? List.of() : List.copyOf(mediaTypes);
    }

    public static ListFilesRequest all() {
        return new ListFilesRequest(null, null, null, null, null);
    }

    public static ListFilesRequest in(String parentFolderId) {
        return new ListFilesRequest(parentFolderId, null, null, null, null);
    }

    public ListFilesRequest withMediaTypes(MediaType... value) {
        return new ListFilesRequest(parentFolderId, List.of(value), isPrivate, sort, paging);
    }

    public ListFilesRequest withPrivate(@Nullable Boolean value) {
        return new ListFilesRequest(parentFolderId, mediaTypes, value, sort, paging);
    }

    public ListFilesRequest withSort(@Nullable Sorting value) {
        return new ListFilesRequest(parentFolderId, mediaTypes, isPrivate, value, paging);
    }

    public ListFilesRequest withPaging(@Nullable CursorPaging value) {
        return new ListFilesRequest(parentFolderId, mediaTypes, isPrivate, sort, value);
    }
}
