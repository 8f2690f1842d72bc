package dev.fakewix.media.core.model;

/** Entity state of a file or folder. */
public enum State { OK, DELETED }
