package dev.fakewix.media.contract;

import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The one folder a run of the suite works in, at the top of the site, with a name no other run shares
 * ({@code fake-wix-contract-20261202T141500Z-3fa9c1}). Every test works in a sub-folder of it. {@link #close()} deletes
 * it for good with everything still inside; a JVM shutdown hook does the same if the run is interrupted (Ctrl-C,
 * SIGTERM) before that.
 */
final class RunFolder implements AutoCloseable {
    static final String NAME_PREFIX = "fake-wix-contract-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final MediaManagerClient client;
    private final String id;
    private final String name;
    private final Thread shutdownHook;
    private boolean closed;

    private RunFolder(MediaManagerClient client, String id, String name) {
        this.client = client;
        this.id = id;
        this.name = name;
        this.shutdownHook = new Thread(this::deleteQuietly, "contract-run-folder-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static RunFolder create(MediaManagerClient client) {
        byte[] random = new byte[3];
        new SecureRandom().nextBytes(random);
        String name = NAME_PREFIX + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-"
                + HexFormat.of().formatHex(random);
        String id = client.createFolder(name, null).path("folder").path("id").asString();
        return new RunFolder(client, id, name);
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    /** The JVM shutdown hook that deletes the folder if the run is interrupted; exposed for the suite's self-test. */
    Thread shutdownHook() {
        return shutdownHook;
    }

    /** Deletes the folder and what is left in it for good. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        delete();
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Already in shutdown: the hook is running or ran; nothing to remove.
        }
    }

    private synchronized void deleteQuietly() {
        if (!closed) {
            try {
                delete();
                closed = true;
            } catch (RuntimeException e) {
                System.err.println(
                        "contract suite: could not delete the run folder " + name + " (" + id + "): " + e.getMessage());
            }
        }
    }

    private void delete() {
        try {
            client.bulkDeleteFolders(List.of(id), true);
        } catch (MediaManagerApiException e) {
            if (!e.code().equals("RESOURCE_NOT_FOUND")) {
                throw e;
            }
        }
    }
}
