package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Response of generateFileResumableUploadUrl. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ResumableUploadUrl(UploadProtocol uploadProtocol, String uploadUrl, String uploadToken) {}
