package dev.fakewix.media.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A file in the Media Manager, with the fields the REST API returns (REST names; the SDK's {@code _id} is {@link #id()}).
 *
 * <pre>{@code
 * FileDescriptor file = site.files().getFileDescriptor(fileId);
 * if (file.operationStatus() == OperationStatus.READY) { use(file.url()); }
 * }</pre>
 *
 * <p>Instances are immutable snapshots: a change to the file produces a new instance.
 *
 * @param sizeInBytes size in bytes, {@code -1} while unknown (pending import)
 * @param media       media details; {@code null} until the file is ready, and in import responses
 * @param sourceUrl   the URL a file was imported from, {@code null} for uploads
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FileDescriptor(
        String id,
        String displayName,
        String url,
        String parentFolderId,
        String hash,
        long sizeInBytes,
        boolean isPrivate,
        MediaType mediaType,
        @Nullable FileMedia media,
        OperationStatus operationStatus,
        @Nullable String sourceUrl,
        @Nullable String thumbnailUrl,
        List<String> labels,
        Instant createdDate,
        Instant updatedDate,
        String siteId,
        State state) {
    public FileDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(operationStatus, "operationStatus");
        Objects.requireNonNull(state, "state");
        labels = labels == null ? List.of() : List.copyOf(labels);
        hash = hash == null ? "" : hash;
        displayName = displayName == null ? "" : displayName;
    }

    public FileDescriptor withDisplayName(String value) {
        return new FileDescriptor(
                id,
                value,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    public FileDescriptor withParentFolderId(String value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                value,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    public FileDescriptor withLabels(List<String> value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                value,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    public FileDescriptor withUpdatedDate(Instant value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                value,
                siteId,
                state);
    }

    /** A copy with {@code id} replaced. */
    public FileDescriptor withId(String value) {
        return new FileDescriptor(
                value,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code url} replaced. */
    public FileDescriptor withUrl(String value) {
        return new FileDescriptor(
                id,
                displayName,
                value,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code hash} replaced. */
    public FileDescriptor withHash(String value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                value,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code sizeInBytes} replaced. */
    public FileDescriptor withSizeInBytes(long value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                value,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code isPrivate} replaced. */
    public FileDescriptor withPrivate(boolean value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                value,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code mediaType} replaced. */
    public FileDescriptor withMediaType(MediaType value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                value,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code media} replaced. */
    public FileDescriptor withMedia(@Nullable FileMedia value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                value,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code operationStatus} replaced. */
    public FileDescriptor withOperationStatus(OperationStatus value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                value,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code sourceUrl} replaced. */
    public FileDescriptor withSourceUrl(@Nullable String value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                value,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code thumbnailUrl} replaced. */
    public FileDescriptor withThumbnailUrl(@Nullable String value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                value,
                labels,
                createdDate,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code createdDate} replaced. */
    public FileDescriptor withCreatedDate(Instant value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                value,
                updatedDate,
                siteId,
                state);
    }

    /** A copy with {@code siteId} replaced. */
    public FileDescriptor withSiteId(String value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                value,
                state);
    }

    /** A copy with {@code state} replaced. */
    public FileDescriptor withState(State value) {
        return new FileDescriptor(
                id,
                displayName,
                url,
                parentFolderId,
                hash,
                sizeInBytes,
                isPrivate,
                mediaType,
                media,
                operationStatus,
                sourceUrl,
                thumbnailUrl,
                labels,
                createdDate,
                updatedDate,
                siteId,
                value);
    }

    /** Returns a copy without {@link #media()}, as import responses show a file. */
    public FileDescriptor withoutMedia() {
        return media == null
                ? this
                : new FileDescriptor(
                        id,
                        displayName,
                        url,
                        parentFolderId,
                        hash,
                        sizeInBytes,
                        isPrivate,
                        mediaType,
                        null,
                        operationStatus,
                        sourceUrl,
                        thumbnailUrl,
                        labels,
                        createdDate,
                        updatedDate,
                        siteId,
                        state);
    }
}
