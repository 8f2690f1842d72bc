package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

/** Media information of a video file ({@code VideoV2} on the wire). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VideoMedia(String id, List<VideoResolution> resolutions, String filename, List<Image> posters,
                         Long sizeInBytes, Long durationInMilliseconds) {
    public VideoMedia {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        posters = posters == null ? List.of() : List.copyOf(posters);
    }
}
