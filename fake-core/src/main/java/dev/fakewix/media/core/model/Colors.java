package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The prominent colour and palette of an image. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Colors(@Nullable Color prominent, List<Color> palette) {
    public Colors {
        palette = palette == null ? List.of() : List.copyOf(palette);
    }
}
