package dev.fakewix.media.core.internal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The one derivation of a folder's display path, e.g. {@code /photos/2024}: the names from the folder's root down
 * to it, {@code /} for a root. A directly trashed folder is walked up from the folder it was trashed from, so a
 * trashed folder, and every folder inside it, keeps the path it had. Used on the live state
 * ({@code PendingFile.folderPath}) and on snapshots ({@code SiteSnapshot.folderPaths}), so both always agree.
 */
@API(status = API.Status.INTERNAL)
public final class FolderPaths {
    private FolderPaths() {}

    /**
     * The path of a folder, e.g. {@code /photos/2024}; {@code /} for a root.
     *
     * @param lookup the stored folder of an id, {@code null} when there is none
     * @param name   a folder's display name
     * @param up     the folder a folder sits in: where it was trashed from when trashed directly, else its parent
     */
    public static <F> String of(
            String folderId, Function<String, F> lookup, Function<F, String> name, Function<F, String> up) {
        List<String> names = new ArrayList<>();
        String id = folderId;
        int guard = 0;
        while (id != null && !FolderTree.isRoot(id) && guard++ < 10_000) {
            F f = lookup.apply(id);
            if (f == null) {
                break;
            }
            names.add(0, name.apply(f));
            id = up.apply(f);
        }
        return "/" + String.join("/", names);
    }
}
