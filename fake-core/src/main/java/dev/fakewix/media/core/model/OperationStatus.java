package dev.fakewix.media.core.model;

/** Processing status of a file: {@code PENDING} right after upload or import, then {@code READY} or {@code FAILED}. */
public enum OperationStatus { FAILED, READY, PENDING }
