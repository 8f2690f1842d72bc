package dev.fakewix.media.http.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How clients written for Wix reach the fake, frozen when it starts: an HTTPS port and the directory of its CA,
 * Wix's own host names on that port, and media URLs served by the fake itself.
 *
 * @param httpsPort  the HTTPS port ({@code 0}: any free one), {@code null} for none
 * @param tlsDir     where the CA lives (created on first use)
 * @param wixHosts   whether the HTTPS port answers Wix's host names as Wix does, and answers carry Wix's URLs
 * @param serveMedia whether media URLs in answers point at the fake, which serves them
 */
@API(status = API.Status.INTERNAL)
public record HostingSettings(Integer httpsPort, Path tlsDir, boolean wixHosts, boolean serveMedia) {
    /** No HTTPS, Wix's URLs in answers, no media served: the fake as it always was. */
    public static final HostingSettings PLAIN = new HostingSettings(null, null, false, false);

    public HostingSettings {
        if (wixHosts && httpsPort == null) {
            throw new IllegalStateException("Wix's host names are served on the HTTPS port only: add httpsPort(...)"
                    + " (--https-port) to wixHosts(true) (--wix-hosts)");
        }
        if (wixHosts && serveMedia) {
            throw new IllegalStateException("wixHosts(true) (--wix-hosts) serves media at Wix's own URLs, and"
                    + " serveMedia(true) (--serve-media) rewrites them to the fake's: choose one");
        }
        if (httpsPort != null) {
            Objects.requireNonNull(tlsDir, "tlsDir");
        }
    }

    public boolean https() {
        return httpsPort != null;
    }
}
