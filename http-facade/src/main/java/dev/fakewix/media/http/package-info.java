/**
 * The HTTP face of the fake: {@link dev.fakewix.media.http.FakeMediaManagerServer} (a server over a fake, on port 0 by
 * default), {@link dev.fakewix.media.http.FakeMediaManagerPlugin} (the same routes inside a Javalin app), their
 * {@link dev.fakewix.media.http.ServerConfig}, the request journal and HTTP webhook delivery.
 *
 * <pre>{@code
 * try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0))) {
 *     URI api = server.baseUri().resolve("/site-media/v1");
 * }
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}.
 */
@NullMarked
package dev.fakewix.media.http;

import org.jspecify.annotations.NullMarked;
