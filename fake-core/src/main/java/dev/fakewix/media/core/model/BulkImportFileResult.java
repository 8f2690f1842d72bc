package dev.fakewix.media.core.model;

/**
 * One item of a bulkImportFile response.
 *
 * @param item the imported file; {@code null} when the item failed or {@code returnEntity} was false
 */
public record BulkImportFileResult(ItemMetadata itemMetadata, FileDescriptor item) {
}
