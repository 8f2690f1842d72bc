package dev.fakewix.media.core.model;

import java.util.List;

/** One page of folders from listFolders, searchFolders, listDeletedFolders or queryFolders. */
public record FolderPage(List<Folder> folders, PagingMetadata paging) {
    public FolderPage {
        folders = List.copyOf(folders);
    }
}
