package dev.fakewix.media.core.model;

import java.util.List;
import org.apiguardian.api.API;

/** One page of folders from listFolders, searchFolders, listDeletedFolders or queryFolders. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FolderPage(List<Folder> folders, PagingMetadata paging) {
    public FolderPage {
        folders = List.copyOf(folders);
    }
}
