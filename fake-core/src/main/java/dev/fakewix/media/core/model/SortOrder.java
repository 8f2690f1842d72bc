package dev.fakewix.media.core.model;

/** Sort direction. */
public enum SortOrder { ASC, DESC }
