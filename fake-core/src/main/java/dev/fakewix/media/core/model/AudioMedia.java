package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Media information of an audio file ({@code AudioV2} on the wire). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AudioMedia(
        String id,
        List<Audio> assets,
        @Nullable Integer bitrate,
        @Nullable String format,
        @Nullable Double duration,
        @Nullable Long sizeInBytes) {
    public AudioMedia {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
