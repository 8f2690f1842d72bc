package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.ServerConfig;
import dev.fakewix.media.junit.ServerScope;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * What makes two shared servers different: tests whose settings give equal keys share a server. The scope is part
 * of the key because stores are searched upwards: a class store would otherwise find the run's server.
 *
 * @param clockStart   where the server's clock starts, {@code null} to follow wall time
 * @param tokenSecret  the pinned token secret, {@code null} for a random one
 * @param allowedHosts the host names the server answers besides loopback
 * @param fakeOptions   the registration's configuration of the core's builder (compared by identity: one
 *                      registration's tests share a server, two registrations with their own lambdas do not)
 * @param serverOptions the registration's configuration of the server, likewise
 * @param hosting       the annotation's HTTPS port, Wix host names and served media
 */
@API(status = API.Status.INTERNAL)
public record ServerKey(
        ServerScope scope,
        AuthMode auth,
        String apiKey,
        Instant clockStart,
        long seed,
        int journalCapacity,
        String tokenSecret,
        Set<String> allowedHosts,
        Consumer<? super FakeMediaManager.Builder> fakeOptions,
        Consumer<? super ServerConfig> serverOptions,
        ServerHosting hosting) {
    public ServerKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(apiKey, "apiKey");
        allowedHosts = Set.copyOf(allowedHosts);
        hosting = hosting == null ? ServerHosting.NONE : hosting;
    }
}
