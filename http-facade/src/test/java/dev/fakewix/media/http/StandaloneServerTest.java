package dev.fakewix.media.http.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookSigningKey;
import dev.fakewix.media.core.Webhooks;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.WebhookReceiver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server's options, and starting it from them. */
class StandaloneServerTest {
    @TempDir
    Path dir;

    @Test
    void defaultsAreLoopbackPort8080AndPermissiveAuth() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(new String[0]);
        assertThat(o.host).isEqualTo("127.0.0.1");
        assertThat(o.port).isEqualTo(8080);
        assertThat(o.auth).isEqualTo(AuthMode.PERMISSIVE);
    }

    @Test
    void optionsAreReadInBothForms() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(new String[] {
            "--port",
            "0",
            "--host=0.0.0.0",
            "--seed",
            "42",
            "--auth",
            "off",
            "--readiness",
            "readyAfter PT5M",
            "--journal-capacity=5",
            "--site-id",
            "s1"
        });
        assertThat(o.port).isZero();
        assertThat(o.host).isEqualTo("0.0.0.0");
        assertThat(o.seed).isEqualTo(42);
        assertThat(o.auth).isEqualTo(AuthMode.OFF);
        assertThat(o.journalCapacity).isEqualTo(5);
        assertThat(o.siteId).isEqualTo("s1");
        assertThat(o.readiness).isEqualTo(Readiness.readyAfter(Duration.ofMinutes(5)));
    }

    @Test
    void badOptionsSayWhatIsWrong() {
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--port", "x"}))
                .hasMessage("--port needs an integer, got 'x'");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--port", "70000"}))
                .hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--auth", "maybe"}))
                .hasMessageContaining("off, permissive or strict");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--colour"}))
                .hasMessage("unknown option --colour");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--port"}))
                .hasMessage("--port needs a value");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(
                        new String[] {"--state", dir.resolve("none.json").toString()}))
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--readiness", "soon"}))
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void theDashboardIsOnUnlessTurnedOff() throws Exception {
        assertThat(StandaloneServer.Options.parse(new String[0]).dashboard).isTrue();
        StandaloneServer.Options off = StandaloneServer.Options.parse(new String[] {"--port", "0", "--no-dashboard"});
        assertThat(off.dashboard).isFalse();
        assertThat(StandaloneServer.USAGE).contains("--no-dashboard");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--no-dashboard=yes"}))
                .hasMessage("unknown option --no-dashboard");
        try (FakeMediaManagerServer server = StandaloneServer.start(off)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.baseUri() + "/_fake/ui"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aDataDirectoryKeepsTheStateAndABadOneIsABadOption() throws Exception {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "0", "--data-dir", dir.resolve("data").toString(), "--site-id", "kept"});
        assertThat(o.dataDir).isEqualTo(dir.resolve("data"));
        assertThat(StandaloneServer.USAGE).contains("--data-dir DIR");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--data-dir", " "}))
                .hasMessage("--data-dir must not be empty");
        try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
            server.fake().site().folders().createFolder("kept", null);
            // a second server on the same directory is refused, in the directory's words
            assertThatThrownBy(() -> StandaloneServer.start(o))
                    .isInstanceOf(StandaloneServer.BadOption.class)
                    .hasMessageContaining("in use by another fake");
            server.fake().close();
        }
        try (FakeMediaManagerServer again = StandaloneServer.start(o)) {
            assertThat(again.fake().site().snapshot().folders()).hasSize(1);
            again.fake().close();
        }
    }

    @Test
    void aSiteTheDataDirectoryHoldsIsNotSeededAgain() throws Exception {
        Path scenario = Files.writeString(
                dir.resolve("scenario.json"),
                "{\"errors\":[{\"operation\":\"listFiles\",\"status\":503,\"always\":true}]}");
        String[] args = {"--port", "0", "--data-dir", dir.resolve("data").toString(), "--scenario", scenario.toString()
        };
        try (FakeMediaManagerServer server = StandaloneServer.start(StandaloneServer.Options.parse(args))) {
            assertThat(server.fake().site().scenarios().active()).hasSize(1);
            server.fake().close();
        }
        try (FakeMediaManagerServer again = StandaloneServer.start(StandaloneServer.Options.parse(args))) {
            assertThat(again.fake().site().scenarios().active()).hasSize(1); // kept once, not applied twice
            again.fake().close();
        }
    }

    @Test
    void helpIsAnOption() {
        assertThat(StandaloneServer.Options.parse(new String[] {"--help"}).help).isTrue();
        assertThat(StandaloneServer.USAGE).contains("--port", "--host", "--state", "--seed", "--auth", "--keys");
    }

    @Test
    void strictModeNeedsAKeysFile() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(new String[] {"--port", "0", "--auth", "strict"});
        assertThatThrownBy(() -> StandaloneServer.start(o)).hasMessageContaining("--keys");
    }

    @Test
    void aStateFileSeedsTheSitesAndAKeysFileConfiguresStrictMode() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(
                state,
                "{\"sites\":[{\"siteId\":\"seeded\",\"idCounter\":1,\"folders\":[{\"folder\":{\"id\":\"f1\","
                        + "\"displayName\":\"Pets\",\"parentFolderId\":\"media-root\",\"createdDate\":\"2024-01-01T00:00:00.000Z\","
                        + "\"updatedDate\":\"2024-01-01T00:00:00.000Z\",\"state\":\"OK\",\"siteId\":\"seeded\"}}]}]}");
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, "{\"keys\":[{\"key\":\"reader\",\"sites\":[\"seeded\"],\"permission\":\"read\"}]}");
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "0", "--state", state.toString(), "--auth", "strict", "--keys", keys.toString()
                });
        try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(server.baseUri() + "/site-media/v1/folders/f1"))
                                    .header("Authorization", "reader")
                                    .header("wix-site-id", "seeded")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"displayName\":\"Pets\"");
        }
    }

    @Test
    void aBrokenStateFileIsAClearError() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{\"files\":[{\"file\":{\"id\":\"x\"}}]}");
        StandaloneServer.Options o =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--state", state.toString()});
        assertThatThrownBy(() -> StandaloneServer.start(o)).hasMessageContaining("files[0].file.mediaType");
    }

    @Test
    void aPoisonedStateFileIsRefusedListingItsProblems() throws Exception {
        Path state = dir.resolve("state.json");
        Files.writeString(
                state, "{\"folders\":[{\"folder\":{\"id\":\"f1\",\"parentFolderId\":\"f1\",\"state\":\"OK\"}}]}");
        StandaloneServer.Options o =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--state", state.toString()});
        assertThatThrownBy(() -> StandaloneServer.start(o))
                .isInstanceOf(StandaloneServer.BadOption.class)
                .hasMessageContaining("folders[0].folder.createdDate")
                .hasMessageContaining("folders[0].folder.parentFolderId");
    }

    @Test
    void theClockOptionsSetTheFakesClock() {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        StandaloneServer.Options fixed =
                StandaloneServer.Options.parse(new String[] {"--clock", "FIXED", "--clock-at", at.toString()});
        VirtualClock frozen = fixed.clock();
        assertThat(frozen.isFrozen()).isTrue();
        assertThat(frozen.instant()).isEqualTo(at);

        StandaloneServer.Options wall = StandaloneServer.Options.parse(new String[] {"--clock-at=" + at});
        VirtualClock following = wall.clock();
        assertThat(following.isFrozen()).isFalse();
        assertThat(following.instant()).isBetween(at, at.plus(Duration.ofHours(1)));

        VirtualClock byDefault = StandaloneServer.Options.parse(new String[0]).clock();
        assertThat(byDefault.isFrozen()).isFalse();
        assertThat(byDefault.instant()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));

        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--clock", "frozen"}))
                .isInstanceOf(StandaloneServer.BadOption.class)
                .hasMessage("--clock must be wall or fixed, got 'frozen'");
        assertThatThrownBy(() -> StandaloneServer.Options.parse(new String[] {"--clock-at", "yesterday"}))
                .isInstanceOf(StandaloneServer.BadOption.class)
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void aFixedClockStandsStillOverHttp() throws Exception {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "0", "--clock", "fixed", "--clock-at", "2024-01-01T00:00:00Z"});
        try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(server.baseUri().resolve("/_fake/clock"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.body())
                    .contains("\"now\":\"2024-01-01T00:00:00.000Z\"")
                    .contains("\"frozen\":true");
        }
    }

    @Test
    void hardeningOptionsReachTheServer() throws Exception {
        // a fixed clock: both servers sign their tokens at the same instant however busy the machine is
        StandaloneServer.Options o = StandaloneServer.Options.parse(new String[] {
            "--port",
            "0",
            "--token-secret",
            "ci-secret",
            "--allow-host",
            "media-fake",
            "--allow-host=other",
            "--admin-token",
            "t0ken",
            "--clock",
            "fixed",
            "--clock-at",
            "2024-01-01T00:00:00Z"
        });
        assertThat(o.allowedHosts).containsExactly("media-fake", "other");
        try (FakeMediaManagerServer a = StandaloneServer.start(o);
                FakeMediaManagerServer b = StandaloneServer.start(o)) {
            assertThat(a.adminToken()).contains("t0ken");
            var request = GenerateFileUploadUrlRequest.of("image/png");
            String urlA = a.fake().site().files().generateFileUploadUrl(request);
            String urlB = b.fake().site().files().generateFileUploadUrl(request);
            assertThat(urlA.substring(urlA.lastIndexOf('/')))
                    .as("a pinned secret signs alike")
                    .isEqualTo(urlB.substring(urlB.lastIndexOf('/')));
        }
        StandaloneServer.Options none =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--admin-token", "none"});
        try (FakeMediaManagerServer server = StandaloneServer.start(none)) {
            assertThat(server.adminToken()).isEmpty();
        }
        assertThat(StandaloneServer.USAGE).contains("--token-secret", "--allow-host", "--admin-token");
    }

    @Test
    void aBrokenKeysFileIsAClearError() throws Exception {
        Path keys = dir.resolve("keys.json");
        Files.writeString(keys, "{\"keys\":[{\"key\":\"k\",\"sites\":[\"s\"],\"permission\":\"admin\"}]}");
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "0", "--auth", "strict", "--keys", keys.toString()});
        assertThatThrownBy(() -> StandaloneServer.start(o))
                .hasMessageContaining("keys[0].permission must be read or manage");
    }

    @Test
    void webhookReceiversAndTheSigningKeyComeFromTheCommandLine() throws Exception {
        WebhookSigningKey key = WebhookSigningKey.generate(99);
        Path pem = dir.resolve("webhook-key.pem");
        Files.writeString(pem, key.privateKeyPem());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            StandaloneServer.Options o = StandaloneServer.Options.parse(new String[] {
                "--port",
                "0",
                "--webhook",
                receiver.url(),
                "--webhook=site-2=" + receiver.url(),
                "--webhook-key",
                pem.toString()
            });
            try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
                assertThat(server.fake().webhooks().subscriptions())
                        .extracting(s -> s.siteId() + " " + s.url())
                        .containsExactly(
                                server.fake().defaultSiteId() + " " + receiver.url(), "site-2 " + receiver.url());
                assertThat(server.fake().webhooks().signingKey().publicKeyPem()).isEqualTo(key.publicKeyPem());
                server.fake().site("site-2").folders().createFolder("Pets", null);
                Awaitility.await()
                        .atMost(Duration.ofMinutes(2))
                        .pollInterval(Duration.ofMillis(5))
                        .until(() -> receiver.received.size() == 1);
            }
        }
    }

    /** G-123: events carry accountInfo.accountId, the account the command line names. */
    @Test
    void theAccountIdOfWebhookEventsComesFromTheCommandLine() {
        StandaloneServer.Options o = StandaloneServer.Options.parse(
                new String[] {"--port", "0", "--account-id", "0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a"});
        try (FakeMediaManagerServer server = StandaloneServer.start(o)) {
            assertThat(server.fake().webhooks().accountId("any-site"))
                    .isEqualTo("0c8f7a6e-5d4b-4c3a-9b2a-1f0e9d8c7b6a");
        }
        assertThat(StandaloneServer.USAGE).contains("--account-id GUID", Webhooks.DEFAULT_ACCOUNT_ID);
        StandaloneServer.Options bad =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--account-id", "acme"});
        assertThatThrownBy(() -> StandaloneServer.start(bad))
                .hasMessageContaining("--account-id: an account id is a GUID");
    }

    @Test
    void aBadWebhookOptionIsAClearError() throws Exception {
        StandaloneServer.Options remote =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--webhook", "http://10.0.0.9/hooks"});
        assertThatThrownBy(() -> StandaloneServer.start(remote))
                .hasMessageContaining("--webhook: ")
                .hasMessageContaining("not a loopback address");
        Path notAKey = dir.resolve("public.pem");
        Files.writeString(notAKey, WebhookSigningKey.generate(99).publicKeyPem());
        StandaloneServer.Options badKey =
                StandaloneServer.Options.parse(new String[] {"--port", "0", "--webhook-key", notAKey.toString()});
        assertThatThrownBy(() -> StandaloneServer.start(badKey))
                .hasMessageContaining("--webhook-key " + notAKey + " is not usable")
                .hasMessageContaining("this is a public key");
    }
}
