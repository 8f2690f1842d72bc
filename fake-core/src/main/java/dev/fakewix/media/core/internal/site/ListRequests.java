package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.internal.query.Cursor;
import dev.fakewix.media.core.internal.query.Paging;
import dev.fakewix.media.core.internal.query.SortField;
import dev.fakewix.media.core.internal.validation.RequestConstraints;
import dev.fakewix.media.core.internal.validation.Violations;
import dev.fakewix.media.core.model.CursorPaging;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.SortOrder;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a list request, in one place: listFiles, listDeletedFiles, listFolders and listDeletedFolders. What
 * it may carry (checked first, as the operation's one check of its request), what a field left out means (no parent:
 * media-root for a list, the whole trash bin for a deleted list; trash-root: the whole trash bin too; no sort: newest
 * first) and the query it stands for (a later page carries that query in its cursor, see {@link Paging}).
 *
 * <pre>{@code
 * Cursor spec = ListRequests.files(request, Cursor.Kind.LIST_FILES);   // the page to read, or a 400
 * }</pre>
 *
 * <p>Stateless.
 */
final class ListRequests {
    private ListRequests() {}

    /** The query of a listFiles ({@code LIST_FILES}) or listDeletedFiles ({@code LIST_DELETED_FILES}) request. */
    static Cursor files(ListFilesRequest r, Cursor.Kind kind) {
        check(r.parentFolderId(), r.paging());
        return Paging.resolve(r.paging(), kind, "paging.cursor", limit -> {
            Paging.checkMediaTypes(r.mediaTypes(), "mediaTypes");
            Cursor sorted =
                    Paging.sorted(kind, r.sort(), SiteState.FILE_SORTS, "sort", SortField.UPDATED_DATE, SortOrder.DESC);
            return Paging.with(
                    sorted,
                    parent(r.parentFolderId(), kind == Cursor.Kind.LIST_DELETED_FILES),
                    Set.copyOf(r.mediaTypes()),
                    r.isPrivate(),
                    null,
                    null,
                    null,
                    limit);
        });
    }

    /** The query of a listFolders ({@code LIST_FOLDERS}) or listDeletedFolders ({@code LIST_DELETED_FOLDERS}) request. */
    static Cursor folders(ListFoldersRequest r, Cursor.Kind kind) {
        check(r.parentFolderId(), r.paging());
        return Paging.resolve(r.paging(), kind, "paging.cursor", limit -> {
            Cursor sorted = FolderOperations.sortedFolders(kind, r.sort(), "sort");
            return Paging.with(
                    sorted,
                    parent(r.parentFolderId(), kind == Cursor.Kind.LIST_DELETED_FOLDERS),
                    Set.of(),
                    null,
                    null,
                    null,
                    null,
                    limit);
        });
    }

    /** The request's constraints: the parent's length and the paging's. */
    private static void check(@Nullable String parentFolderId, @Nullable CursorPaging paging) {
        Violations v = new Violations().maxLength("parentFolderId", parentFolderId, RequestConstraints.MAX_FOLDER_ID);
        RequestConstraints.paging(paging, "paging", v);
        v.throwForRequest();
    }

    /**
     * The folder listed: the given one, or media-root; for a deleted list, the folder items were deleted from, or
     * {@code null} for the whole trash bin (trashed items show parentFolderId trash-root, so asking for it means the
     * whole trash bin too).
     */
    @Decides({Guess.LIST_DELETED_WITHOUT_PARENT, Guess.LIST_DELETED_TRASH_ROOT})
    private static @Nullable String parent(@Nullable String parentFolderId, boolean deleted) {
        if (!deleted) {
            return FolderTree.parentOrMediaRoot(parentFolderId);
        }
        if (!FolderTree.isGiven(parentFolderId)) {
            Reliance.met(Guess.LIST_DELETED_WITHOUT_PARENT);
            return null;
        }
        if (SiteEngine.TRASH_ROOT.equals(parentFolderId)) {
            Reliance.met(Guess.LIST_DELETED_TRASH_ROOT);
            return null;
        }
        return parentFolderId;
    }
}
