package dev.fakewix.media.http.internal.tls;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apiguardian.api.API;

/** A client's trust in one CA: a trust store and a TLS context holding that CA alone. */
@API(status = API.Status.INTERNAL)
public final class TrustedCa {
    private TrustedCa() {}

    /** A key store with {@code ca} as its one trusted certificate. */
    public static KeyStore trustStore(X509Certificate ca) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("fake-wix-media-manager-ca", ca);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the CA certificate in a trust store: " + e, e);
        }
    }

    /** A TLS context that trusts {@code ca} and nothing else. */
    public static SSLContext sslContext(X509Certificate ca) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore(ca));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context trusting the fake's CA: " + e, e);
        }
    }
}
