package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Media information of an archive file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ArchiveMedia(String id, String url, String filename, Long sizeInBytes) {
}
