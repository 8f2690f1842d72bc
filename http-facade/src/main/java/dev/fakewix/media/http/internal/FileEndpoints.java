package dev.fakewix.media.http.internal;

import static dev.fakewix.media.http.internal.Requests.paging;
import static dev.fakewix.media.http.internal.Requests.sorting;

import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.model.BulkImportFileResponse;
import dev.fakewix.media.core.model.BulkImportFileResult;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.FileUpdate;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ItemMetadata;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.ResumableUploadUrl;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFilesRequest;
import dev.fakewix.media.core.model.StreamFormat;
import dev.fakewix.media.core.model.UploadProtocol;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The 17 Files endpoints: parse, call {@link Files}, render. No rule lives here: the type errors met parsing reach
 * the core's check of the request (see {@code FaceAccess.checkedWith}), so that one error lists every violation.
 */
final class FileEndpoints {
    private FileEndpoints() {}

    static byte[] generateFilesDownloadUrl(ApiCall c) {
        Params p = c.params();
        String url = c.site().files().generateFilesDownloadUrl(p.strings("fileIds"));
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("downloadUrl", url);
            g.writeEndObject();
        });
    }

    static byte[] generateFileDownloadUrl(ApiCall c) {
        Params p = c.params();
        GenerateFileDownloadUrlRequest request = new GenerateFileDownloadUrlRequest(
                p.string("fileId"),
                p.string("downloadFileName"),
                p.integer("expirationInMinutes"),
                p.string("expirationRedirectUrl"),
                p.strings("assetKeys"),
                p.enumValue("contentDisposition", ContentDisposition.class));
        List<DownloadUrl> urls = c.site().files().generateFileDownloadUrl(request);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("downloadUrls");
            for (DownloadUrl url : urls) {
                writeDownloadUrl(g, url);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    static byte[] getFileDescriptor(ApiCall c) {
        Params p = c.params();
        return c.wire().fileEnvelope("file", c.site().files().getFileDescriptor(p.string("fileId")));
    }

    static Body getFileDescriptors(ApiCall c) {
        Params p = c.params();
        return c.wire().fileList("files", c.site().files().getFileDescriptors(p.strings("fileIds")));
    }

    static byte[] updateFileDescriptor(ApiCall c) {
        Params p = c.params();
        Params file = p.child("file");
        // The SDK sends REST names; a raw client may still send the SDK's _id. Whether it is given is the core's rule.
        String id = file.has("id") || !file.has("_id") ? file.string("id") : file.string("_id");
        String displayName = file.string("displayName");
        String parentFolderId = file.string("parentFolderId");
        List<String> labels = file.strings("labels");
        List<String> fieldMask = Requests.fieldMask(p);
        FileUpdate update = new FileUpdate(id, displayName, parentFolderId, labels);
        Files files = c.site().files();
        return c.wire()
                .fileEnvelope(
                        "file",
                        fieldMask == null
                                ? files.updateFileDescriptor(update)
                                : files.updateFileDescriptor(update, fieldMask));
    }

    static byte[] generateFileUploadUrl(ApiCall c) {
        Params p = c.params();
        GenerateFileUploadUrlRequest request = new GenerateFileUploadUrlRequest(
                p.string("mimeType"),
                p.string("fileName"),
                p.int64("sizeInBytes"),
                p.string("parentFolderId"),
                p.bool("private"),
                p.strings("labels"),
                Requests.externalInfo(p, "externalInfo"),
                p.string("filePath"));
        String url = c.site().files().generateFileUploadUrl(request);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("uploadUrl", url);
            g.writeEndObject();
        });
    }

    static byte[] generateFileResumableUploadUrl(ApiCall c) {
        Params p = c.params();
        GenerateFileResumableUploadUrlRequest request = new GenerateFileResumableUploadUrlRequest(
                p.string("mimeType"),
                p.string("fileName"),
                p.int64("sizeInBytes"),
                p.string("parentFolderId"),
                p.bool("private"),
                p.strings("labels"),
                p.enumValue("uploadProtocol", UploadProtocol.class),
                p.string("filePath"));
        ResumableUploadUrl url = c.site().files().generateFileResumableUploadUrl(request);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("uploadProtocol", url.uploadProtocol().name());
            g.writeStringProperty("uploadUrl", url.uploadUrl());
            g.writeStringProperty("uploadToken", url.uploadToken());
            g.writeEndObject();
        });
    }

    static byte[] importFile(ApiCall c) {
        Params p = c.params();
        return c.wire().fileEnvelope("file", c.site().files().importFile(Requests.importFile(p)));
    }

    static byte[] bulkImportFile(ApiCall c) {
        Params p = c.params();
        List<ImportFileRequest> requests = Requests.importFiles(p, "importFileRequests");
        Boolean returnEntity = p.bool("returnEntity");
        BulkImportFileResponse response = c.site().files().bulkImportFile(requests, returnEntity);
        return Json.write(g -> {
            g.writeStartObject();
            g.writeArrayPropertyStart("results");
            for (BulkImportFileResult result : response.results()) {
                g.writeStartObject();
                writeItemMetadata(g, result.itemMetadata());
                if (result.item() != null) {
                    g.writeName("item");
                    c.wire().writeFileValue(g, result.item());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectPropertyStart("bulkActionMetadata");
            g.writeNumberProperty(
                    "totalSuccesses", response.bulkActionMetadata().totalSuccesses());
            g.writeNumberProperty("totalFailures", response.bulkActionMetadata().totalFailures());
            g.writeNumberProperty(
                    "undetailedFailures", response.bulkActionMetadata().undetailedFailures());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    static Body bulkImportFiles(ApiCall c) {
        Params p = c.params();
        return c.wire()
                .fileList("files", c.site().files().bulkImportFiles(Requests.importFiles(p, "importFileRequests")));
    }

    static Body listFiles(ApiCall c) {
        return listPage(c.wire(), c.site().files().listFiles(listRequest(c.params())));
    }

    /** A ListFiles answer (the facade keeps these: {@link ListAnswers}). */
    static Body listPage(Wire wire, FilePage page) {
        return wire.filePage(page.files(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    static Body listDeletedFiles(ApiCall c) {
        FilePage page = c.site().files().listDeletedFiles(listRequest(c.params()));
        return c.wire().filePage(page.files(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    static Body searchFiles(ApiCall c) {
        Params p = c.params();
        SearchFilesRequest request = new SearchFilesRequest(
                p.string("search"),
                p.enumValue("rootFolder", RootFolder.class),
                p.enums("mediaTypes", MediaType.class),
                p.bool("private"),
                sorting(p, "sort"),
                paging(p, "paging"));
        FilePage page = c.site().files().searchFiles(request);
        return c.wire().filePage(page.files(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    static byte[] generateVideoStreamingUrl(ApiCall c) {
        Params p = c.params();
        DownloadUrl url = c.site()
                .files()
                .generateVideoStreamingUrl(new GenerateVideoStreamingUrlRequest(
                        p.string("fileId"),
                        p.enumValue("format", StreamFormat.class),
                        p.integer("expirationInMinutes")));
        return Json.write(g -> {
            g.writeStartObject();
            g.writeName("downloadUrl");
            writeDownloadUrl(g, url);
            g.writeEndObject();
        });
    }

    static byte[] bulkDeleteFiles(ApiCall c) {
        Params p = c.params();
        List<String> ids = p.strings("fileIds");
        Boolean permanent = p.bool("permanent");
        c.site().files().bulkDeleteFiles(ids, Boolean.TRUE.equals(permanent));
        return c.wire().empty();
    }

    static byte[] bulkRestoreFilesFromTrashBin(ApiCall c) {
        Params p = c.params();
        c.site().files().bulkRestoreFilesFromTrashBin(p.strings("fileIds"));
        return c.wire().empty();
    }

    static Body queryFileDescriptors(ApiCall c) {
        Params p = c.params();
        FilePage page = c.site().files().queryFileDescriptors(Requests.cursorQuery(p));
        return c.wire().filePage(page.files(), page.paging(), Wire.PageStyle.PAGING_METADATA);
    }

    static ListFilesRequest listRequest(Params p) {
        return new ListFilesRequest(
                p.string("parentFolderId"),
                p.enums("mediaTypes", MediaType.class),
                p.bool("private"),
                sorting(p, "sort"),
                paging(p, "paging"));
    }

    private static void writeDownloadUrl(JsonGenerator g, DownloadUrl url) {
        g.writeStartObject();
        g.writeStringProperty("url", url.url());
        g.writeStringProperty("assetKey", url.assetKey());
        g.writeEndObject();
    }

    private static void writeItemMetadata(JsonGenerator g, ItemMetadata m) {
        g.writeObjectPropertyStart("itemMetadata");
        if (m.id() != null) {
            g.writeStringProperty("id", m.id());
        }
        g.writeNumberProperty("originalIndex", m.originalIndex());
        g.writeBooleanProperty("success", m.success());
        if (m.error() != null) {
            g.writeName("error");
            ErrorMapper.writeApplicationError(g, m.error());
        }
        g.writeEndObject();
    }
}
