package dev.fakewix.media.http.internal.tls;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The HTTPS port: a Jetty connector that speaks TLS with the fake's {@link ServerIdentity}, and on the same port
 * notices a client that speaks plain HTTP to it (as nginx does), so that the facade can answer it with a clear 400
 * instead of an unreadable TLS alert.
 *
 * <p>The server name a client asks for (SNI) is judged during the handshake by {@code allowedName}, the same rule as
 * the {@code Host} check of every request: a name the fake does not answer to ends the handshake with TLS's own
 * {@code unrecognized_name} alert (curl: "tlsv1 unrecognized name"), and {@code refusedName} hears of it so that
 * the refusal is journaled. A client that sends no name (one that calls an IP address) gets the certificate, whose
 * alternative names include the loopback addresses.
 *
 * <pre>{@code
 * config.jetty.addConnector((server, http) -> HttpsConnector.create(server, http, "127.0.0.1", 8443, identity,
 *         guard::allows, name -> journal(name)));
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class HttpsConnector {
    /** The connector's name, by which a request tells that it came in on the HTTPS port. */
    public static final String NAME = "fake-https";

    private HttpsConnector() {}

    public static ServerConnector create(
            Server server,
            HttpConfiguration plain,
            String host,
            int port,
            ServerIdentity identity,
            Predicate<String> allowedName,
            Consumer<String> refusedName) {
        HttpConfiguration https = new HttpConfiguration(plain);
        // the SNI/Host comparison is the facade's (RequestGuard, with its own message), not Jetty's bare 400
        https.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
        SslContextFactory.Server tls = new NameCheckingContextFactory(allowedName, refusedName);
        char[] password = "fake-wix-media-manager".toCharArray(); // in memory only: the store never touches disk
        tls.setKeyStore(identity.keyStore(password));
        tls.setKeyStorePassword(new String(password));
        tls.setKeyManagerPassword(new String(password));
        HttpConnectionFactory http11 = new HttpConnectionFactory(https);
        SslConnectionFactory ssl = new SslConnectionFactory(tls, http11.getProtocol());
        // TLS when the first bytes are a TLS handshake, else the same HTTP/1.1 in the clear (refused by the facade)
        ServerConnector connector = new ServerConnector(server, new DetectorConnectionFactory(ssl), http11);
        connector.setName(NAME);
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    /** Whether a request came in on the HTTPS port without TLS. */
    public static boolean isPlainHttpOnHttpsPort(Request request) {
        Connector connector = request.getConnectionMetaData().getConnector();
        return connector != null
                && NAME.equals(connector.getName())
                && !request.getConnectionMetaData().isSecure();
    }

    /** Jetty's server-side TLS, with the fake's rule on the names clients ask for. */
    private static final class NameCheckingContextFactory extends SslContextFactory.Server {
        private final Predicate<String> allowedName;
        private final Consumer<String> refusedName;

        NameCheckingContextFactory(Predicate<String> allowedName, Consumer<String> refusedName) {
            this.allowedName = allowedName;
            this.refusedName = refusedName;
        }

        @Override
        @Decides(Guess.TLS_UNKNOWN_SERVER_NAME)
        public SSLParameters customize(SSLParameters parameters) {
            SSLParameters out = super.customize(parameters);
            // one certificate covers every name, so Jetty's own alias matcher has nothing to choose; this one refuses
            out.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                @Override
                public boolean matches(SNIServerName name) {
                    String host = name instanceof SNIHostName h
                            ? h.getAsciiName()
                            : new SNIHostName(name.getEncoded()).getAsciiName();
                    if (allowedName.test(host)) {
                        return true;
                    }
                    refusedName.accept(host);
                    return false; // JSSE then ends the handshake with the unrecognized_name alert
                }
            }));
            return out;
        }
    }
}
