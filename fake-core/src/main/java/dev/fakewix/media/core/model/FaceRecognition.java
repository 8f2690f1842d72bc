package dev.fakewix.media.core.model;

/** A face found in an image: confidence and bounding box (top-left corner, pixels). */
public record FaceRecognition(double confidence, int x, int y, int height, int width) {
}
