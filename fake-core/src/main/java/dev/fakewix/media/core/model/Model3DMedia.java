package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Media information of a 3D model file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Model3DMedia(String id, String url, Image thumbnail, String altText, String filename, Long sizeInBytes) {
}
