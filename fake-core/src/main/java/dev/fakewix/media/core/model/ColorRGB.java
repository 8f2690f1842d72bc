package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** An RGB colour, each channel 0..255. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ColorRGB(int r, int g, int b) {}
