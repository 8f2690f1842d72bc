package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** One audio asset. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Audio(String id, String url, String filename, Long sizeInBytes) {
}
