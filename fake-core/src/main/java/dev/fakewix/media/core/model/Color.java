package dev.fakewix.media.core.model;

/** A colour found in an image. */
public record Color(String hex, ColorRGB rgb) {
}
