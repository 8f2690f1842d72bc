package dev.fakewix.media.core.model;

/** Video streaming format. */
public enum StreamFormat { UNKNOWN, HLS, DASH }
