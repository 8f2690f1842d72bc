package dev.fakewix.media.core.model;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One item of a bulkImportFile response.
 *
 * @param item the imported file; {@code null} when the item failed or {@code returnEntity} was false
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BulkImportFileResult(
        ItemMetadata itemMetadata, @Nullable FileDescriptor item) {}
