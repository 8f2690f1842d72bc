package dev.fakewix.media.http.internal.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A server's TLS identity: its private key, its certificate and the CA certificate that signed it (sent along, so
 * that a client trusting the CA can build the chain).
 *
 * @param names the names the certificate covers (its subject alternative names)
 */
@API(status = API.Status.INTERNAL)
public record ServerIdentity(PrivateKey key, X509Certificate certificate, X509Certificate issuer, Set<String> names) {
    /** The alias of the key entry in {@link #keyStore(char[])}. */
    public static final String ALIAS = "fake-wix-media-manager";

    public ServerIdentity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        names = Set.copyOf(names);
    }

    /** An in-memory PKCS#12 key store holding the key and the chain, as Jetty's {@code SslContextFactory} takes it. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key, password, new Certificate[] {certificate, issuer});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException("cannot hold the server certificate in a key store: " + e, e);
        }
    }
}
