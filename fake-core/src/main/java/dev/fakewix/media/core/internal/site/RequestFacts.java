package dev.fakewix.media.core.internal.site;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a scenario predicate can know about a request: the folder it targets, the MIME type, the file ids and the
 * file name. Fields that do not apply are {@code null} or empty.
 */
@API(status = API.Status.INTERNAL)
public record RequestFacts(String folderId, String mimeType, List<String> fileIds, String fileName) {
    public static final RequestFacts NONE = new RequestFacts(null, null, List.of(), null);

    public RequestFacts {
        fileIds = fileIds == null ? List.of() : List.copyOf(fileIds);
    }

    public static RequestFacts folder(String folderId) {
        return new RequestFacts(folderId, null, List.of(), null);
    }

    public static RequestFacts files(List<String> fileIds) {
        return new RequestFacts(null, null, fileIds, null);
    }
}
