package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;

/** One page of files from listFiles, searchFiles, listDeletedFiles or queryFileDescriptors. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FilePage(List<FileDescriptor> files, PagingMetadata paging) {
    public FilePage {
        files = List.copyOf(files);
    }
}
