package dev.fakewix.media.core.internal.validation;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.CursorQuery;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The constraints of each request (required fields, lengths, sizes, ranges, formats), as pure checks of the request
 * value: no site state, no clock, nothing thrown. Each operation runs its check first, once, and throws what it found
 * with the type errors of the face that read the request ({@code RequestConstraints.getFileDescriptors(ids)
 * .throwForRequest()}, see {@link ReadViolations}), so that one 400 lists both. What needs the site (not found, in
 * the trash bin, quota) or the catalogue of formats comes after, in the operation. (A list request's rules, its
 * constraints included, live together in the site's {@code ListRequests}.)
 *
 * <p>A check must accept a request whose badly typed fields were read as absent: it never assumes a field is set.
 */
@API(status = API.Status.INTERNAL)
public final class RequestConstraints {
    /** The longest display name a file keeps (longer names are cut by imports and uploads, refused by updates). */
    public static final int MAX_DISPLAY_NAME = 255;

    static final int MAX_PAGE_LIMIT = 100;
    static final int MAX_CURSOR_LENGTH = 16_000;
    static final int MAX_ID = 1000;
    public static final int MAX_FOLDER_ID = 100;
    /** The fields updateFolder writes, and the read-only ones its mask may name. */
    static final List<String> FOLDER_UPDATABLE = List.of("displayName", "parentFolderId");

    static final List<String> FOLDER_READ_ONLY = List.of("id", "createdDate", "updatedDate", "state", "siteId");
    public static final int MAX_BULK_FILE_IDS = 1000;
    public static final int MAX_BULK_FOLDER_IDS = 100;
    /** The fields updateFileDescriptor writes. */
    @Decides(Guess.PRIVATE_FIXED_AT_CREATION)
    public static final List<String> FILE_UPDATABLE = List.of("displayName", "parentFolderId", "labels");
    /** Read-only fields a field mask may name; Wix ignores them, as it ignores them in the body. */
    static final List<String> FILE_READ_ONLY = List.of(
            "id",
            "url",
            "hash",
            "sizeInBytes",
            "private",
            "mediaType",
            "media",
            "operationStatus",
            "sourceUrl",
            "thumbnailUrl",
            "createdDate",
            "updatedDate",
            "siteId",
            "state");

    private RequestConstraints() {}

    // ---------------------------------------------------------------- files

    public static Violations getFileDescriptor(String fileId) {
        return new Violations().required("fileId", fileId).maxLength("fileId", fileId, MAX_ID);
    }

    public static Violations getFileDescriptors(List<String> fileIds) {
        return new Violations()
                .minSize("fileIds", fileIds, 1)
                .maxSize("fileIds", fileIds, 100)
                .eachMaxLength("fileIds", fileIds, MAX_ID);
    }

    public static Violations searchFiles(SearchFilesRequest r) {
        return r == null ? new Violations() : search(r.search(), r.paging());
    }

    /** Validates paging fields into {@code violations}; {@code prefix} is {@code paging} or {@code query.cursorPaging}. */
    public static void paging(CursorPaging paging, String prefix, Violations violations) {
        if (paging != null) {
            violations.range(prefix + ".limit", paging.limit(), 0, MAX_PAGE_LIMIT);
            violations.maxLength(prefix + ".cursor", paging.cursor(), MAX_CURSOR_LENGTH);
        }
    }

    private static Violations search(String search, CursorPaging paging) {
        Violations v = new Violations().maxLength("search", search, 200);
        paging(paging, "paging", v);
        return v;
    }

    /** queryFileDescriptors and queryFolders. */
    public static Violations cursorQuery(CursorQuery q) {
        Violations v = new Violations();
        if (q != null) {
            v.maxSize("query.sort", q.sort(), 1);
            paging(q.cursorPaging(), "query.cursorPaging", v);
        }
        return v;
    }

    public static Violations importFile(ImportFileRequest r) {
        return importFile(r, "", new Violations());
    }

    /** bulkImportFiles: all or nothing, so every item's violations belong to the one error of the request. */
    public static Violations bulkImportFiles(List<ImportFileRequest> requests) {
        Violations v = bulkImportFile(requests);
        if (requests != null) {
            for (int i = 0; i < requests.size(); i++) {
                importFile(requests.get(i), "importFileRequests[" + i + "].", v);
            }
        }
        return v;
    }

    /** bulkImportFile: the list only; an item's violations fail that item alone, in its result. */
    public static Violations bulkImportFile(List<ImportFileRequest> requests) {
        return new Violations().minSize("importFileRequests", requests, 1).maxSize("importFileRequests", requests, 100);
    }

    /** One import request; {@code prefix} is its path in a bulk request ({@code importFileRequests[2].}) or empty. */
    public static Violations importFile(ImportFileRequest r, String prefix, Violations v) {
        if (r == null) {
            return v.add(
                    prefix.isEmpty() ? "request" : prefix.substring(0, prefix.length() - 1),
                    "REQUIRED_FIELD",
                    "is required");
        }
        v.required(prefix + "url", r.url())
                .minLength(prefix + "url", r.url(), 2)
                .webUrl(prefix + "url", r.url())
                .maxLength(prefix + "displayName", r.displayName(), 1000)
                .maxLength(prefix + "parentFolderId", r.parentFolderId(), MAX_FOLDER_ID)
                .maxSize(prefix + "labels", r.labels(), 500)
                .eachMaxLength(prefix + "labels", r.labels(), 200)
                .maxLength(prefix + "mimeType", r.mimeType(), 100)
                .maxLength(prefix + "filePath", r.filePath(), 100);
        externalInfo(r.externalInfo(), prefix + "externalInfo", v);
        if (r.mediaType() != null && !r.mediaType().isConcrete()) {
            v.add(
                    prefix + "mediaType",
                    "VALIDATION",
                    "must be one of IMAGE, VIDEO, AUDIO, DOCUMENT, VECTOR, ARCHIVE, MODEL3D, was " + r.mediaType());
        }
        return v;
    }

    static void externalInfo(ExternalInfo info, String field, Violations v) {
        if (info != null) {
            v.maxLength(field + ".origin", info.origin(), 1000)
                    .maxSize(field + ".externalIds", info.externalIds(), 30)
                    .eachMaxLength(field + ".externalIds", info.externalIds(), 4000);
        }
    }

    public static Violations generateFileUploadUrl(GenerateFileUploadUrlRequest r) {
        if (r == null) {
            return new Violations().required("mimeType", null);
        }
        Violations v = new Violations();
        externalInfo(r.externalInfo(), "externalInfo", v);
        v.maxSize("labels", r.labels(), 50);
        return upload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.labels(), r.filePath(), v);
    }

    public static Violations generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest r) {
        if (r == null) {
            return new Violations().required("mimeType", null);
        }
        Violations v = new Violations().maxSize("labels", r.labels(), 500);
        return upload(r.mimeType(), r.fileName(), r.sizeInBytes(), r.parentFolderId(), r.labels(), r.filePath(), v);
    }

    private static Violations upload(
            String mimeType,
            String fileName,
            Long size,
            String parentFolderId,
            List<String> labels,
            String filePath,
            Violations v) {
        v.required("mimeType", mimeType)
                .maxLength("mimeType", mimeType, 100)
                .maxLength("fileName", fileName, 1000)
                .maxLength("parentFolderId", parentFolderId, MAX_FOLDER_ID)
                .eachMaxLength("labels", labels, 200)
                .maxLength("filePath", filePath, 100);
        if (size != null && size < 0) {
            v.add("sizeInBytes", "DECIMAL_GTE", "must be at least 0, was " + size);
        }
        return v;
    }

    public static Violations generateFilesDownloadUrl(List<String> fileIds) {
        return new Violations()
                .minSize("fileIds", fileIds, 1)
                .maxSize("fileIds", fileIds, 1000)
                .eachMaxLength("fileIds", fileIds, MAX_ID);
    }

    public static Violations generateFileDownloadUrl(GenerateFileDownloadUrlRequest r) {
        if (r == null) {
            return new Violations().required("fileId", null);
        }
        return new Violations()
                .required("fileId", r.fileId())
                .maxLength("fileId", r.fileId(), MAX_ID)
                .maxLength("downloadFileName", r.downloadFileName(), 100)
                .range("expirationInMinutes", r.expirationInMinutes(), 1, 525_600)
                .webUrl("expirationRedirectUrl", r.expirationRedirectUrl())
                .maxSize("assetKeys", r.assetKeys(), 100)
                .eachMaxLength("assetKeys", r.assetKeys(), 100);
    }

    public static Violations generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest r) {
        if (r == null) {
            return new Violations().required("fileId", null);
        }
        return new Violations()
                .required("fileId", r.fileId())
                .maxLength("fileId", r.fileId(), MAX_ID)
                .range("expirationInMinutes", r.expirationInMinutes(), 60, 1440);
    }

    /** bulkDeleteFiles and bulkRestoreFilesFromTrashBin ({@code null} counts as no ids). */
    public static Violations fileIdsInBulk(List<String> fileIds) {
        return idsInBulk("fileIds", fileIds, MAX_BULK_FILE_IDS);
    }

    /** The ids of a bulk trash operation: {@code max} bounds both their number and their length. */
    public static Violations idsInBulk(String field, List<String> ids, int max) {
        List<String> checked = ids == null ? List.of() : ids;
        return new Violations().maxSize(field, checked, max).eachMaxLength(field, checked, max);
    }

    /**
     * updateFileDescriptor: the file and its id first, then the fields the update writes (those the mask names, or,
     * without a mask, those given). A mask naming no field of a file is a violation too.
     */
    public static Violations updateFileDescriptor(FileUpdate file, List<String> fieldMask) {
        if (file == null) {
            return new Violations().required("file", null);
        }
        Violations v = maskPaths(fieldMask, FILE_UPDATABLE, FILE_READ_ONLY);
        v.required("file.id", file.id()).maxLength("file.id", file.id(), MAX_ID);
        if (writes(fieldMask, "displayName", file.displayName())) {
            v.required("file.displayName", file.displayName())
                    .maxLength("file.displayName", file.displayName(), MAX_DISPLAY_NAME);
        }
        if (writes(fieldMask, "parentFolderId", file.parentFolderId())) {
            v.required("file.parentFolderId", file.parentFolderId())
                    .maxLength("file.parentFolderId", file.parentFolderId(), MAX_FOLDER_ID);
        }
        if (writes(fieldMask, "labels", file.labels())) {
            v.maxSize("file.labels", file.labels(), 100).eachMaxLength("file.labels", file.labels(), 200);
        }
        return v;
    }

    /**
     * Whether an update writes {@code field}: the mask names it, or, without a mask (or with an empty one), the update
     * gives it.
     */
    public static boolean writes(List<String> fieldMask, String field, Object given) {
        return (fieldMask == null || fieldMask.isEmpty()) ? given != null : fieldMask.contains(field);
    }

    /** A violation for each path of the mask that names no field of the entity. */
    private static Violations maskPaths(List<String> fieldMask, List<String> updatable, List<String> readOnly) {
        Violations v = new Violations();
        if (fieldMask != null && !fieldMask.isEmpty()) {
            Reliance.met(Guess.FIELD_MASK_SEMANTICS);
        }
        for (String path : fieldMask == null ? List.<String>of() : fieldMask) {
            if (path.equals("private") && readOnly.contains(path)) { // files only: folders have no such field
                Reliance.met(Guess.PRIVATE_FIXED_AT_CREATION);
            }
            if (!updatable.contains(path) && !readOnly.contains(path)) {
                v.add(
                        "fieldMask",
                        "VALIDATION",
                        "'" + path + "' cannot be updated; updatable fields: " + String.join(", ", updatable));
            }
        }
        return v;
    }

    // ---------------------------------------------------------------- folders

    public static Violations getFolder(String folderId) {
        return new Violations().required("folderId", folderId).maxLength("folderId", folderId, MAX_FOLDER_ID);
    }

    public static Violations generateFolderDownloadUrl(String folderId) {
        return new Violations().required("folderId", folderId).maxLength("folderId", folderId, MAX_FOLDER_ID);
    }

    public static Violations createFolder(String displayName, String parentFolderId) {
        return new Violations()
                .required("displayName", displayName)
                .maxLength("displayName", displayName, 1000)
                .maxLength("parentFolderId", parentFolderId, MAX_FOLDER_ID);
    }

    public static Violations searchFolders(SearchFoldersRequest r) {
        return r == null ? new Violations() : search(r.search(), r.paging());
    }

    /** updateFolder: the folder and its id, then the fields the update writes; as {@link #updateFileDescriptor}. */
    public static Violations updateFolder(FolderUpdate folder, List<String> fieldMask) {
        if (folder == null) {
            return new Violations().required("folder", null);
        }
        Violations v = maskPaths(fieldMask, FOLDER_UPDATABLE, FOLDER_READ_ONLY);
        v.required("folder.id", folder.id()).maxLength("folder.id", folder.id(), MAX_FOLDER_ID);
        if (writes(fieldMask, "displayName", folder.displayName())) {
            v.required("folder.displayName", folder.displayName())
                    .maxLength("folder.displayName", folder.displayName(), 1000);
        }
        if (writes(fieldMask, "parentFolderId", folder.parentFolderId())) {
            v.required("folder.parentFolderId", folder.parentFolderId())
                    .maxLength("folder.parentFolderId", folder.parentFolderId(), MAX_FOLDER_ID);
        }
        return v;
    }

    /** bulkDeleteFolders and bulkRestoreFoldersFromTrashBin ({@code null} counts as no ids). */
    public static Violations folderIdsInBulk(List<String> folderIds) {
        return idsInBulk("folderIds", folderIds, MAX_BULK_FOLDER_IDS);
    }
}
