package dev.fakewix.media.core.internal.content;

import dev.fakewix.media.core.StoredBytes;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Where the bytes of uploaded files live: on the heap up to a budget shared by every site of one fake, in a
 * temporary directory beyond it. Bodies are written from streams in small buffers, so no upload is ever read whole.
 * Each spilled file has one owner (a site's file or upload, or a snapshot): {@link #share} gives a second owner its
 * own hard link, so releasing one never breaks another. Files are deleted on release, when their handle becomes
 * unreachable, on {@link #close()}, and at JVM exit. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class ContentStore implements AutoCloseable {
    /** Heap bytes are kept in segments of this size, so a growing upload never copies what it already has. */
    static final int SEGMENT = 1 << 20;

    private static final int BUFFER = 64 * 1024;
    private static final Cleaner CLEANER = Cleaner.create();
    /** Directories still to delete when the JVM exits (a fake nobody closed). */
    private static final Set<Path> OPEN_DIRECTORIES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> OPEN_DIRECTORIES.forEach(ContentStore::deleteTree), "fake-wix-media-content-cleanup"));
    }

    private final long memoryBudget;
    private final Path baseDirectory;
    private final AtomicLong inMemory = new AtomicLong();
    private volatile Path directory;

    /**
     * @param memoryBudget  heap bytes all sites may hold together; {@code 0} puts every byte in files
     * @param baseDirectory where the temporary directory is made ({@code null}: the system's temp directory)
     */
    public ContentStore(long memoryBudget, Path baseDirectory) {
        if (memoryBudget < 0) {
            throw new IllegalArgumentException("the content memory budget must be >= 0 bytes, was " + memoryBudget);
        }
        this.memoryBudget = memoryBudget;
        this.baseDirectory = baseDirectory;
    }

    /** Heap bytes held now (of the budget). */
    public long bytesInMemory() {
        return inMemory.get();
    }

    public long memoryBudget() {
        return memoryBudget;
    }

    /** The temporary directory, {@code null} until the first spill. */
    public Path directory() {
        return directory;
    }

    /**
     * Reads {@code in} to its end into stored bytes. More than {@code limit} bytes: nothing is kept and
     * {@code tooLarge.apply(limit)} is thrown; a read failure is thrown as {@link UncheckedIOException}.
     */
    public StoredBytes write(InputStream in, long limit, LongFunction<RuntimeException> tooLarge) {
        Writer writer = new Writer();
        try {
            writer.append(in, limit, tooLarge);
            return writer.finish();
        } catch (RuntimeException | Error e) {
            writer.release();
            throw e;
        }
    }

    /** Bytes already on the heap, stored as they are (counted against the budget). */
    public StoredBytes wrap(byte[] bytes) {
        inMemory.addAndGet(bytes.length);
        return new MemoryBytes(new byte[][] {bytes}, bytes.length, md5Of(bytes), this);
    }

    /** Heap bytes that no store counts (a snapshot's, a caller's). */
    public static StoredBytes unbudgeted(byte[] bytes) {
        return new MemoryBytes(new byte[][] {bytes}, bytes.length, md5Of(bytes), null);
    }

    /**
     * Bytes a data directory keeps in {@code file}: never deleted through the handle (the directory owns the file),
     * counted against no budget, shared as they are.
     */
    public static StoredBytes durable(Path file, long size, String md5) {
        return new DurableBytes(file, size, md5);
    }

    /** Whether {@code bytes} is the handle {@link #durable} made for {@code file}. */
    public static boolean isDurableAt(StoredBytes bytes, Path file) {
        return bytes instanceof DurableBytes d && d.path.equals(file);
    }

    /** A new appendable content (a resumable upload's). */
    public Writer newWriter() {
        return new Writer();
    }

    /**
     * A second owner's handle to the same bytes: heap bytes are shared as they are (they never change), a file gets
     * a hard link of its own (a copy where links are not supported).
     */
    public StoredBytes share(StoredBytes bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes instanceof FileBytes f) {
            Path target = newFile();
            try {
                try {
                    Files.deleteIfExists(target);
                    Files.createLink(target, f.path);
                } catch (UnsupportedOperationException | IOException linkFailed) {
                    Files.copy(f.path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not keep a copy of " + f.path, e);
            }
            return new FileBytes(target, f.size, f.md5);
        }
        if (bytes instanceof MemoryBytes m) {
            return new MemoryBytes(m.segments, m.size, m.md5, null);
        }
        return bytes;
    }

    /** Frees the bytes of one owner (deletes its file, gives heap bytes back to the budget). Idempotent. */
    public static void release(StoredBytes bytes) {
        if (bytes instanceof FileBytes f) {
            f.cleanable.clean();
        } else if (bytes instanceof MemoryBytes m) {
            m.release();
        }
    }

    /** Deletes the temporary directory and everything in it. Handles still held fail on their next read. */
    @Override
    public void close() {
        Path dir = directory;
        if (dir != null) {
            deleteTree(dir);
            OPEN_DIRECTORIES.remove(dir);
        }
    }

    private Path newFile() {
        try {
            return Files.createTempFile(ensureDirectory(), "content-", ".bin");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file for uploaded bytes", e);
        }
    }

    private synchronized Path ensureDirectory() throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            Path dir = baseDirectory == null
                    ? Files.createTempDirectory("fake-wix-media-")
                    : Files.createTempDirectory(Files.createDirectories(baseDirectory), "fake-wix-media-");
            OPEN_DIRECTORIES.add(dir);
            directory = dir;
        }
        return directory;
    }

    /** Deletes a directory and what it holds, as far as it can: what stays is left for a later attempt. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: a temporary directory goes at exit, a data directory's leftovers at the next start
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }

    private boolean reserve(long bytes) {
        while (true) {
            long now = inMemory.get();
            if (now + bytes > memoryBudget) {
                return false;
            }
            if (inMemory.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** The MD5 of {@code bytes} as lower-case hex (the {@code hash} a file's descriptor shows). */
    private static String md5Of(byte[] bytes) {
        return hex(md5().digest(bytes));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java runtime", e);
        }
    }

    private static String hex(byte[] digest) {
        StringBuilder out = new StringBuilder(32);
        for (byte b : digest) {
            out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return out.toString();
    }

    /**
     * Content being written: heap segments while the budget allows, then a temporary file. A failed append is taken
     * back whole, so the content is always what the accepted appends sent. The file is open only during an append
     * (and reopened by the next): a resumable upload waiting for its next chunk, maybe forever, holds no file
     * descriptor. Not thread-safe; its owner serialises.
     */
    public final class Writer {
        private final List<byte[]> segments = new ArrayList<>();
        private long reserved;
        private FileChannel channel;
        private Path path;
        private Cleaner.Cleanable cleanable;
        private SpillCleanup cleanup;
        private long size;
        private MessageDigest digest = md5();
        private boolean released;

        public long size() {
            return size;
        }

        /**
         * Appends {@code in} to its end, at most {@code max} more bytes; beyond that, or on a read failure, the
         * append is taken back and the failure thrown (the {@code tooLarge} one for too many bytes).
         */
        public void append(InputStream in, long max, LongFunction<RuntimeException> tooLarge) {
            long start = size;
            MessageDigest before;
            try {
                before = (MessageDigest) digest.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("MD5 digests are cloneable in every JDK", e);
            }
            byte[] buffer = new byte[BUFFER];
            try {
                while (true) {
                    int n = in.read(buffer);
                    if (n < 0) {
                        return;
                    }
                    if (size - start + n > max) {
                        throw tooLarge.apply(max);
                    }
                    put(buffer, n);
                }
            } catch (IOException e) {
                truncate(start, before);
                throw new UncheckedIOException("the request body could not be read: " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                truncate(start, before);
                throw e;
            } finally {
                park();
            }
        }

        /** Closes the file until the next append needs it (an upload may wait for its next chunk for days). */
        private void park() {
            FileChannel open = channel;
            if (open != null) {
                channel = null;
                cleanup.channel = null;
                try {
                    open.close();
                } catch (IOException ignored) {
                    // the bytes written are in the file; the next append reopens it
                }
            }
        }

        /** The file, opened again at its end when an earlier append parked it. */
        private FileChannel channel() throws IOException {
            if (channel == null) {
                channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.READ);
                channel.position(size);
                cleanup.channel = channel;
            }
            return channel;
        }

        private void put(byte[] buffer, int n) throws IOException {
            if (path == null) {
                int off = 0;
                while (off < n) {
                    int inLast = (int) (size % SEGMENT);
                    if (inLast == 0 && (segments.size() * (long) SEGMENT) <= size) {
                        if (!reserve(SEGMENT)) {
                            spill();
                            break;
                        }
                        reserved += SEGMENT;
                        segments.add(new byte[SEGMENT]);
                    }
                    int take = Math.min(n - off, SEGMENT - inLast);
                    System.arraycopy(buffer, off, segments.get(segments.size() - 1), inLast, take);
                    digest.update(buffer, off, take);
                    size += take;
                    off += take;
                }
                if (off == n) {
                    return;
                }
                // spilled part-way: the rest goes to the file
                ByteBuffer rest = ByteBuffer.wrap(buffer, off, n - off);
                digest.update(buffer, off, n - off);
                size += n - off;
                while (rest.hasRemaining()) {
                    channel.write(rest);
                }
                return;
            }
            ByteBuffer all = ByteBuffer.wrap(buffer, 0, n);
            FileChannel file = channel();
            while (all.hasRemaining()) {
                file.write(all);
            }
            digest.update(buffer, 0, n);
            size += n;
        }

        /** Moves the heap segments into a new temporary file and continues there. */
        private void spill() throws IOException {
            path = newFile();
            Path owned = path;
            channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.READ);
            cleanup = new SpillCleanup(channel, owned);
            cleanable = CLEANER.register(this, cleanup);
            long left = size;
            for (byte[] segment : segments) {
                ByteBuffer b = ByteBuffer.wrap(segment, 0, (int) Math.min(left, SEGMENT));
                left -= b.remaining();
                while (b.hasRemaining()) {
                    channel.write(b);
                }
            }
            segments.clear();
            inMemory.addAndGet(-reserved);
            reserved = 0;
        }

        private void truncate(long to, MessageDigest before) {
            digest = before;
            size = to;
            try {
                if (path != null) {
                    channel().truncate(to);
                    channel.position(to);
                } else {
                    long keep = (to + SEGMENT - 1) / SEGMENT;
                    while (segments.size() > keep) {
                        segments.remove(segments.size() - 1);
                        reserved -= SEGMENT;
                        inMemory.addAndGet(-SEGMENT);
                    }
                }
            } catch (IOException e) {
                release();
                throw new UncheckedIOException("could not take back a failed append", e);
            }
        }

        /** The written bytes as a stored value; the writer must not be used afterwards. */
        public StoredBytes finish() {
            String md5 = hex(digest.digest());
            if (path != null) {
                try {
                    if (channel != null) {
                        channel.force(false);
                        channel.close();
                    }
                } catch (IOException e) {
                    release();
                    throw new UncheckedIOException("could not finish the temporary file " + path, e);
                }
                // the writer's cleaner would delete the file when the writer is collected: hand it to the value
                FileBytes out = new FileBytes(path, size, md5);
                cleanup.handedOver = true;
                cleanable.clean();
                path = null;
                channel = null;
                cleanable = null;
                return out;
            }
            byte[][] segs = segments.toArray(new byte[0][]);
            // keep the budget honest: what the last segment does not use goes back
            if (segs.length > 0 && size % SEGMENT != 0) {
                segs[segs.length - 1] = Arrays.copyOf(segs[segs.length - 1], (int) (size % SEGMENT));
            }
            inMemory.addAndGet(size - reserved);
            reserved = 0;
            segments.clear();
            released = true;
            return new MemoryBytes(segs, size, md5, ContentStore.this);
        }

        /** Frees what was written. Idempotent. */
        public void release() {
            if (released) {
                return;
            }
            released = true;
            if (cleanable != null) {
                cleanable.clean();
                cleanable = null;
            }
            segments.clear();
            inMemory.addAndGet(-reserved);
            reserved = 0;
        }
    }

    /** Closes a writer's file (when open), and deletes it unless a finished value owns it now. */
    private static final class SpillCleanup implements Runnable {
        /** The writer's channel while an append runs, {@code null} while it is parked. */
        volatile FileChannel channel;

        private final Path path;
        volatile boolean handedOver;

        SpillCleanup(FileChannel channel, Path path) {
            this.channel = channel;
            this.path = path;
        }

        @Override
        public void run() {
            FileChannel open = channel;
            try {
                if (open != null) {
                    open.close();
                }
            } catch (IOException ignored) {
                // deleting anyway
            }
            if (!handedOver) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // the directory goes at close or exit
                }
            }
        }
    }

    /** Content equal by size and MD5, whatever holds it. */
    private abstract static class Stored implements StoredBytes {
        final long size;
        final String md5;

        Stored(long size, String md5) {
            this.size = size;
            this.md5 = md5;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public String md5() {
            return md5;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StoredBytes b && b.size() == size && b.md5().equals(md5);
        }

        @Override
        public int hashCode() {
            return md5.hashCode();
        }

        @Override
        public String toString() {
            return "StoredBytes[" + size + " bytes, md5 " + md5 + (inMemory() ? ", in memory]" : ", in a file]");
        }
    }

    private static final class MemoryBytes extends Stored {
        private final byte[][] segments;
        private ContentStore budget;

        MemoryBytes(byte[][] segments, long size, String md5, ContentStore budget) {
            super(size, md5);
            this.segments = segments;
            this.budget = budget;
        }

        synchronized void release() {
            if (budget != null) {
                budget.inMemory.addAndGet(-size);
                budget = null;
            }
        }

        @Override
        public boolean inMemory() {
            return true;
        }

        @Override
        public byte[] toByteArray() {
            if (segments.length == 1) {
                return segments[0].clone();
            }
            if (size > MAX_ARRAY) {
                throw new IllegalStateException(
                        "the content has " + size + " bytes, too many for one array; use openStream()");
            }
            byte[] all = new byte[(int) size];
            int at = 0;
            for (byte[] segment : segments) {
                System.arraycopy(segment, 0, all, at, segment.length);
                at += segment.length;
            }
            return all;
        }

        @Override
        public InputStream openStream() {
            return new InputStream() {
                private int segment;
                private int at;

                @Override
                public int read() {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    while (segment < segments.length && at >= segments[segment].length) {
                        segment++;
                        at = 0;
                    }
                    if (segment >= segments.length) {
                        return -1;
                    }
                    int n = Math.min(len, segments[segment].length - at);
                    System.arraycopy(segments[segment], at, b, off, n);
                    at += n;
                    return n;
                }
            };
        }
    }

    /** Bytes in a data directory's file, which outlives the handle (see {@link #durable}). */
    private static final class DurableBytes extends Stored {
        final Path path;

        DurableBytes(Path path, long size, String md5) {
            super(size, md5);
            this.path = path;
        }

        @Override
        public boolean inMemory() {
            return false;
        }

        @Override
        public InputStream openStream() throws IOException {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        }
    }

    private static final class FileBytes extends Stored {
        final Path path;
        final Cleaner.Cleanable cleanable;

        FileBytes(Path path, long size, String md5) {
            super(size, md5);
            this.path = path;
            Path owned = path;
            this.cleanable = CLEANER.register(this, () -> {
                try {
                    Files.deleteIfExists(owned);
                } catch (IOException ignored) {
                    // the directory goes at close or exit
                }
            });
        }

        @Override
        public boolean inMemory() {
            return false;
        }

        @Override
        public InputStream openStream() throws IOException {
            return new BufferedInputStream(Files.newInputStream(path), BUFFER);
        }
    }
}
