package dev.fakewix.media.http.internal.tls;

import dev.fakewix.media.http.internal.FacadeSettings;
import dev.fakewix.media.http.internal.wixhosts.WixHosts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The HTTPS port's certificate for a server's settings: the CA of its TLS directory, and a new server certificate
 * for every name the server answers to.
 */
@API(status = API.Status.INTERNAL)
public final class TlsSetup {
    private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private TlsSetup() {}

    /** The CA of the settings' TLS directory (created on first use); a directory that cannot serve fails here. */
    public static CertificateAuthority authority(FacadeSettings settings) {
        return CertificateAuthority.openOrCreate(settings.hosting().tlsDir());
    }

    /**
     * The names the certificate covers: loopback and {@code localhost}, the names the server is told it is reached by
     * (its address, its base URI's host, the allowed hosts) and every host name of Wix that its URLs name.
     */
    public static List<String> serverNames(FacadeSettings settings) {
        Set<String> names = new LinkedHashSet<>(LOOPBACK);
        for (String host : settings.allowedHosts()) {
            if (!host.equals("*") && !host.isBlank()) {
                names.add(host);
            }
        }
        names.addAll(WixHosts.NAMES);
        return List.copyOf(names);
    }
}
