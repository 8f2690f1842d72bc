package dev.fakewix.media.http.internal.tls;

import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.http.internal.HttpMethod;
import dev.fakewix.media.http.internal.PlainRoute;
import dev.fakewix.media.http.internal.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * {@code GET /_fake/tls/ca.pem}: the certificate of the CA that signed the HTTPS port's certificate, for clients to
 * trust (never its key). It needs no admin token: a certificate is public, and a client fetching it has no token
 * configured yet. 404 while the server has no HTTPS port.
 */
@API(status = API.Status.INTERNAL)
public final class TlsRoutes {
    public static final String CA_PATH = "/_fake/tls/ca.pem";

    private final Supplier<CertificateAuthority> ca;

    /** @param ca the server's CA, {@code null} while it has none */
    public TlsRoutes(Supplier<CertificateAuthority> ca) {
        this.ca = ca;
    }

    public List<PlainRoute> routes() {
        return List.of(new PlainRoute(HttpMethod.GET, CA_PATH, ex -> {
            CertificateAuthority authority = ca.get();
            if (authority == null) {
                throw MediaManagerException.standard(
                        WixErrorCode.NOT_FOUND,
                        "This fake has no HTTPS port, so no CA;"
                                + " start it with --https-port N (ServerConfig.httpsPort(n))");
            }
            return new Reply(
                    200,
                    "application/x-pem-file",
                    authority.certificatePem().getBytes(StandardCharsets.US_ASCII),
                    Map.of("Content-Disposition", "attachment; filename=\"fake-wix-media-manager-ca.pem\""));
        }));
    }
}
