package dev.fakewix.media.core.model;

import java.util.List;

/** Media information of an image or vector file. */
public record ImageMedia(Image image, Colors colors, List<FaceRecognition> faces, Image previewImage, String caption) {
    public ImageMedia {
        faces = faces == null ? List.of() : List.copyOf(faces);
    }
}
