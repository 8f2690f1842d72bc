/**
 * The JUnit 5 extension: {@link dev.fakewix.media.junit.WithFakeMediaManager} (a fresh fake per test, optionally
 * over HTTP), the programmatic {@link dev.fakewix.media.junit.FakeMediaManagerExtension}, and what it injects
 * ({@link dev.fakewix.media.junit.FakeMediaManagerHttp}, {@link dev.fakewix.media.junit.WebhookInbox}).
 *
 * <pre>{@code
 * @WithFakeMediaManager(readiness = "readyAfter 5m")
 * class AlbumTest { @Test void t(MediaSite site, VirtualClock clock) { ... } }
 * }</pre>
 *
 * <p>Null-marked: no parameter takes {@code null} and no method returns it, unless it says {@code @Nullable}.
 */
@NullMarked
package dev.fakewix.media.junit;

import org.jspecify.annotations.NullMarked;
