package dev.fakewix.media.core.model;

/** One audio asset. */
public record Audio(String id, String url, String filename, Long sizeInBytes) {
}
