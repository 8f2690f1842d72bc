package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

/** Media information of an audio file ({@code AudioV2} on the wire). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record AudioMedia(String id, List<Audio> assets, Integer bitrate, String format, Double duration, Long sizeInBytes) {
    public AudioMedia {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
