package dev.fakewix.media.core.model;

import java.util.List;

/** Response of bulkImportFile: a result per request item, in request order, and the counts. */
public record BulkImportFileResponse(List<BulkImportFileResult> results, BulkActionMetadata bulkActionMetadata) {
    public BulkImportFileResponse {
        results = List.copyOf(results);
    }
}
