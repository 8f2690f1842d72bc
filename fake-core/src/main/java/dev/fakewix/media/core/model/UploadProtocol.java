package dev.fakewix.media.core.model;

/** Resumable upload protocol. */
public enum UploadProtocol { TUS }
