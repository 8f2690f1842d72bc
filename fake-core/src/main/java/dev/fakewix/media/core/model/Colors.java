package dev.fakewix.media.core.model;

import java.util.List;

/** The prominent colour and palette of an image. */
public record Colors(Color prominent, List<Color> palette) {
    public Colors {
        palette = palette == null ? List.of() : List.copyOf(palette);
    }
}
