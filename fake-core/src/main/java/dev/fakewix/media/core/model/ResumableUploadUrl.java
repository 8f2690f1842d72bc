package dev.fakewix.media.core.model;

/** Response of generateFileResumableUploadUrl. */
public record ResumableUploadUrl(UploadProtocol uploadProtocol, String uploadUrl, String uploadToken) {
}
