package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.media.MediaFacts;
import dev.fakewix.media.core.internal.util.Json;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.model.ContentDisposition;
import dev.fakewix.media.core.model.DownloadUrl;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.StreamFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Download URLs of files (single or as an archive) and streaming URLs of videos. */
final class Downloads {
    private final SiteEngine engine;

    Downloads(SiteEngine engine) {
        this.engine = engine;
    }

    String generateFilesDownloadUrl(List<String> fileIds) {
        RequestConstraints.generateFilesDownloadUrl(fileIds).throwForRequest();
        return engine.transaction.write(Operation.GENERATE_FILES_DOWNLOAD_URL, RequestFacts.files(fileIds), s -> {
            List<FileEntry> files = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < fileIds.size(); i++) {
                FileEntry e = engine.fileIndex.requireFile(s, fileIds.get(i), "fileIds[" + i + "]");
                if (seen.add(e.id())) {
                    files.add(e);
                }
            }
            return Archives.issue(engine, s, Archives.ofFiles(files));
        });
    }

    List<DownloadUrl> generateFileDownloadUrl(GenerateFileDownloadUrlRequest r) {
        RequestConstraints.generateFileDownloadUrl(r).throwForRequest();
        List<String> keys = r.assetKeys() == null || r.assetKeys().isEmpty() ? List.of("src") : r.assetKeys();
        int minutes = r.expirationInMinutes() == null ? 600 : r.expirationInMinutes();
        return engine.transaction.read(
                Operation.GENERATE_FILE_DOWNLOAD_URL, RequestFacts.files(List.of(r.fileId())), s -> {
                    FileEntry e = engine.fileIndex.requireFile(s, r.fileId(), "fileId");
                    List<String> valid = MediaFacts.assetKeys(e.file);
                    List<DownloadUrl> urls = new ArrayList<>();
                    for (String key : keys) {
                        if (!key.equals("src")) {
                            Reliance.met(Guess.DOWNLOAD_ASSET_KEYS);
                        }
                        if (!valid.contains(key)) {
                            throw WixErrorCode.INVALID_ASSET_KEY.exception(
                                    "assetKeys",
                                    "Asset key '" + key + "' does not exist for " + e.file.mediaType() + " file "
                                            + e.id() + " (" + e.file.operationStatus() + "); valid keys: "
                                            + String.join(", ", valid),
                                    Json.object("allowedValues", valid, "requestValue", key));
                        }
                        String token = TransferToken.issue(
                                        engine, "urn:service:file.download", iat -> iat + minutes * 60L + 10)
                                .claim("obj", List.of(List.of(Json.object("path", "/media/" + e.id()))))
                                .claim(
                                        "dis",
                                        Json.object(
                                                "filename",
                                                r.downloadFileName() == null
                                                        ? e.file.displayName()
                                                        : r.downloadFileName(),
                                                "type",
                                                (r.contentDisposition() == ContentDisposition.INLINE
                                                        ? "inline"
                                                        : "attachment")))
                                .siteId()
                                .claim("assetKey", key)
                                .optionalClaim("redirectUrl", r.expirationRedirectUrl())
                                .sign();
                        urls.add(new DownloadUrl(
                                engine.config.transferUrls().get().downloadUrl(e.id(), key, token), key));
                    }
                    return urls;
                });
    }

    @Decides(Guess.STREAMING_URL_FOR_VIDEOS)
    DownloadUrl generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest r) {
        RequestConstraints.generateVideoStreamingUrl(r).throwForRequest();
        Reliance.met(Guess.STREAMING_URL_FOR_VIDEOS);
        return engine.transaction.read(
                Operation.GENERATE_VIDEO_STREAMING_URL, RequestFacts.files(List.of(r.fileId())), s -> {
                    FileEntry e = engine.fileIndex.requireFile(s, r.fileId(), "fileId");
                    if (e.file.mediaType() != MediaType.VIDEO) {
                        throw MediaManagerException.invalidArgument(List.of(FieldViolation.of(
                                "fileId",
                                "VALIDATION",
                                "file " + e.id() + " is " + e.file.mediaType()
                                        + "; only VIDEO files can be streamed")));
                    }
                    StreamFormat format =
                            r.format() == null || r.format() == StreamFormat.UNKNOWN ? StreamFormat.HLS : r.format();
                    return new DownloadUrl(
                            engine.config.transferUrls().get().streamingUrl(e.id(), format), format.name());
                });
    }
}
