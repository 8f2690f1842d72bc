package dev.fakewix.media.junit.internal;

import dev.fakewix.media.http.ServerConfig;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The annotation's HTTPS, Wix host name and served-media settings of the shared server (part of its key: tests that
 * ask for different ones get different servers).
 *
 * @param https      an HTTPS port (any free one) beside the plain one
 * @param tlsDir     the CA's directory, {@code null} for the default
 * @param wixHosts   Wix's host names on the HTTPS port
 * @param serveMedia media URLs served by the fake
 */
@API(status = API.Status.INTERNAL)
public record ServerHosting(boolean https, Path tlsDir, boolean wixHosts, boolean serveMedia) {
    /** None of it: the server as it always was. */
    public static final ServerHosting NONE = new ServerHosting(false, null, false, false);

    /** Reads the annotation's attributes, refusing the combinations the server would refuse, with what to write. */
    static ServerHosting of(WithFakeMediaManager a, String origin) {
        boolean https = a.https() || a.wixHosts() || !a.tlsDir().isBlank();
        if (https && !a.http()) {
            throw new ExtensionConfigurationException(
                    origin + ": https, tlsDir and wixHosts are about the HTTP server;" + " add http = true");
        }
        if (a.serveMedia() && !a.http()) {
            throw new ExtensionConfigurationException(
                    origin + ": serveMedia = true serves media over HTTP; add http = true");
        }
        if (a.wixHosts() && a.serveMedia()) {
            throw new ExtensionConfigurationException(
                    origin + ": wixHosts serves media at Wix's own URLs and serveMedia" + " at the fake's: choose one");
        }
        return new ServerHosting(
                https, a.tlsDir().isBlank() ? null : Path.of(a.tlsDir().trim()), a.wixHosts(), a.serveMedia());
    }

    /** Applies these settings to a server's configuration. */
    void applyTo(ServerConfig config) {
        if (https) {
            config.httpsPort(0);
            if (tlsDir != null) {
                config.tlsDir(tlsDir);
            }
        }
        config.wixHosts(wixHosts).serveMedia(serveMedia);
    }
}
