package dev.fakewix.media.core.model;

/** How a download URL asks the browser to treat the file. */
public enum ContentDisposition { ATTACHMENT, INLINE }
