package dev.fakewix.media.junit;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.apiguardian.api.API;

/**
 * Where the current test's fake answers over HTTP, and how to call it: injected by {@link FakeMediaManagerExtension}
 * when {@link WithFakeMediaManager#http()} is on.
 *
 * <pre>{@code
 * @Test
 * void listsTheFiles(FakeMediaManagerHttp http) throws Exception {
 *     HttpResponse<String> response = HttpClient.newHttpClient().send(
 *             http.request("/site-media/v1/files").GET().build(), HttpResponse.BodyHandlers.ofString());
 *     assertThat(response.statusCode()).isEqualTo(200);
 *     MediaManagerAssertions.assertThat(http).received(Operation.LIST_FILES, 1);
 * }
 * }</pre>
 *
 * <p>The server is shared between tests; {@link #siteId()} is this test's own site, so send it as
 * {@code wix-site-id} (as the Wix SDK does) on every request. {@link #journal()} is the server's whole journal,
 * every test's requests included: use {@link #requests()}, {@link #count(Operation)} or
 * {@code MediaManagerAssertions.assertThat(http)}, which only look at this site.
 *
 * @param baseUri the server's address, e.g. {@code http://127.0.0.1:54321}; the API is under {@code /site-media/v1}
 * @param port    the server's TCP port
 * @param siteId  this test's site id, to send as the {@code wix-site-id} header
 * @param apiKey  an {@code Authorization} header value the server accepts, whatever its auth mode
 * @param journal the requests the server answered, for all tests
 * @param adminToken the token the server's admin API ({@code /_fake}) requires, if any (strict mode has one by
 *                default); {@link #request(String)} sends it on admin paths
 * @param httpsUri the server's HTTPS port, e.g. {@code https://127.0.0.1:54322}, when it has one
 *                 ({@link WithFakeMediaManager#https()})
 * @param caCertificateFile the file of the CA certificate that signed the HTTPS port's certificate, when there is one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FakeMediaManagerHttp(
        URI baseUri,
        int port,
        String siteId,
        String apiKey,
        RequestJournal journal,
        Optional<String> adminToken,
        Optional<URI> httpsUri,
        Optional<Path> caCertificateFile) {
    public FakeMediaManagerHttp {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(siteId, "siteId");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(httpsUri, "httpsUri");
        Objects.requireNonNull(caCertificateFile, "caCertificateFile");
    }

    /** A server without an HTTPS port. */
    public FakeMediaManagerHttp(
            URI baseUri, int port, String siteId, String apiKey, RequestJournal journal, Optional<String> adminToken) {
        this(baseUri, port, siteId, apiKey, journal, adminToken, Optional.empty(), Optional.empty());
    }

    /** A server whose admin API needs no token. */
    public FakeMediaManagerHttp(URI baseUri, int port, String siteId, String apiKey, RequestJournal journal) {
        this(baseUri, port, siteId, apiKey, journal, Optional.empty());
    }

    /**
     * A TLS context that trusts the server's CA (and nothing else), for clients in the test's JVM.
     *
     * <pre>{@code
     * @WithFakeMediaManager(http = true, https = true)
     * class HttpsClientTest {
     *     @Test
     *     void listsOverHttps(FakeMediaManagerHttp http) throws Exception {
     *         HttpClient client = HttpClient.newBuilder().sslContext(http.sslContext()).build();
     *         client.send(HttpRequest.newBuilder(http.httpsUri().orElseThrow().resolve("/site-media/v1/files"))
     *                 .header("Authorization", http.apiKey()).header("wix-site-id", http.siteId()).build(),
     *                 HttpResponse.BodyHandlers.ofString());
     *     }
     * }
     * }</pre>
     *
     * @throws IllegalStateException when the server has no HTTPS port (add {@code https = true})
     */
    public SSLContext sslContext() {
        Path file = caCertificateFile.orElseThrow(() -> new IllegalStateException(
                "The fake's server has no HTTPS port: add https = true to @WithFakeMediaManager (or"
                        + " server(cfg -> cfg.httpsPort(0)) to the builder)"));
        try (InputStream in = Files.newInputStream(file)) {
            X509Certificate ca =
                    (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("fake-wix-media-manager-ca", ca);
            TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            managers.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, managers.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the fake's CA certificate " + file + ": " + e.getMessage(), e);
        }
    }

    /** The absolute URI of a path (and query) on the server, e.g. {@code uri("/site-media/v1/files?paging.limit=2")}. */
    public URI uri(String pathAndQuery) {
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        String base = baseUri.toString();
        if (base.endsWith("/") && pathAndQuery.startsWith("/")) {
            base = base.substring(0, base.length() - 1);
        } else if (!base.endsWith("/") && !pathAndQuery.startsWith("/")) {
            base = base + "/";
        }
        return URI.create(base + pathAndQuery);
    }

    /**
     * A request builder for a path on the server, with this test's {@code Authorization} and {@code wix-site-id}; on
     * an admin path ({@code /_fake/...}) also the {@value FakeMediaManagerServer#ADMIN_TOKEN_HEADER} header when the
     * server requires one.
     */
    public HttpRequest.Builder request(String pathAndQuery) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(pathAndQuery));
        headers().forEach(builder::header);
        if (pathAndQuery.startsWith("/_fake")) {
            adminToken.ifPresent(token -> builder.header(FakeMediaManagerServer.ADMIN_TOKEN_HEADER, token));
        }
        return builder;
    }

    /** The headers the Wix SDK sends on every call, for this test's site: {@code Authorization} and {@code wix-site-id}. */
    public Map<String, String> headers() {
        return Map.of("Authorization", apiKey, "wix-site-id", siteId);
    }

    /**
     * The requests this test's site received (still kept by the journal), oldest first; those the fake's own dashboard
     * sent are left out.
     */
    public List<JournalEntry> requests() {
        return journal.entries(entry -> !entry.fromDashboard() && siteId.equals(entry.siteId()));
    }

    /** How many calls of {@code operation} this test's site received (still kept by the journal; not the dashboard's). */
    public long count(Operation operation) {
        Objects.requireNonNull(operation, "operation");
        return journal.entries(entry ->
                        entry.operation() == operation && !entry.fromDashboard() && siteId.equals(entry.siteId()))
                .size();
    }
}
