package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Media information of an image or vector file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageMedia(
        @Nullable Image image,
        @Nullable Colors colors,
        List<FaceRecognition> faces,
        @Nullable Image previewImage,
        @Nullable String caption) {
    public ImageMedia {
        faces = faces == null ? List.of() : List.copyOf(faces);
    }
}
