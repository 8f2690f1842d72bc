package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One test's fake: what the extension injects. Kept in the test's {@link ExtensionContext.Store}; JUnit closes it
 * when the test is done (passed or failed), which empties the test's site on a shared server.
 *
 * @param http   the HTTP coordinates, {@code null} in-process
 * @param shared whether {@code fake} is a shared server's (the site is then emptied on close)
 * @param origin where the settings came from, for messages
 */
@SuppressWarnings("deprecation") // CloseableResource: for JUnit versions that do not close plain AutoCloseables
public record TestFake(FakeMediaManager fake, MediaSite site, FakeMediaManagerHttp http, boolean shared,
                       String origin)
        implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    @Override
    public void close() {
        if (shared) {
            site.reset();
        }
    }
}
