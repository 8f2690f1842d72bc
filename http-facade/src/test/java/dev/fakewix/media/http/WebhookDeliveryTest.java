package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.WebhookAttempt;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.Webhooks;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Webhooks over real HTTP: subscribed through the admin API, delivered by the java.net.http transport to a loopback
 * receiver, verified with a standard JOSE library (Nimbus) against the public key the admin API serves.
 */
class WebhookDeliveryTest extends ServerFixture {
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private JsonNode subscribe(String json) {
        WireClient.Response r = client.post("/_fake/webhooks/subscriptions", json);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().get("subscription");
    }

    /** The served PEM, read with the JDK (Nimbus reads PEM only with BouncyCastle, which we do not add for this). */
    private RSAPublicKey publicKey() throws Exception {
        WireClient.Response r = client.get("/_fake/webhooks/public-key");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("appId").asString()).isEqualTo(Webhooks.APP_ID);
        String pem = r.json().get("publicKey").asString();
        WireClient.Response file = client.get("/_fake/webhooks/public-key.pem");
        assertThat(file.header("Content-Type")).startsWith("application/x-pem-file");
        assertThat(file.body()).isEqualTo(pem);
        assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private void awaitReceived(int n) {
        await(n + " webhooks received")
                .atMost(HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> receiver.received.size() >= n);
    }

    /** The claims with their JSON strings parsed: {@code data} the envelope, its {@code identity} and {@code data}. */
    private static ObjectNode expanded(JWTClaimsSet claims) {
        ObjectNode envelope =
                (ObjectNode) WireClient.JSON.readTree(claims.getClaim("data").toString());
        envelope.set(
                "identity", WireClient.JSON.readTree(envelope.get("identity").asString()));
        envelope.set("data", WireClient.JSON.readTree(envelope.get("data").asString()));
        return envelope;
    }

    @Test
    void fileReadyArrivesSignedRs256AndVerifiesWithTheServedPublicKey() throws Exception {
        subscribe("{\"url\": \"" + receiver.url() + "\", \"siteId\": \"" + WireClient.SITE_ID
                + "\", \"events\": [\"FILE_READY\"]}");
        WireClient.Response imported = client.post("/site-media/v1/files/import", """
                {"url": "https://example.com/cat.jpg", "displayName": "cat.jpg", "externalInfo": {"origin": "shop", "externalIds": ["order-7"]}}""");
        String fileId = imported.json().get("file").get("id").asString();
        WireClient.Response file =
                client.get("/site-media/v1/files/get-file-by-id?fileId=" + fileId); // READY now: File Ready goes

        awaitReceived(1);
        WebhookReceiver.Received got = receiver.received.get(0);
        assertThat(got.contentType()).isEqualTo("text/plain; charset=utf-8");
        SignedJWT jwt = SignedJWT.parse(got.body());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(publicKey()))).isTrue();

        ObjectNode envelope = expanded(jwt.getJWTClaimsSet());
        assertThat(envelope.get("data").get("actionEvent").get("body").get("file"))
                .as("the event's file is the file the API answers")
                .isEqualTo(file.json().get("file"));
        Golden.assertMatches("webhook.fileReady", envelope.toString(), server.baseUri());
    }

    @Test
    void everyEventKindIsDeliveredInItsRestShape() throws Exception {
        subscribe("{\"url\": \"" + receiver.url() + "\", \"siteId\": \"" + WireClient.SITE_ID + "\"}");
        String folderId = client.post("/site-media/v1/folders", "{\"displayName\": \"Pets\"}")
                .json()
                .get("folder")
                .get("id")
                .asString();
        client.patch(
                "/site-media/v1/folders/" + folderId,
                "{\"folder\": {\"id\": \"" + folderId + "\", \"displayName\": \"Animals\"}}");
        client.post("/site-media/v1/bulk/folders/delete", "{\"folderIds\": [\"" + folderId + "\"]}");
        site.scenarios().readiness(Readiness.manual());
        String fileId = client.post("/site-media/v1/files/import", "{\"url\": \"https://example.com/a.pdf\"}")
                .json()
                .get("file")
                .get("id")
                .asString();
        site.lifecycle().markFailed(fileId, "UNSUPPORTED_FILE_FORMAT", "not a document");

        awaitReceived(4);
        RSASSAVerifier verifier = new RSASSAVerifier(publicKey());
        StringBuilder all = new StringBuilder("[");
        for (String body : receiver.bodies()) {
            SignedJWT jwt = SignedJWT.parse(body);
            assertThat(jwt.verify(verifier)).isTrue();
            all.append(all.length() > 1 ? "," : "").append(expanded(jwt.getJWTClaimsSet()));
        }
        Golden.assertMatches("webhook.everyKind", all.append("]").toString(), server.baseUri());
    }

    @Test
    void aTamperedSignatureAndAnExpiredJwtAreCaughtByAStandardJoseLibrary() throws Exception {
        subscribe("{\"url\": \"" + receiver.url() + "\"}");
        fake.site().scenarios().apply("{\"webhooks\": [{\"fault\": \"BAD_SIGNATURE\"}]}");
        fake.site().scenarios().onWebhook().expiredJwt().once();
        fake.site().folders().createFolder("forged", null);
        fake.site().folders().createFolder("stale", null);
        fake.site().folders().createFolder("genuine", null);

        awaitReceived(3);
        RSASSAVerifier verifier = new RSASSAVerifier(publicKey());
        SignedJWT forged = SignedJWT.parse(receiver.bodies().get(0));
        SignedJWT stale = SignedJWT.parse(receiver.bodies().get(1));
        SignedJWT genuine = SignedJWT.parse(receiver.bodies().get(2));
        assertThat(forged.verify(verifier)).isFalse();
        assertThat(stale.verify(verifier)).isTrue();
        assertThat(stale.getJWTClaimsSet().getExpirationTime().toInstant()).isBefore(Instant.now());
        assertThat(genuine.verify(verifier)).isTrue();
        assertThat(genuine.getJWTClaimsSet().getExpirationTime().toInstant()).isAfter(Instant.now());
        assertThat(genuine.getHeader().getKeyID())
                .isEqualTo(fake.webhooks().signingKey().keyId());
    }

    @Test
    void aFailingReceiverGetsRetriesWhenTheClockIsAdvancedThroughTheAdminApi() {
        AtomicInteger calls = new AtomicInteger();
        receiver.status = () -> calls.incrementAndGet() == 1 ? 500 : 200;
        subscribe("{\"url\": \"" + receiver.url() + "\"}");
        fake.site().folders().createFolder("Pets", null);
        await().atMost(HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> fake.webhooks().attempts().size() == 1);

        client.post("/_fake/clock/advance", "{\"duration\": \"PT1S\"}");
        awaitReceived(1);
        await().atMost(HANG)
                .pollInterval(Duration.ofMillis(5))
                .until(() -> fake.webhooks().attempts().size() == 2);
        JsonNode attempts = client.get("/_fake/webhooks/attempts").json().get("attempts");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(attempts.get(0).get("status").asInt()).isEqualTo(500);
        assertThat(attempts.get(0).get("willRetry").asBoolean()).isTrue();
        assertThat(attempts.get(0).get("url").asString()).isEqualTo(receiver.url());
        assertThat(attempts.get(1).get("outcome").asString()).isEqualTo("DELIVERED");
        assertThat(attempts.get(1).get("attempt").asInt()).isEqualTo(2);
        assertThat(attempts.get(1).get("at").asString()).isEqualTo("2024-05-01T10:00:01.000Z");
        assertThat(attempts.get(1).get("latencyMillis").asDouble()).isPositive();
        assertThat(fake.webhooks().attempts().get(1).outcome()).isEqualTo(WebhookAttempt.Outcome.DELIVERED);
    }

    @Test
    void badSubscriptionsAreRefusedInTheApisErrorShapeAndNothingIsSubscribed() {
        WireClient.Response remote =
                client.post("/_fake/webhooks/subscriptions", "{\"url\": \"http://10.9.8.7/hooks\"}");
        assertThat(remote.status()).isEqualTo(400);
        assertThat(remote.json()
                        .get("details")
                        .get("applicationError")
                        .get("description")
                        .asString())
                .contains("not a loopback address");

        WireClient.Response badEvent = client.post(
                "/_fake/webhooks/subscriptions", "{\"url\": \"http://127.0.0.1:1/\", \"events\": [\"FILE_GONE\"]}");
        assertThat(badEvent.status()).isEqualTo(400);
        assertThat(badEvent.json()
                        .get("details")
                        .get("applicationError")
                        .get("description")
                        .asString())
                .contains("unknown webhook event 'FILE_GONE'");

        WireClient.Response noUrl = client.post("/_fake/webhooks/subscriptions", "{}");
        assertThat(noUrl.status()).isEqualTo(400);

        assertThat(client.delete("/_fake/webhooks/subscriptions/wh-404").status())
                .isEqualTo(404);
        assertThat(client.get("/_fake/webhooks/subscriptions").json().get("subscriptions"))
                .isEmpty();
    }

    @Test
    void subscriptionsAreListedAndRemovedThroughTheAdminApi() {
        JsonNode s =
                subscribe("{\"url\": \"" + receiver.url() + "\", \"events\": [\"file_failed\", \"FOLDER_CREATED\"]}");
        assertThat(s.get("siteId").asString()).isEqualTo(fake.defaultSiteId());
        assertThat(s.get("events")).extracting(JsonNode::asString).containsExactly("FILE_FAILED", "FOLDER_CREATED");
        assertThat(client.get("/_fake/webhooks/subscriptions").json().get("subscriptions"))
                .hasSize(1);

        assertThat(client.delete("/_fake/webhooks/subscriptions/" + s.get("id").asString())
                        .status())
                .isEqualTo(200);
        assertThat(fake.webhooks().subscriptions()).isEmpty();
        assertThat(WebhookEvent.parse(s.get("events").get(0).asString())).isEqualTo(WebhookEvent.FILE_FAILED);
    }
}
