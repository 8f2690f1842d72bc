package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** A face found in an image: confidence and bounding box (top-left corner, pixels). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FaceRecognition(double confidence, int x, int y, int height, int width) {}
