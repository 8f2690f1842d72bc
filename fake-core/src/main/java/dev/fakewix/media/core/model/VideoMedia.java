package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Media information of a video file ({@code VideoV2} on the wire). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record VideoMedia(
        String id,
        List<VideoResolution> resolutions,
        @Nullable String filename,
        List<Image> posters,
        @Nullable Long sizeInBytes,
        @Nullable Long durationInMilliseconds) {
    public VideoMedia {
        resolutions = resolutions == null ? List.of() : List.copyOf(resolutions);
        posters = posters == null ? List.of() : List.copyOf(posters);
    }
}
