package dev.fakewix.media.core.model;

/** Media information of an archive file. */
public record ArchiveMedia(String id, String url, String filename, Long sizeInBytes) {
}
