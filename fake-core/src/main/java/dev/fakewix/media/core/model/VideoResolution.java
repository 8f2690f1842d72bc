package dev.fakewix.media.core.model;

/** One rendition of a video, e.g. {@code 720p.mp4}. */
public record VideoResolution(String url, int width, int height, String format) {
}
