package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads snapshots as {@link SnapshotJson} writes them, streamed: one folder or file item is held at a time, and a
 * file's {@code content} is decoded from base64 as it arrives, into a temporary file beyond {@value #IN_MEMORY}
 * bytes. So any export the fake produced imports back, whatever its size: a 40,000-file site or a 1 GiB upload
 * (issue 19), by {@code PUT /_fake/sites/{id}/state} and by {@code --state FILE}, in memory bounded by the largest
 * item's JSON and by what the restored site holds anyway.
 *
 * <p>It reaches the core's {@code ContentStore} (as {@link SnapshotJson} does for writing): decoded bytes are stored
 * there, in files of their own, and the restored site takes them over without a copy.
 *
 * <p>Errors are as {@link SnapshotJson#readFileDescriptor} and {@link Params} report them, with the item's path
 * ({@code files[2].file.mediaType}), all at once at the end of the document; a document that is not JSON stops at
 * the first error. Thread-safe (each read has its own parser).
 */
@Decides(Guess.STATE_IMPORT_STREAMED)
final class SnapshotReader {
    /** Content up to this size is kept on the heap; longer content goes to a temporary file as it is decoded. */
    static final int IN_MEMORY = 256 * 1024;

    private final JsonMapper mapper;
    private final ContentStore spill;

    /**
     * @param maxItemChars the longest string outside {@code content} (a display name, a label): what one JSON body
     *                     may hold, so that no item's tree is larger than an API request's
     */
    SnapshotReader(long maxItemChars) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, Math.max(1024, maxItemChars)))
                .build();
        // each item is read as a tree in the middle of the document: what follows it is the rest, not trailing junk
        this.mapper = JsonMapper.builder(
                        JsonFactory.builder().streamReadConstraints(constraints).build())
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        // long content goes to files of its own (no heap budget) until the restored site links them into its store
        this.spill = new ContentStore(0, null);
    }

    /** Frees the bytes a snapshot read here holds, when it was refused and will never be restored. */
    static void release(SiteSnapshot snapshot) {
        snapshot.files().forEach(f -> ContentStore.release(f.content()));
    }

    /** One snapshot (the body of {@code PUT .../state}); an empty document is {@code null}. */
    SiteSnapshot readOne(InputStream in, String defaultSiteId) {
        try (JsonParser p = mapper.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            if (first != JsonToken.START_OBJECT) {
                throw notAnObject(p);
            }
            SiteSnapshot snapshot = readSnapshot(p, defaultSiteId, null);
            requireEnd(p);
            return snapshot;
        } catch (JacksonException e) {
            throw Params.notJson(e);
        }
    }

    /** A state file: one snapshot, an array of snapshots, or {@code {"sites": [...]}}. */
    List<SiteSnapshot> readAll(InputStream in, String defaultSiteId) {
        try (JsonParser p = mapper.createParser(in)) {
            JsonToken first = p.nextToken();
            List<SiteSnapshot> out = new ArrayList<>();
            if (first == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw notAnObject(p);
                    }
                    out.add(readSnapshot(p, defaultSiteId, null));
                }
            } else if (first == JsonToken.START_OBJECT) {
                List<SiteSnapshot> sites = new ArrayList<>();
                SiteSnapshot single = readSnapshot(p, defaultSiteId, sites);
                out.addAll(sites.isEmpty() ? List.of(single) : sites);
            } else {
                throw notAnObject(p);
            }
            requireEnd(p);
            return out;
        } catch (JacksonException e) {
            throw Params.notJson(e);
        }
    }

    /**
     * The snapshot whose {@code START_OBJECT} is the current token, up to its {@code END_OBJECT}. With {@code sites}
     * (a state file's top level), the snapshots of a {@code "sites"} array go there.
     */
    private SiteSnapshot readSnapshot(JsonParser p, String defaultSiteId, List<SiteSnapshot> sites) {
        ObjectNode head = JsonNodeFactory.instance.objectNode();
        Params root = Params.ofTree(head);
        List<SiteSnapshot.StoredFolder> folders = new ArrayList<>();
        List<SiteSnapshot.StoredFile> files = new ArrayList<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (sites != null && name.equals("sites") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw notAnObject(p);
                    }
                    sites.add(readSnapshot(p, defaultSiteId, null));
                }
            } else if ((name.equals("folders") || name.equals("files")) && value == JsonToken.START_ARRAY) {
                boolean ofFiles = name.equals("files");
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    if (ofFiles && p.currentToken() == JsonToken.START_OBJECT) {
                        SiteSnapshot.StoredFile file = readFile(p, root, i);
                        if (file != null) {
                            files.add(file);
                        }
                    } else {
                        Params item = root.item(name, i, mapper.readTree(p));
                        if (ofFiles) {
                            SnapshotJson.readFile(item, null); // not an object: only its violation
                        } else {
                            SiteSnapshot.StoredFolder folder = SnapshotJson.readFolder(item);
                            if (folder != null) {
                                folders.add(folder);
                            }
                        }
                    }
                }
            } else {
                head.set(name, mapper.readTree(p)); // siteId, idCounter; a wrong type is reported by its read below
            }
        }
        String siteId = root.string("siteId");
        Long counter = root.int64("idCounter");
        if (head.has("folders") || head.has("files")) {
            root.objects("folders"); // a non-array (null is fine): its violation
            root.objects("files");
        }
        root.check();
        return new SiteSnapshot(siteId == null ? defaultSiteId : siteId, counter == null ? 0 : counter, files, folders);
    }

    /** A file item, its {@code content} decoded as it streams; its other fields read as one small tree. */
    private SiteSnapshot.StoredFile readFile(JsonParser p, Params root, int index) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        StoredBytes content = null;
        boolean contentBroken = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("content") && value == JsonToken.VALUE_STRING) {
                ContentStore.release(content); // a second "content" replaces the first, as in a tree
                content = null;
                try {
                    content = decode(p);
                } catch (JacksonException e) {
                    if (e.getOriginalMessage() == null
                            || !e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("base64")) {
                        throw e; // not a base64 problem: the document is broken here
                    }
                    contentBroken = true;
                    root.itemViolation(
                            "files",
                            index,
                            "content",
                            "FORMAT",
                            "must be base64 (RFC 4648, with padding): " + e.getOriginalMessage());
                }
            } else {
                fields.set(name, mapper.readTree(p));
            }
        }
        SiteSnapshot.StoredFile file = SnapshotJson.readFile(root.item("files", index, fields), content);
        if (file == null || contentBroken) {
            ContentStore.release(content);
            return null;
        }
        return file;
    }

    /** The current base64 string's bytes: on the heap while short, in a temporary file once longer. */
    private StoredBytes decode(JsonParser p) {
        Spilling out = new Spilling();
        try {
            p.readBinaryValue(out);
            return out.finish();
        } catch (RuntimeException | Error e) {
            out.release();
            throw e;
        }
    }

    /** Bytes on the heap up to {@value #IN_MEMORY}, then in a writer of the spill store, a chunk at a time. */
    private final class Spilling extends OutputStream {
        /** Grows up to {@value #IN_MEMORY} (most contents are small), then is reused for every chunk. */
        private byte[] chunk = new byte[8192];

        private int filled;
        private ContentStore.Writer file;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                if (filled == chunk.length) {
                    if (chunk.length < IN_MEMORY) {
                        chunk = Arrays.copyOf(chunk, Math.min(IN_MEMORY, chunk.length * 2));
                    } else {
                        flush();
                    }
                }
                int n = Math.min(len, chunk.length - filled);
                System.arraycopy(b, off, chunk, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        /** The full chunk goes to the file (made at the first one). */
        @Override
        public void flush() {
            if (filled == 0) {
                return;
            }
            if (file == null) {
                file = spill.newWriter();
            }
            int n = filled;
            file.append(
                    new ByteArrayInputStream(chunk, 0, n),
                    n,
                    limit -> new IllegalStateException("a chunk of " + n + " bytes passed its own length"));
            filled = 0;
        }

        StoredBytes finish() {
            if (file == null) {
                return ContentStore.unbudgeted(Arrays.copyOf(chunk, filled));
            }
            flush();
            return file.finish();
        }

        void release() {
            if (file != null) {
                file.release();
            }
        }
    }

    private static void requireEnd(JsonParser p) {
        if (p.nextToken() != null) {
            throw MediaManagerException.standard(
                    WixErrorCode.INVALID_ARGUMENT,
                    "The snapshot is followed by more JSON (line "
                            + p.currentLocation().getLineNr() + "); send one snapshot");
        }
    }

    private static RuntimeException notAnObject(JsonParser p) {
        return MediaManagerException.standard(
                WixErrorCode.INVALID_ARGUMENT,
                "A snapshot must be a JSON object, as GET /_fake/sites/{siteId}/state exports it; got "
                        + p.currentToken() + " at line " + p.currentLocation().getLineNr());
    }
}
