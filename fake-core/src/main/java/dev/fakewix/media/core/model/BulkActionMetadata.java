package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Counts of a bulk operation. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BulkActionMetadata(int totalSuccesses, int totalFailures, int undetailedFailures) {}
