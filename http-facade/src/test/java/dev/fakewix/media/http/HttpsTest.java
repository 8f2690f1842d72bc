package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.internal.tls.TlsSetupException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTPS port, as Java's HttpClient and a raw TLS client see it, and what it refuses. */
class HttpsTest {
    @TempDir
    Path tlsDir;

    private FakeMediaManagerServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private FakeMediaManagerServer start(Consumer<ServerConfig> more) {
        server = FakeMediaManagerServer.start(
                FakeMediaManager.builder().seed(3).build(),
                c -> more.accept(c.port(0).httpsPort(0).tlsDir(tlsDir)));
        return server;
    }

    private HttpResponse<String> get(HttpClient client, URI uri) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri).header("Authorization", "k").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void javasHttpClientWithTheFakesSslContextCallsTheApiOverHttps() throws Exception {
        start(c -> {});
        HttpClient client =
                HttpClient.newBuilder().sslContext(server.sslContext()).build();
        URI https = server.httpsUri().orElseThrow();

        HttpResponse<String> byAddress = get(client, https.resolve("/site-media/v1/files"));
        HttpResponse<String> byName =
                get(client, URI.create("https://localhost:" + https.getPort() + "/site-media/v1/files"));

        assertThat(https.getScheme()).isEqualTo("https");
        assertThat(https.getPort()).isNotEqualTo(server.port());
        assertThat(byAddress.statusCode()).isEqualTo(200);
        assertThat(byAddress.body()).startsWith("{\"files\":[]");
        assertThat(byName.statusCode()).isEqualTo(200);
        assertThat(server.baseUri().getScheme()).as("the plain port stays").isEqualTo("http");
    }

    @Test
    void aClientThatDoesNotTrustTheCaRefusesTheCertificate() {
        start(c -> {});
        assertThatThrownBy(() -> get(
                        HttpClient.newHttpClient(),
                        server.httpsUri().orElseThrow().resolve("/site-media/v1/files")))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void theCaCertificateIsServedAndPrintedButNeverItsKey() throws Exception {
        start(c -> {});
        HttpResponse<String> plain =
                get(HttpClient.newHttpClient(), server.baseUri().resolve("/_fake/tls/ca.pem"));

        Path file = server.caCertificateFile().orElseThrow();
        assertThat(file.getParent()).isEqualTo(tlsDir);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type")).hasValue("application/x-pem-file");
        assertThat(plain.body())
                .isEqualTo(Files.readString(file))
                .startsWith("-----BEGIN CERTIFICATE-----")
                .doesNotContain("PRIVATE KEY");
        HttpResponse<String> key =
                get(HttpClient.newHttpClient(), server.baseUri().resolve("/_fake/tls/ca-key.pem"));
        assertThat(key.statusCode()).isEqualTo(404);
        assertThat(key.body()).doesNotContain("PRIVATE KEY");
    }

    @Test
    void aSecondServerUsesTheSameCa() throws Exception {
        start(c -> {});
        String first = Files.readString(server.caCertificateFile().orElseThrow());
        server.close();
        start(c -> {});
        HttpResponse<String> answer = get(
                HttpClient.newBuilder().sslContext(server.sslContext()).build(),
                server.httpsUri().orElseThrow().resolve("/site-media/v1/files"));
        assertThat(Files.readString(server.caCertificateFile().orElseThrow())).isEqualTo(first);
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void plainHttpOnTheHttpsPortIsAClearRefusalInTheJournal() throws Exception {
        start(c -> {});
        int httpsPort = server.httpsUri().orElseThrow().getPort();

        HttpResponse<String> answer =
                get(HttpClient.newHttpClient(), URI.create("http://127.0.0.1:" + httpsPort + "/site-media/v1/files"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(WireClient.JSON
                        .readTree(answer.body())
                        .at("/details/applicationError/code")
                        .stringValue())
                .isEqualTo("PLAIN_HTTP_ON_HTTPS_PORT");
        assertThat(answer.body()).contains("https://127.0.0.1:" + httpsPort + "/site-media/v1/files");
        JournalEntry entry = last();
        assertThat(entry.status()).isEqualTo(400);
        assertThat(entry.errorCode()).isEqualTo("PLAIN_HTTP_ON_HTTPS_PORT");
        assertThat(entry.operation()).as("refused before the route").isNull();
    }

    @Test
    void aHandshakeForANameTheFakeDoesNotAnswerToEndsWithUnrecognizedNameAndIsJournaled() throws Exception {
        start(c -> {});
        TlsClient client = new TlsClient(
                server.sslContext(), server.httpsUri().orElseThrow().getPort());

        assertThatThrownBy(() -> client.send("GET", "www.wixapis.com", "/site-media/v1/files", null, Map.of()))
                .isInstanceOf(SSLHandshakeException.class)
                .hasMessageContaining("unrecognized_name");

        JournalEntry entry = last();
        assertThat(entry.method()).isEqualTo("TLS");
        assertThat(entry.status()).isEqualTo(421);
        assertThat(entry.query()).containsEntry("serverName", List.of("www.wixapis.com"));
        assertThat(entry.responseBody()).contains("does not answer to").contains("--allow-host www.wixapis.com");
    }

    @Test
    void anAllowedHostIsAnsweredAndInTheCertificate() throws Exception {
        start(c -> c.allowHost("media-fake"));
        TlsClient client = new TlsClient(
                server.sslContext(), server.httpsUri().orElseThrow().getPort());

        TlsClient.Answer answer =
                client.send("GET", "media-fake", "/site-media/v1/files", null, Map.of("Authorization", "k"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(alternativeNames(serverCertificate()))
                .contains(
                        "media-fake",
                        "localhost",
                        "127.0.0.1",
                        "0:0:0:0:0:0:0:1",
                        "www.wixapis.com",
                        "static.wixstatic.com",
                        "video.wixstatic.com",
                        "upload.wixmp.com",
                        "download-files.wixmp.com",
                        "archive.wixmp.com",
                        "repackager.wixmp.com",
                        "*.usrfiles.com");
    }

    @Test
    void uploadUrlsPointAtTheHttpsPortAndWorkThere() throws Exception {
        start(c -> {});
        HttpClient client =
                HttpClient.newBuilder().sslContext(server.sslContext()).build();
        URI https = server.httpsUri().orElseThrow();
        HttpResponse<String> generated = client.send(
                HttpRequest.newBuilder(https.resolve("/site-media/v1/files/generate-upload-url"))
                        .header("Authorization", "k")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"mimeType\":\"text/plain\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String uploadUrl =
                WireClient.JSON.readTree(generated.body()).get("uploadUrl").stringValue();

        HttpResponse<String> put = client.send(
                HttpRequest.newBuilder(URI.create(uploadUrl + "?filename=a.txt"))
                        .header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString("hello"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(uploadUrl).startsWith(https + "/_wixmp/upload/");
        assertThat(put.statusCode()).isEqualTo(200);
    }

    @Test
    void theSdksPathForAnotherApiHostIsTheApi() throws Exception {
        start(c -> {});
        // createClient({host: {apiBaseUrl: '127.0.0.1:<port>'}}) calls this path (the SDK's mapping for hosts not its
        // own)
        HttpResponse<String> answer = get(
                HttpClient.newBuilder().sslContext(server.sslContext()).build(),
                server.httpsUri().orElseThrow().resolve("/wix-privatemedia-proxy-server/v1/files"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(last().path())
                .as("journaled as the client sent it")
                .isEqualTo("/wix-privatemedia-proxy-server/v1/files");
        assertThat(last().operation()).isEqualTo(Operation.LIST_FILES);
    }

    @Test
    void aCorruptTlsDirectoryFailsTheStartWithItsReasonAndHoldsNoPort() throws Exception {
        Files.writeString(tlsDir.resolve("ca.pem"), "garbage");
        Files.writeString(tlsDir.resolve("ca-key.pem"), "garbage");
        assertThatThrownBy(() -> start(c -> {}))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining("ca.pem is not a PEM X.509 certificate");
    }

    @Test
    void withoutHttpsThereIsNoHttpsUriNoCaAndNoContext() throws Exception {
        server = FakeMediaManagerServer.start(FakeMediaManager.builder().build(), c -> c.port(0));
        assertThat(server.httpsUri()).isEmpty();
        assertThat(server.caCertificateFile()).isEmpty();
        assertThatThrownBy(server::sslContext)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("httpsPort");
        assertThat(get(HttpClient.newHttpClient(), server.baseUri().resolve("/_fake/tls/ca.pem"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void settingsThatCannotWorkTogetherAreRefused() {
        FakeMediaManager fake = FakeMediaManager.builder().build();
        assertThatThrownBy(
                        () -> FakeMediaManagerServer.start(fake, c -> c.port(0).wixHosts(true)))
                .hasMessageContaining("httpsPort");
        assertThatThrownBy(
                        () -> FakeMediaManagerServer.start(fake, c -> c.port(0).tlsDir(tlsDir)))
                .hasMessageContaining("httpsPort");
        assertThatThrownBy(() -> FakeMediaManagerServer.start(
                        fake,
                        c -> c.port(0)
                                .httpsPort(0)
                                .tlsDir(tlsDir)
                                .wixHosts(true)
                                .serveMedia(true)))
                .hasMessageContaining("choose one");
    }

    @Test
    void aHostOutsideTheAllowedSetIsRefusedOnTheHttpsPortToo() throws Exception {
        start(c -> {});
        // the TLS server name is allowed (localhost), the Host header is not: the Host check answers, as on the plain
        // port
        TlsClient.Answer answer = new TlsClient(
                        server.sslContext(), server.httpsUri().orElseThrow().getPort())
                .send("GET", "localhost", "/site-media/v1/files", null, Map.of("Host", "evil.example"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text()).contains("does not answer to Host 'evil.example'");
        assertThat(last().status()).isEqualTo(403);
    }

    @Test
    void aPluginRefusesTheHttpsOptions() {
        assertThatThrownBy(() -> new FakeMediaManagerPlugin(
                        FakeMediaManager.builder().build(), c -> c.httpsPort(0).tlsDir(tlsDir)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("your app's own connectors");
    }

    private JournalEntry last() {
        List<JournalEntry> entries = server.journal().entries();
        return entries.get(entries.size() - 1);
    }

    /** The certificate as served: read through a handshake. */
    private X509Certificate serverCertificate() throws IOException {
        var factory = server.sslContext().getSocketFactory();
        try (var socket = (SSLSocket) factory.createSocket(
                "127.0.0.1", server.httpsUri().orElseThrow().getPort())) {
            socket.startHandshake();
            return (X509Certificate) socket.getSession().getPeerCertificates()[0];
        }
    }

    private static List<String> alternativeNames(X509Certificate cert) throws Exception {
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        return names.stream().map(n -> String.valueOf(n.get(1))).toList();
    }
}
