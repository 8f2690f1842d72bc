package dev.fakewix.media.core.internal.persist;

import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * A fake's data directory: its format, a lock that keeps a second fake out, the clock, the secret that signs
 * transfer tokens, and one {@link SiteStore} per site under {@code sites/}.
 *
 * <pre>{@code
 * DataDirectory data = DataDirectory.open(Path.of("/data"));   // refuses a newer format, a locked or damaged one
 * SiteStore store = data.site("3ecba886-4267-11ee-be56-0242ac120002");
 * }</pre>
 *
 * <p>Opening fails with an {@link IllegalStateException} whose message is one line saying which directory, what is
 * wrong and what to do: a directory that cannot be created or written, one written by a newer version (naming its
 * format), one in use by another fake, one that is not a data directory, damaged files. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class DataDirectory implements AutoCloseable {
    /** The format this version writes and the newest it reads. Raise it when a file's meaning changes. */
    public static final int FORMAT = 1;
    /** Compact a site's log once it passes this many bytes and its snapshot's size. */
    public static final long COMPACT_AFTER_BYTES = 1024L * 1024;

    static final String FORMAT_FILE = "FORMAT";
    private static final String LOCK_FILE = "lock";
    private static final String CLOCK_FILE = "clock.json";
    private static final String SECRET_FILE = "token-secret";
    /** What a fresh volume may already hold (a file system's own directory). */
    private static final Set<String> FOREIGN_BUT_HARMLESS = Set.of("lost+found");

    private final Path root;
    private final Path sites;
    private final Path removed;
    private final long compactAfterBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, long compactAfterBytes, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.sites = root.resolve("sites");
        this.removed = root.resolve("removed");
        this.compactAfterBytes = compactAfterBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Opens (creating it when missing or empty) the data directory at {@code root}. */
    public static DataDirectory open(Path root) {
        return open(root, COMPACT_AFTER_BYTES);
    }

    /** As {@link #open(Path)}, compacting logs past {@code compactAfterBytes} (tests use a small one). */
    public static DataDirectory open(Path root, long compactAfterBytes) {
        Path dir = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("data directory " + dir + " cannot be created: " + reason(e)
                    + "; give a directory this user can write");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("data directory " + dir + " is not a directory");
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IllegalStateException("data directory " + dir + " is not writable: " + reason(e)
                    + "; give a directory this user can write");
        }
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new IllegalStateException(
                    "data directory " + dir + " is in use by another fake (its lock file is held);"
                            + " stop that one, or give each fake a directory of its own");
        }
        DataDirectory data = new DataDirectory(dir, compactAfterBytes, channel, lock);
        try {
            data.checkFormat();
            Files.createDirectories(data.sites);
            data.emptyRemoved();
        } catch (IOException e) {
            data.close();
            throw new IllegalStateException("data directory " + dir + " is not writable: " + reason(e)
                    + "; give a directory this user can write");
        } catch (RuntimeException e) {
            data.close();
            throw e;
        }
        return data;
    }

    public Path root() {
        return root;
    }

    private void checkFormat() throws IOException {
        Path file = root.resolve(FORMAT_FILE);
        if (!Files.exists(file)) {
            List<String> other = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
                for (Path e : entries) {
                    String name = e.getFileName().toString();
                    if (!name.equals(LOCK_FILE) && !FOREIGN_BUT_HARMLESS.contains(name)) {
                        other.add(name);
                    }
                }
            }
            if (!other.isEmpty()) {
                other.sort(null);
                throw new IllegalStateException("data directory " + root + " is not empty and is not a fake's data"
                        + " directory (it has no " + FORMAT_FILE + " file but holds "
                        + String.join(", ", other.subList(0, Math.min(3, other.size())))
                        + (other.size() > 3 ? ", ..." : "")
                        + "); give an empty or new directory");
            }
            writeAtomically(
                    file,
                    Json.write(Json.object("format", (long) FORMAT, "writtenBy", "fake-wix-media-manager")) + "\n");
            return;
        }
        Object json;
        try {
            json = Json.parse(Files.readString(file, StandardCharsets.UTF_8).trim());
        } catch (IllegalArgumentException | IndexOutOfBoundsException | IOException e) {
            throw new IllegalStateException("the data directory is damaged: " + file + " is not readable JSON ("
                    + e.getMessage() + "); restore the directory from a backup, or move it away to start empty");
        }
        if (!(json instanceof Map<?, ?> m) || !(m.get("format") instanceof Long format)) {
            throw new IllegalStateException("the data directory is damaged: " + file + " names no format"
                    + "; restore the directory from a backup, or move it away to start empty");
        }
        if (format > FORMAT) {
            throw new IllegalStateException("data directory " + root + " was written by a newer version of the fake"
                    + " (format " + format + "; this version reads format " + FORMAT + " and older): run that version,"
                    + " or give this one another directory");
        }
    }

    // ---------------------------------------------------------------- sites

    /** The ids of the sites the directory holds. */
    public List<String> siteIds() {
        List<String> ids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(sites)) {
            for (Path dir : entries) {
                Path id = dir.resolve(SiteStore.SITE_FILE);
                if (Files.isRegularFile(id)) {
                    String siteId = Files.readString(id, StandardCharsets.UTF_8);
                    if (!SiteId.isValid(siteId)) {
                        throw new IllegalStateException("the data directory is damaged: " + id + " holds no site id"
                                + "; restore the directory from a backup, or move it away to start empty");
                    }
                    ids.add(siteId);
                } else if (Files.isDirectory(dir)) {
                    ContentStore.deleteTree(
                            dir); // made by a site creation the crash cut short: it holds nothing written yet
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the sites of data directory " + root + ": " + reason(e));
        }
        ids.sort(null);
        return ids;
    }

    /** The store of a site, its directory made (and its id written) on first use. */
    public SiteStore site(String siteId) {
        Path dir = sites.resolve(directoryName(siteId));
        try {
            Path id = dir.resolve(SiteStore.SITE_FILE);
            if (!Files.isRegularFile(id)) {
                Files.createDirectories(dir);
                writeAtomically(id, siteId);
                SiteStore.forceDirectory(sites);
            } else if (!Files.readString(id, StandardCharsets.UTF_8).equals(siteId)) {
                throw new IllegalStateException("the data directory is damaged: " + id + " names another site than "
                        + siteId + "; restore the directory from a backup, or move it away to start empty");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot make the directory of site " + siteId + " in " + sites + ": " + reason(e), e);
        }
        return new SiteStore(dir, siteId, compactAfterBytes);
    }

    /**
     * Forgets a site: its directory is moved aside at once (so a crash cannot leave half of it) and deleted when the
     * fake closes or next starts; until then, handles to its bytes a snapshot still holds keep working.
     */
    public void removeSite(SiteStore store) {
        store.close();
        Path dir = store.directory();
        try {
            Files.createDirectories(removed);
            Files.move(dir, removed.resolve(dir.getFileName() + "-" + System.nanoTime()));
            SiteStore.forceDirectory(sites);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot remove site " + store.siteId() + " from " + sites + ": " + reason(e), e);
        }
    }

    /**
     * A site's directory name: readable (the id's letters, digits and dashes, up to 40) and unique even where file
     * names ignore case (a hash of the exact id).
     */
    static String directoryName(String siteId) {
        StringBuilder name = new StringBuilder();
        for (char c : siteId.toLowerCase(Locale.ROOT).toCharArray()) {
            if (name.length() == 40) {
                break;
            }
            name.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? c : '_');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(siteId.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                hex.append(Character.forDigit((hash[i] >> 4) & 0xF, 16)).append(Character.forDigit(hash[i] & 0xF, 16));
            }
            return name + "-" + hex;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    // ---------------------------------------------------------------- clock and token secret

    /** The clock's state as last saved: {@code frozenAt} (ISO-8601) or {@code offsetMillis}; empty when never saved. */
    public Map<String, Object> clock() {
        Path file = root.resolve(CLOCK_FILE);
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            if (Json.parse(Files.readString(file, StandardCharsets.UTF_8)) instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> state = (Map<String, Object>) m;
                return state;
            }
        } catch (IOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // reported below
        }
        throw new IllegalStateException("the data directory is damaged: " + file + " is not the clock's JSON"
                + "; restore the directory from a backup, or delete the file to start the clock afresh");
    }

    /**
     * Saves the clock's state, on disk when this returns. The state is read under this directory's lock, so of two
     * changes saved at once the later one is on disk last.
     */
    public synchronized void saveClock(Supplier<Map<String, Object>> state) {
        try {
            writeAtomically(root.resolve(CLOCK_FILE), Json.write(state.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the clock in data directory " + root + ": " + reason(e), e);
        }
    }

    /**
     * The secret that signs transfer tokens, made at random the first time and kept (readable by its owner only), so
     * that upload and download URLs handed out before a restart still work after it.
     */
    public synchronized byte[] tokenSecret() {
        Path file = root.resolve(SECRET_FILE);
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .trim());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            writeAtomically(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the token secret in data directory " + root + ": " + reason(e), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the data directory is damaged: " + file + " is not base64"
                    + "; delete it (URLs handed out before stop working) or restore the directory from a backup");
        }
    }

    // ---------------------------------------------------------------- files

    /** Writes a small file whole or not at all: aside, forced, renamed over the old one. */
    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(
                tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                ch.write(bytes);
            }
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        SiteStore.forceDirectory(file.getParent());
    }

    private void emptyRemoved() {
        if (Files.isDirectory(removed)) {
            ContentStore.deleteTree(removed);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + " (" + f.getFile() + ")";
        }
        return e.toString();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing held
        }
    }

    /** Releases the lock and deletes what removed sites left. Idempotent. */
    @Override
    public synchronized void close() {
        if (!lockChannel.isOpen()) {
            return;
        }
        emptyRemoved();
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }
}
