package dev.fakewix.media.core.internal.persist;

import dev.fakewix.media.core.StoredBytes;
import dev.fakewix.media.core.internal.content.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The files of one site in a data directory: snapshots of its whole state, an append-only log of the state changes
 * since, and the bytes of its files by content.
 *
 * <pre>
 * site/SITE                       the site's id
 * site/snapshot-00000003.snap     the state when log 3 began (written aside, then renamed: whole or absent)
 * site/log-00000003.log           the changes since, one framed record per committed write
 * site/blobs/&lt;md5&gt;-&lt;size&gt;          stored bytes, written and forced before a record names them
 * </pre>
 *
 * <p>The state is the newest snapshot (or nothing) with the logs of its generation and later replayed in order.
 * A write's record is appended under the site's lock, so records are in commit order; {@link #awaitDurable} then
 * forces the log before the caller answers, and one force covers every record appended before it (a group commit).
 * When the log outgrows the snapshot the site starts a new generation: the log switches under the site's lock and the
 * snapshot of that moment is written after it ({@link #beginCompaction}, {@link #finishCompaction}).
 *
 * <p>Thread-safe. Failures to write are {@link UncheckedIOException}s naming the file.
 */
@API(status = API.Status.INTERNAL)
public final class SiteStore {
    static final String SITE_FILE = "SITE";
    private static final Pattern GENERATION = Pattern.compile("(snapshot|log)-(\\d{8})\\.(snap|log)");
    private static final long FIRST_GENERATION = 1;
    /** Tells apart the files two threads write the same bytes into at once. */
    private static final AtomicLong TMP_NAMES = new AtomicLong();

    private final Path dir;
    private final Path blobs;
    private final String siteId;
    /** The log is compacted once it is larger than this and than the last snapshot. */
    private final long compactAfterBytes;

    private final Set<String> knownBlobs = ConcurrentHashMap.newKeySet();
    private final Object forceLock = new Object();

    // guarded by this
    private long generation;
    private FileChannel log;
    private long logBytes;
    private long snapshotBytes;
    private long newestSnapshot;
    private long appended;
    private boolean compacting;
    private boolean closed;
    private volatile long durable;

    /**
     * What a site's files hold, read back.
     *
     * @param snapshot the newest snapshot's JSON, {@code null} when the site has none yet
     * @param records  the records of the logs since, in order
     * @param warnings what was dropped (a torn last record), one line each
     */
    public record Recovery(Object snapshot, List<Object> records, List<String> warnings) {}

    SiteStore(Path dir, String siteId, long compactAfterBytes) {
        this.dir = dir;
        this.blobs = dir.resolve("blobs");
        this.siteId = siteId;
        this.compactAfterBytes = compactAfterBytes;
    }

    public String siteId() {
        return siteId;
    }

    Path directory() {
        return dir;
    }

    /**
     * Reads the site's state back and opens its log for appending: the newest snapshot and the logs of its generation
     * and later. A torn tail of the last log (a record the crash cut) is cut off, and said in {@link Recovery#warnings};
     * a bad record anywhere else, or a bad snapshot, is damage: an {@link IllegalStateException} naming the file.
     */
    public synchronized Recovery recover() {
        try {
            Files.createDirectories(blobs);
            TreeMap<Long, Path> snapshots = new TreeMap<>();
            TreeMap<Long, Path> logs = new TreeMap<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    Matcher m = GENERATION.matcher(name);
                    if (m.matches()) {
                        (m.group(1).equals("snapshot") ? snapshots : logs).put(Long.parseLong(m.group(2)), f);
                    } else if (name.endsWith(".tmp")) {
                        Files.deleteIfExists(f); // a snapshot or blob whose writer died before it was whole
                    }
                }
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(blobs)) {
                for (Path f : files) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".tmp")) {
                        Files.deleteIfExists(f);
                    } else {
                        knownBlobs.add(name);
                    }
                }
            }
            Object snapshot = null;
            long base = FIRST_GENERATION;
            if (!snapshots.isEmpty()) {
                base = snapshots.lastKey();
                Path file = snapshots.lastEntry().getValue();
                Frames.Read read = Frames.read(file);
                if (read.torn() || read.values().size() != 1) {
                    throw damaged(
                            file,
                            read.problem() == null
                                    ? "it holds " + read.values().size() + " values, not one"
                                    : read.problem() + " at byte " + read.validBytes());
                }
                snapshot = read.values().get(0);
                snapshotBytes = read.fileBytes();
            }
            newestSnapshot = snapshots.isEmpty() ? 0 : base;
            List<Object> records = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            long last = base;
            for (Map.Entry<Long, Path> e : logs.tailMap(base, true).entrySet()) {
                Frames.Read read = Frames.read(e.getValue());
                records.addAll(read.values());
                last = e.getKey();
                if (read.torn()) {
                    if (!e.getKey().equals(logs.lastKey())) {
                        throw damaged(
                                e.getValue(),
                                read.problem() + " at byte " + read.validBytes() + ", and later logs follow it");
                    }
                    long lost = read.fileBytes() - read.validBytes();
                    warnings.add(
                            "site " + siteId + ": the last record of " + dir.relativize(e.getValue()) + " was torn ("
                                    + read.problem() + ": " + lost + " bytes at byte " + read.validBytes()
                                    + ", a write that was never acknowledged); dropped it and kept the "
                                    + read.values().size()
                                    + " records before it");
                    try (FileChannel ch = FileChannel.open(e.getValue(), StandardOpenOption.WRITE)) {
                        ch.truncate(read.validBytes());
                        ch.force(true);
                    }
                }
            }
            for (Map.Entry<Long, Path> e : snapshots.headMap(base).entrySet()) {
                Files.deleteIfExists(e.getValue());
            }
            for (Map.Entry<Long, Path> e : logs.headMap(base).entrySet()) {
                Files.deleteIfExists(e.getValue());
            }
            openLog(last);
            return new Recovery(snapshot, records, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read the data of site " + siteId + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    private IllegalStateException damaged(Path file, String what) {
        return new IllegalStateException("the data directory is damaged: " + file + " has " + what
                + "; restore the directory from a backup, or move it away to start empty");
    }

    private void openLog(long gen) throws IOException {
        Path file = dir.resolve(String.format("log-%08d.log", gen));
        boolean created = !Files.exists(file);
        log = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        if (created) {
            forceDirectory(dir);
        }
        generation = gen;
        logBytes = log.size();
    }

    /** Appends one record; returns the position {@link #awaitDurable} waits for. Call under the site's lock. */
    public synchronized long append(Object json) {
        if (closed) {
            return durable; // a removed site's last writes: nobody reads them back
        }
        ByteBuffer frame = Frames.frame(json);
        int length = frame.remaining();
        try {
            while (frame.hasRemaining()) {
                log.write(frame);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the log of site " + siteId + " in " + dir + ": " + e.getMessage(), e);
        }
        logBytes += length;
        appended += length;
        return appended;
    }

    /**
     * Returns once every record up to {@code position} is on disk. One force covers all the records appended before
     * it, so concurrent writers of the site share forces.
     */
    public void awaitDurable(long position) {
        if (durable >= position) {
            return;
        }
        synchronized (forceLock) {
            if (durable >= position) {
                return;
            }
            FileChannel channel;
            long target;
            synchronized (this) {
                if (closed) {
                    return;
                }
                channel = log;
                target = appended;
            }
            try {
                channel.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot force the log of site " + siteId + " to disk: " + e.getMessage(), e);
            }
            durable = Math.max(durable, target);
        }
    }

    /** Whether the log has grown past the last snapshot (and the minimum), and no compaction runs. */
    public synchronized boolean wantsCompaction() {
        return !compacting && !closed && logBytes > Math.max(compactAfterBytes, snapshotBytes);
    }

    /**
     * Starts a new generation: forces and closes the log, opens the next. Call under the site's lock, with the state of
     * this moment in hand; write it with {@link #finishCompaction} (outside the lock). Returns the new generation.
     */
    public long beginCompaction() {
        synchronized (forceLock) {
            synchronized (this) {
                if (closed) {
                    return -1;
                }
                try {
                    log.force(false);
                    log.close();
                    durable = appended;
                    openLog(generation + 1);
                } catch (IOException e) {
                    throw new UncheckedIOException(
                            "cannot start a new log for site " + siteId + ": " + e.getMessage(), e);
                }
                compacting = true;
                return generation;
            }
        }
    }

    /**
     * Writes the snapshot of the state when {@code gen} began, then deletes the files it supersedes. A snapshot of a
     * later generation written meanwhile ({@link #replaceAll}) wins: this one is dropped.
     */
    public void finishCompaction(long gen, Object json) {
        try {
            writeSnapshot(gen, json);
        } finally {
            synchronized (this) {
                compacting = false;
            }
        }
    }

    /**
     * Replaces everything the site holds with {@code json} (a reset, a restored snapshot): a new generation whose
     * snapshot is on disk before this returns. Call under the site's lock.
     */
    public void replaceAll(Object json) {
        long gen = beginCompaction();
        if (gen > 0) {
            finishCompaction(gen, json);
        }
    }

    private void writeSnapshot(long gen, Object json) {
        Path tmp = dir.resolve(String.format("snapshot-%08d.tmp", gen));
        Path target = dir.resolve(String.format("snapshot-%08d.snap", gen));
        long size;
        try {
            ByteBuffer frame = Frames.frame(json);
            size = frame.remaining();
            try (FileChannel ch = FileChannel.open(
                    tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                while (frame.hasRemaining()) {
                    ch.write(frame);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write a snapshot of site " + siteId + " in " + dir + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            try {
                if (closed || newestSnapshot >= gen) {
                    Files.deleteIfExists(tmp);
                    return;
                }
                move(tmp, target);
                forceDirectory(dir);
                newestSnapshot = gen;
                snapshotBytes = size;
                // everything before this generation is now superseded
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                    for (Path f : files) {
                        Matcher m = GENERATION.matcher(f.getFileName().toString());
                        if (m.matches() && Long.parseLong(m.group(2)) < gen) {
                            Files.deleteIfExists(f);
                        }
                    }
                }
            } catch (NoSuchFileException e) {
                // the tmp file went with a newer generation's clean-up: that one wins
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot install a snapshot of site " + siteId + " in " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    // ---------------------------------------------------------------- stored bytes

    /** The name stored bytes have in the site's blob directory: their MD5 and size (the identity StoredBytes has). */
    public static String blobName(StoredBytes bytes) {
        return bytes.md5() + "-" + bytes.size();
    }

    /**
     * Bytes kept in the data directory: written (unless already there), forced, and handed back as a handle on the
     * file there, which nothing deletes while the site lives. The handle given is not released: the caller owns it.
     */
    public StoredBytes keep(StoredBytes bytes) {
        String name = blobName(bytes);
        Path file = blobs.resolve(name);
        if (ContentStore.isDurableAt(bytes, file) || isClosed()) {
            return bytes;
        }
        if (!knownBlobs.contains(name)) {
            Path tmp = blobs.resolve(name + "." + TMP_NAMES.incrementAndGet() + ".tmp");
            try (InputStream in = bytes.openStream();
                    FileChannel ch = FileChannel.open(
                            tmp,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                in.transferTo(out);
                ch.force(true);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot store bytes of site " + siteId + " in " + blobs + ": " + e.getMessage(), e);
            }
            try {
                move(tmp, file);
                forceDirectory(blobs);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot store bytes of site " + siteId + " in " + blobs + ": " + e.getMessage(), e);
            }
            knownBlobs.add(name);
        }
        return ContentStore.durable(file, bytes.size(), bytes.md5());
    }

    /** A handle on bytes the data directory holds, by the name a record gave them; {@code null} when missing. */
    public StoredBytes blob(String name, long size, String md5) {
        Path file = blobs.resolve(name);
        if (!knownBlobs.contains(name)) {
            return null;
        }
        return ContentStore.durable(file, size, md5);
    }

    /** Deletes the stored bytes no record names any more (at start, before anyone writes). */
    public void forgetBlobsBut(Set<String> referenced) {
        for (String name : List.copyOf(knownBlobs)) {
            if (!referenced.contains(name)) {
                try {
                    Files.deleteIfExists(blobs.resolve(name));
                    knownBlobs.remove(name);
                } catch (IOException e) {
                    // kept: it is only space, and the next start tries again
                }
            }
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops writing: later appends are dropped (a removed site). */
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (log != null) {
                log.close();
            }
        } catch (IOException ignored) {
            // closing a log whose records were forced already
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a file's creation or rename durable (where the platform can force a directory). */
    static void forceDirectory(Path directory) {
        try (FileChannel ch = FileChannel.open(directory, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory: its renames are durable when they return
        }
    }
}
