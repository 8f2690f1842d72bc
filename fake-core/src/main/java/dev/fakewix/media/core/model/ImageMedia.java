package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

import java.util.List;

/** Media information of an image or vector file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ImageMedia(Image image, Colors colors, List<FaceRecognition> faces, Image previewImage, String caption) {
    public ImageMedia {
        faces = faces == null ? List.of() : List.copyOf(faces);
    }
}
