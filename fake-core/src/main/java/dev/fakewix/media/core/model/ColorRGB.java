package dev.fakewix.media.core.model;

/** An RGB colour, each channel 0..255. */
public record ColorRGB(int r, int g, int b) {
}
