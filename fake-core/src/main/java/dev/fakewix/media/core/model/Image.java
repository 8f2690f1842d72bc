package dev.fakewix.media.core.model;

/**
 * An image asset (the original or a preview).
 *
 * @param sizeInBytes size, or {@code null} when not known
 */
public record Image(String id, String url, int width, int height, String altText, String filename, Long sizeInBytes) {
}
