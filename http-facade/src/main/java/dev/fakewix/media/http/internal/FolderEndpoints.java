package dev.fakewix.media.http.internal;

import static dev.fakewix.media.http.internal.Requests.paging;
import static dev.fakewix.media.http.internal.Requests.sorting;

import dev.fakewix.media.core.Folders;
import dev.fakewix.media.core.model.FolderPage;
import dev.fakewix.media.core.model.FolderUpdate;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.RootFolder;
import dev.fakewix.media.core.model.SearchFoldersRequest;
import java.util.List;

/** The 10 Folders endpoints: parse, call {@link Folders}, render. No rule lives here. */
final class FolderEndpoints {
    private FolderEndpoints() {}

    static byte[] createFolder(ApiCall c) {
        Params p = c.params();
        String displayName = p.string("displayName");
        String parentFolderId = p.string("parentFolderId");
        return c.wire().folderEnvelope("folder", c.site().folders().createFolder(displayName, parentFolderId));
    }

    /** The id is in the path (and, as the SDK sends it, again in the query); the path wins. */
    static byte[] getFolder(ApiCall c) {
        return c.wire().folderEnvelope("folder", c.site().folders().getFolder(c.pathParam("folderId")));
    }

    static byte[] listFolders(ApiCall c) {
        FolderPage page = c.site().folders().listFolders(listRequest(c.params()));
        return c.wire().folderPage(page.folders(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    static byte[] listDeletedFolders(ApiCall c) {
        FolderPage page = c.site().folders().listDeletedFolders(listRequest(c.params()));
        return c.wire().folderPage(page.folders(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    static byte[] searchFolders(ApiCall c) {
        Params p = c.params();
        SearchFoldersRequest request = new SearchFoldersRequest(
                p.enumValue("rootFolder", RootFolder.class),
                sorting(p, "sort"),
                paging(p, "paging"),
                p.string("search"));
        FolderPage page = c.site().folders().searchFolders(request);
        return c.wire().folderPage(page.folders(), page.paging(), Wire.PageStyle.NEXT_CURSOR);
    }

    /**
     * The folder id of the path is the folder updated. The SDK also puts it in the body as {@code folder.id} (and,
     * for an object it got from getFolder, as {@code folder._id}) with read-only fields, all ignored.
     */
    static byte[] updateFolder(ApiCall c) {
        Params p = c.params();
        Params folder = p.child("folder");
        String displayName = folder.string("displayName");
        String parentFolderId = folder.string("parentFolderId");
        List<String> fieldMask = Requests.fieldMask(p);
        FolderUpdate update = new FolderUpdate(c.pathParam("folderId"), displayName, parentFolderId);
        Folders folders = c.site().folders();
        return c.wire()
                .folderEnvelope(
                        "folder",
                        fieldMask == null ? folders.updateFolder(update) : folders.updateFolder(update, fieldMask));
    }

    static byte[] generateFolderDownloadUrl(ApiCall c) {
        String url = c.site().folders().generateFolderDownloadUrl(c.pathParam("folderId"));
        return Json.write(g -> {
            g.writeStartObject();
            g.writeStringProperty("downloadUrl", url);
            g.writeEndObject();
        });
    }

    static byte[] bulkDeleteFolders(ApiCall c) {
        Params p = c.params();
        List<String> ids = p.strings("folderIds");
        Boolean permanent = p.bool("permanent");
        c.site().folders().bulkDeleteFolders(ids, Boolean.TRUE.equals(permanent));
        return c.wire().empty();
    }

    static byte[] bulkRestoreFoldersFromTrashBin(ApiCall c) {
        Params p = c.params();
        c.site().folders().bulkRestoreFoldersFromTrashBin(p.strings("folderIds"));
        return c.wire().empty();
    }

    static byte[] queryFolders(ApiCall c) {
        Params p = c.params();
        FolderPage page = c.site().folders().queryFolders(Requests.cursorQuery(p));
        return c.wire().folderPage(page.folders(), page.paging(), Wire.PageStyle.PAGING_METADATA);
    }

    private static ListFoldersRequest listRequest(Params p) {
        return new ListFoldersRequest(p.string("parentFolderId"), sorting(p, "sort"), paging(p, "paging"));
    }
}
