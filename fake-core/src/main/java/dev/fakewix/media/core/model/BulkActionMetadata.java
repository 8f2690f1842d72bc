package dev.fakewix.media.core.model;

/** Counts of a bulk operation. */
public record BulkActionMetadata(int totalSuccesses, int totalFailures, int undetailedFailures) {
}
