package dev.fakewix.media.core.model;

/** Media information of a 3D model file. */
public record Model3DMedia(String id, String url, Image thumbnail, String altText, String filename, Long sizeInBytes) {
}
