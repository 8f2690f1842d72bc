package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Archive URLs (generateFilesDownloadUrl, generateFolderDownloadUrl): which files go in, under which entry names,
 * and the signed, expiring token the URL carries. The entry list is fixed when the URL is generated, and kept by the
 * site until the URL expires; a site keeps its newest {@value #KEPT_PER_SITE} lists (generating an archive URL is a
 * read call: without a bound, any caller could fill the heap).
 */
@Decides(Guess.ARCHIVE_ENTRY_NAMES)
final class Archives {
    static final int MAX_FILES = 1000;
    /** Archive URLs live as long as a default download URL: 600 minutes (plus Wix's 10 s). */
    static final long VALIDITY_SECONDS = 600 * 60 + 10;

    static final String AUDIENCE = "urn:service:archive.download";
    /** Archive URLs a site keeps the entry lists of; an older one answers NOT_FOUND. */
    @Decides(Guess.ARCHIVE_LISTS_KEPT)
    static final int KEPT_PER_SITE = 100;
    /** The longest entry path a zip can hold (its name length field has 16 bits), in UTF-8 bytes. */
    static final int MAX_ENTRY_PATH_BYTES = 0xFFFF;
    /** The entry paths of one archive together, in characters: what one kept list may cost. */
    static final int MAX_PATH_CHARS = 1 << 20;

    /** One zip entry: its path inside the archive and the file whose bytes it holds. */
    record Item(String path, String fileId) {}

    /** A generated archive URL's entries, kept until {@code expiresAtMillis} on the site's clock. */
    record Kept(List<Item> items, long expiresAtMillis) {}

    private Archives() {}

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
     * folder relative to the archived folder (whose own name is left out, as the legacy folder download does). The
     * path of a folder is made only for folders that give files, by walking up its parents: the work and memory go
     * with the entries and their paths, never with the depth squared (a chain 10,000 folders deep).
     *
     * @throws MediaManagerException INVALID_ARGUMENT when an entry's path is longer than a zip can hold, or the
     *                               paths together longer than {@value #MAX_PATH_CHARS} characters
     */
    static List<Item> ofFolder(SiteEngine engine, SiteState s, String folderId) {
        // the live folders below the archived one, in the order the tree walk meets them (parents first)
        Map<String, FolderEntry> live = new LinkedHashMap<>();
        for (FolderEntry d : engine.tree.descendantFolders(s, folderId)) {
            String parent = d.folder.parentFolderId();
            if (!d.trashed && (folderId.equals(parent) || live.containsKey(parent))) {
                live.put(d.id(), d); // a trashed sub-folder, or one inside it, is left out
            }
        }
        List<String> order = new ArrayList<>(live.size() + 1);
        order.add(folderId);
        order.addAll(live.keySet());
        Set<String> used = new HashSet<>();
        List<Item> out = new ArrayList<>();
        long chars = 0;
        for (String id : order) {
            String prefix = null;
            for (FileEntry e : engine.tree.filesDirectlyIn(s, id)) {
                if (out.size() >= MAX_FILES) {
                    return out;
                }
                if (e.trashed) {
                    continue;
                }
                if (prefix == null) {
                    prefix = prefixOf(id, folderId, live);
                }
                Item item = new Item(unique(used, prefix, nameOf(e)), e.id());
                chars += item.path().length();
                requireFits(item.path(), chars, live.size());
                out.add(item);
            }
        }
        return out;
    }

    /** {@code a/b/} for folder {@code b} inside {@code a} inside the archived folder; {@code ""} for that folder. */
    private static String prefixOf(String id, String archived, Map<String, FolderEntry> live) {
        List<String> names = new ArrayList<>();
        for (String at = id; !at.equals(archived); at = live.get(at).folder.parentFolderId()) {
            names.add(safe(live.get(at).folder.displayName()));
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = names.size() - 1; i >= 0; i--) {
            prefix.append(names.get(i)).append('/');
            if (prefix.length() > MAX_ENTRY_PATH_BYTES) {
                break; // too long already: requireFits says so
            }
        }
        return prefix.toString();
    }

    @Decides(Guess.ARCHIVE_LISTS_KEPT)
    private static void requireFits(String path, long chars, int folders) {
        int bytes = path.length() > MAX_ENTRY_PATH_BYTES ? path.length() : path.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_ENTRY_PATH_BYTES) {
            Reliance.met(Guess.ARCHIVE_LISTS_KEPT);
            throw MediaManagerException.standard(
                    WixErrorCode.INVALID_ARGUMENT,
                    "The archive would hold an entry whose"
                            + " path has " + bytes + " bytes (" + path.substring(0, 60)
                            + "...); a zip entry name holds at most"
                            + " 65,535 bytes. Archive a folder deeper in the tree (the path starts below the archived folder)");
        }
        if (chars > MAX_PATH_CHARS) {
            Reliance.met(Guess.ARCHIVE_LISTS_KEPT);
            throw MediaManagerException.standard(
                    WixErrorCode.INVALID_ARGUMENT,
                    "The archive's entry paths would add up"
                            + " to more than " + MAX_PATH_CHARS + " characters (" + folders
                            + " folders below the archived one);"
                            + " archive a folder deeper in the tree, or the files by id (generateFilesDownloadUrl)");
        }
    }

    /** Issues the URL: keeps the entries under a new archive id and signs a token naming it. */
    @Decides(Guess.ARCHIVE_URL_EXPIRY)
    static String issue(SiteEngine engine, SiteState s, List<Item> items) {
        Reliance.met(Guess.ARCHIVE_ENTRY_NAMES);
        Reliance.met(Guess.ARCHIVE_URL_EXPIRY);
        String archiveId = s.ids.nextHex32();
        long now = engine.clock().millis();
        s.keepArchive(archiveId, new Kept(List.copyOf(items), now + VALIDITY_SECONDS * 1000), now, KEPT_PER_SITE);
        String token = TransferToken.issue(engine, AUDIENCE, iat -> iat + VALIDITY_SECONDS)
                .claim("archiveId", archiveId)
                .siteId()
                .sign();
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
            candidate = prefix
                    + (dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")");
        }
        return candidate;
    }
}
