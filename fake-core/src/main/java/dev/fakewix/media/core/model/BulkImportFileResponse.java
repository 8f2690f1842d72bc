package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;

/** Response of bulkImportFile: a result per request item, in request order, and the counts. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record BulkImportFileResponse(List<BulkImportFileResult> results, BulkActionMetadata bulkActionMetadata) {
    public BulkImportFileResponse {
        results = List.copyOf(results);
    }
}
