package dev.fakewix.media.core.model;

import java.util.List;

/** One page of files from listFiles, searchFiles, listDeletedFiles or queryFileDescriptors. */
public record FilePage(List<FileDescriptor> files, PagingMetadata paging) {
    public FilePage {
        files = List.copyOf(files);
    }
}
