package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Archive URLs (generateFilesDownloadUrl, generateFolderDownloadUrl): which files go in, under which entry names,
 * and the signed, expiring token the URL carries. The entry list is fixed when the URL is generated.
 */
@Decides(Guess.ARCHIVE_ENTRY_NAMES)
final class Archives {
    static final int MAX_FILES = 1000;
    /** Archive URLs live as long as a default download URL: 600 minutes (plus Wix's 10 s). */
    static final long VALIDITY_SECONDS = 600 * 60 + 10;
    static final String AUDIENCE = "urn:service:archive.download";

    /** One zip entry: its path inside the archive and the file whose bytes it holds. */
    record Item(String path, String fileId) {
    }

    private Archives() {
    }

    /** The entries of a list of files: their display names, made unique. */
    static List<Item> ofFiles(List<FileEntry> files) {
        Set<String> used = new HashSet<>();
        List<Item> out = new ArrayList<>();
        for (FileEntry e : files) {
            out.add(new Item(unique(used, "", nameOf(e)), e.id()));
        }
        return out;
    }

    /**
     * The entries of a folder and its live sub-folders, at most {@value #MAX_FILES}: each file under the path of its
     * folder relative to the archived folder (whose own name is left out, as the legacy folder download does).
     */
    static List<Item> ofFolder(SiteEngine engine, SiteState s, String folderId) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(folderId, "");
        for (FolderEntry d : engine.tree.descendantFolders(s, folderId)) {
            String parentPrefix = prefixes.get(d.folder.parentFolderId());
            if (d.trashed || parentPrefix == null) {
                continue; // a trashed sub-folder, or one inside it
            }
            prefixes.put(d.id(), parentPrefix + safe(d.folder.displayName()) + "/");
        }
        Set<String> used = new HashSet<>();
        List<Item> out = new ArrayList<>();
        for (Map.Entry<String, String> folder : prefixes.entrySet()) {
            if (!folder.getValue().isEmpty()) {
                used.add(folder.getValue()); // a file may not take a folder's name
            }
            for (FileEntry e : engine.tree.filesDirectlyIn(s, folder.getKey())) {
                if (out.size() < MAX_FILES && !e.trashed) {
                    out.add(new Item(unique(used, folder.getValue(), nameOf(e)), e.id()));
                }
            }
        }
        return out;
    }

    /** Issues the URL: stores the entries under a new archive id and signs a token naming it. */
    @Decides(Guess.ARCHIVE_URL_EXPIRY)
    static String issue(SiteEngine engine, SiteState s, List<Item> items) {
        String archiveId = s.ids.nextHex32();
        s.archives.put(archiveId, List.copyOf(items));
        String token = TransferToken.issue(engine, AUDIENCE, iat -> iat + VALIDITY_SECONDS)
                .claim("archiveId", archiveId).siteId().sign();
        return engine.config.transferUrls().get().archiveUrl(archiveId, token);
    }

    private static String nameOf(FileEntry e) {
        String name = e.file.displayName();
        return name == null || name.isBlank() ? e.id() : safe(name);
    }

    /** Zip entry names use {@code /} between folders: a slash inside a name would invent a folder. */
    private static String safe(String name) {
        return name.replace('/', '_').replace('\\', '_');
    }

    /** {@code name}, or {@code name (2).ext}, {@code name (3).ext}... whichever is first free in its folder. */
    private static String unique(Set<String> used, String prefix, String name) {
        int dot = name.lastIndexOf('.');
        String candidate = prefix + name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = prefix + (dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")");
        }
        return candidate;
    }
}
