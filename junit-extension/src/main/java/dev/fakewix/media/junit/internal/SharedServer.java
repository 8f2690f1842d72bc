package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.ServerConfig;
import java.time.Instant;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An HTTP server shared by many tests, kept in an {@link ExtensionContext.Store} so that JUnit closes it when its
 * scope (the run or the class) ends, whether the tests passed or not.
 */
@SuppressWarnings("deprecation") // CloseableResource: for JUnit versions that do not close plain AutoCloseables
@API(status = API.Status.INTERNAL)
public final class SharedServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final FakeMediaManagerServer server;
    /** Where the server's clock started ({@code null}: it follows wall time): own-clock sites start there too. */
    private final Instant clockStart;

    private SharedServer(FakeMediaManagerServer server, Instant clockStart) {
        this.server = server;
        this.clockStart = clockStart;
    }

    /** Starts a server on a free loopback port, over a fake configured by {@code key}. */
    public static SharedServer start(ServerKey key) {
        FakeMediaManager.Builder builder = FakeSettings.coreBuilder(key.seed(), key.clockStart(), key.tokenSecret());
        key.fakeOptions().accept(builder);
        FakeMediaManager fake = builder.build();
        Instant clockStart = fake.clock().isFrozen() ? fake.clock().instant() : null;
        // the key handed to tests is declared in every mode, so that server(cfg -> cfg.auth(STRICT)) accepts it too
        FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> {
            config.port(0)
                    .auth(key.auth())
                    .journalCapacity(key.journalCapacity())
                    .allowHost(key.allowedHosts().toArray(new String[0]))
                    .apiKey(key.apiKey(), Set.of(ServerConfig.ANY_SITE), true);
            key.hosting().applyTo(config);
            key.serverOptions().accept(config);
        });
        return new SharedServer(server, clockStart);
    }

    /** A clock of its own for a test's site: standing where the server's clock started, or following wall time. */
    public VirtualClock newSiteClock() {
        return clockStart == null ? VirtualClock.followingWallTime() : VirtualClock.frozenAt(clockStart);
    }

    public FakeMediaManagerServer server() {
        return server;
    }

    public FakeMediaManager fake() {
        return server.fake();
    }

    @Override
    public void close() {
        server.close();
    }
}
