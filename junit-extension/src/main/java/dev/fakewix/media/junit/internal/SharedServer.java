package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.ServerConfig;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.apiguardian.api.API;

import java.util.Set;

/**
 * An HTTP server shared by many tests, kept in an {@link ExtensionContext.Store} so that JUnit closes it when its
 * scope (the run or the class) ends, whether the tests passed or not.
 */
@SuppressWarnings("deprecation") // CloseableResource: for JUnit versions that do not close plain AutoCloseables
@API(status = API.Status.INTERNAL)
public final class SharedServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {
    private final ServerKey key;
    private final FakeMediaManagerServer server;

    private SharedServer(ServerKey key, FakeMediaManagerServer server) {
        this.key = key;
        this.server = server;
    }

    /** Starts a server on a free loopback port, over a fake configured by {@code key}. */
    public static SharedServer start(ServerKey key) {
        VirtualClock clock = key.clockStart() == null ? VirtualClock.followingWallTime() : VirtualClock.frozenAt(key.clockStart());
        FakeMediaManager.Builder builder = FakeMediaManager.builder().seed(key.seed()).clock(clock);
        if (key.tokenSecret() != null) {
            builder.tokenSecret(key.tokenSecret());
        }
        key.fakeOptions().accept(builder);
        FakeMediaManager fake = builder.build();
        FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> {
            config.port(0).auth(key.auth()).journalCapacity(key.journalCapacity())
                    .allowHost(key.allowedHosts().toArray(new String[0]));
            if (key.auth() == AuthMode.STRICT) {
                config.apiKey(key.apiKey(), Set.of(ServerConfig.ANY_SITE), true);
            }
            key.serverOptions().accept(config);
        });
        return new SharedServer(key, server);
    }

    public ServerKey key() {
        return key;
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
