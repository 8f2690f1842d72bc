package dev.fakewix.media.core.model;

/** Media information of a document file. */
public record DocumentMedia(String id, String url, String filename) {
}
