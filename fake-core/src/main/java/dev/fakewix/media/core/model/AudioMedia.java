package dev.fakewix.media.core.model;

import java.util.List;

/** Media information of an audio file ({@code AudioV2} on the wire). */
public record AudioMedia(String id, List<Audio> assets, Integer bitrate, String format, Double duration, Long sizeInBytes) {
    public AudioMedia {
        assets = assets == null ? List.of() : List.copyOf(assets);
    }
}
