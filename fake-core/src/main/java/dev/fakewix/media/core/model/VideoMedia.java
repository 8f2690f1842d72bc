package dev.fakewix.media.core.model;

import java.util.List;

/** Media information of a video file ({@code VideoV2} on the wire). */
public record VideoMedia(String id, List<VideoResolution> resolutions, String filename, List<Image> posters,
                         Long sizeInBytes, Long durationInMilliseconds) {
    public VideoMedia {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        posters = posters == null ? List.of() : List.copyOf(posters);
    }
}
