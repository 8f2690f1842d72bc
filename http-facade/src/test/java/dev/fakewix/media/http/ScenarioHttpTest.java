package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Scenarios over HTTP: the admin routes (JSON form), scripted errors on the wire, HTTP faults, the journal. */
class ScenarioHttpTest extends ServerFixture {
    private static final String SCENARIOS = "/_fake/sites/" + WireClient.SITE_ID + "/scenarios";
    private static final String FILES = "/site-media/v1/files";

    /** {@code respondWith}: an answer seen from Wix, given exactly, and journaled as scripted. */
    @Nested
    class ScriptedResponses {
        private static final String UPSTREAM = "{\"message\":\"upstream connect error\",\"details\":"
                + "{\"applicationError\":{\"code\":\"UPSTREAM_TIMEOUT\",\"description\":\"try again\",\"data\":{}}}}";

        @Test
        void aScriptedErrorIsAnsweredAsGivenAndJournaledAsScripted() {
            site.scenarios().on(Operation.LIST_FILES).respondWith(503, UPSTREAM).once();

            WireClient.Response answer = client.get(FILES);

            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).isEqualTo(UPSTREAM);
            assertThat(answer.header("Content-Type")).startsWith("application/json");
            assertThat(answer.header("X-Wix-Request-Id")).startsWith("fake-");
            JournalEntry journaled = server.journal()
                    .entries(e -> e.operation() == Operation.LIST_FILES)
                    .get(0);
            assertThat(journaled.scenario()).isEqualTo("#1 listFiles: respond 503 once");
            assertThat(journaled.errorCode()).isEqualTo("UPSTREAM_TIMEOUT");
            assertThat(journaled.responseBody()).isEqualTo(UPSTREAM);
            assertThat(client.get(FILES).status()).as("once").isEqualTo(200);
        }

        @Test
        void aScriptedSuccessIsAnsweredOverHttpAndChangesNothing() {
            String answerOfWix = "{\"file\":{\"id\":\"x\",\"displayName\":\"a.jpg\",\"aFieldTheFakeLacks\":1}}";
            site.scenarios()
                    .on(Operation.IMPORT_FILE)
                    .respondWith(200, answerOfWix)
                    .always();

            WireClient.Response answer = client.post(FILES + "/import", "{\"url\":\"https://example.com/a.jpg\"}");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(answerOfWix);
            JournalEntry journaled = server.journal()
                    .entries(e -> e.operation() == Operation.IMPORT_FILE)
                    .get(0);
            assertThat(journaled.isError()).as("a 200 is no error").isFalse();
            assertThat(journaled.scenario()).isEqualTo("#1 importFile: respond 200 always");
            assertThat(site.files().listFiles(ListFilesRequest.all()).files())
                    .as("the import did not happen")
                    .isEmpty();
        }

        @Test
        void theJsonFormOverTheAdminApiScriptsTheSameAnswer() {
            WireClient.Response posted = client.post(
                    SCENARIOS,
                    "{\"responses\": [{\"operation\": \"getFolder\","
                            + " \"status\": 429, \"body\": {\"message\": \"slow down\"}, \"match\": {\"folderId\": \"f1\"}}]}");
            assertThat(posted.status()).as("%s", posted).isEqualTo(200);

            assertThat(client.get("/site-media/v1/folders/f2").status())
                    .as("not matched")
                    .isEqualTo(400);
            WireClient.Response answer = client.get("/site-media/v1/folders/f1");

            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.body()).isEqualTo("{\"message\":\"slow down\"}");
        }

        @Test
        void aBadResponseRefusesTheWholeScenario() {
            WireClient.Response refused = client.post(
                    SCENARIOS,
                    "{\"errors\": [{\"operation\": \"listFiles\","
                            + " \"status\": 503}], \"responses\": [{\"operation\": \"listFiles\", \"status\": 42, \"body\": {}}]}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json()
                            .get("details")
                            .get("applicationError")
                            .get("description")
                            .asString())
                    .isEqualTo("responses[0]: respondWith: the status must be within 100..599, was 42");
            assertThat(client.get(SCENARIOS).json().get("scenarios")).isEmpty();
        }
    }

    @Nested
    class AdminRoutes {
        @Test
        void postingAScenarioInstallsItAndListsTheActiveBehaviours() {
            WireClient.Response posted = client.post(SCENARIOS, """
                    {"errors": [{"operation": "listFiles", "status": 503, "times": 2}]}""");

            assertThat(posted.status()).isEqualTo(200);
            assertThat(posted.json().get("scenarios").get(0).get("label").asString())
                    .isEqualTo("#1 listFiles: fail with UNAVAILABLE 2 times");
            assertThat(client.get(SCENARIOS).json().get("scenarios")).hasSize(1);
        }

        @Test
        void deletingClearsTheSiteScenarios() {
            client.post(SCENARIOS, "{\"errors\": [{\"operation\": \"listFiles\", \"status\": 503, \"always\": true}]}");

            assertThat(client.delete(SCENARIOS).status()).isEqualTo(200);
            assertThat(client.get(FILES).status()).isEqualTo(200);
            assertThat(client.get(SCENARIOS).json().get("scenarios")).isEmpty();
        }

        @Test
        void anInvalidScenarioIs400NamingTheValidChoicesAndChangesNothing() {
            WireClient.Response refused = client.post(SCENARIOS, """
                    {"errors": [{"operation": "listFiles", "status": 503}, {"operation": "listEverything", "status": 503}]}""");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json()
                            .get("details")
                            .get("applicationError")
                            .get("code")
                            .asString())
                    .isEqualTo("INVALID_ARGUMENT");
            assertThat(refused.json()
                            .get("details")
                            .get("applicationError")
                            .get("description")
                            .asString())
                    .contains("unknown operation 'listEverything'")
                    .contains("listFiles");
            assertThat(client.get(SCENARIOS).json().get("scenarios")).isEmpty();
        }

        @Test
        void malformedScenarioJsonIs400() {
            WireClient.Response refused = client.post(SCENARIOS, "{\"errors\": [");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body()).contains("INVALID_ARGUMENT");
        }
    }

    @Nested
    class ScriptedErrors {
        @Test
        void aCataloguedCodeTravelsAsAValidationRuleName() {
            client.post(
                    SCENARIOS, "{\"errors\": [{\"operation\": \"importFile\", \"error\": \"SITE_QUOTA_EXCEEDED\"}]}");

            WireClient.Response refused = client.post(FILES + "/import", "{\"url\": \"https://example.com/a.jpg\"}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json()
                            .get("details")
                            .get("validationError")
                            .get("fieldViolations")
                            .get(0)
                            .get("ruleName")
                            .asString())
                    .isEqualTo("SITE_QUOTA_EXCEEDED");
            assertThat(client.post(FILES + "/import", "{\"url\": \"https://example.com/a.jpg\"}")
                            .status())
                    .isEqualTo(200);
        }

        @Test
        void a429CarriesRetryAfter() {
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .failWithStatus(429)
                    .retryAfter(Duration.ofSeconds(9))
                    .once();

            WireClient.Response throttled = client.get(FILES);

            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isEqualTo("9");
            assertThat(throttled
                            .json()
                            .get("details")
                            .get("applicationError")
                            .get("code")
                            .asString())
                    .isEqualTo("RESOURCE_EXHAUSTED");
        }

        @Test
        void theJournalNamesTheBehaviourEachRequestMet() {
            site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once();

            client.get(FILES);
            client.get(FILES);

            assertThat(server.journal().entries(e -> e.operation() == Operation.LIST_FILES))
                    .extracting(JournalEntry::status, JournalEntry::scenario)
                    .containsExactly(
                            Tuple.tuple(503, "#1 listFiles: fail with UNAVAILABLE once"), Tuple.tuple(200, null));
        }

        @Test
        void scenariosOfOneSiteDoNotTouchAnother() {
            site.scenarios().onAnyOperation().failWithStatus(500).always();

            assertThat(client.with("wix-site-id", "another-site").get(FILES).status())
                    .isEqualTo(200);
            assertThat(client.get(FILES).status()).isEqualTo(500);
        }
    }

    @Nested
    class Faults {
        @Test
        void connectionResetLeavesTheClientWithoutAResponse() {
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .fault(HttpFault.CONNECTION_RESET)
                    .once();

            assertThatThrownBy(() -> client.get(FILES)).isInstanceOf(UncheckedIOException.class);
            assertThat(client.get(FILES).status()).isEqualTo(200);
        }

        @Test
        void emptyResponseIs200WithNoBody() {
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .fault(HttpFault.EMPTY_RESPONSE)
                    .once();

            WireClient.Response empty = client.get(FILES);

            assertThat(empty.status()).isEqualTo(200);
            assertThat(empty.bytes()).isEmpty();
        }

        @Test
        void malformedBodyIs200WithInvalidJson() {
            site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .fault(HttpFault.MALFORMED_BODY)
                    .once();

            WireClient.Response broken = client.get(FILES);

            assertThat(broken.status()).isEqualTo(200);
            assertThatThrownBy(broken::json).isInstanceOf(RuntimeException.class);
        }

        @Test
        void slowDribbleStillDeliversTheWholeAnswer() {
            site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
            String expected = client.get(FILES).body();
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .fault(HttpFault.SLOW_DRIBBLE)
                    .once();

            WireClient.Response dribbled = client.get(FILES);

            assertThat(dribbled.status()).isEqualTo(200);
            assertThat(dribbled.body()).isEqualTo(expected);
            assertThat(server.journal()
                            .entries(e -> e.operation() == Operation.LIST_FILES)
                            .get(1)
                            .scenario())
                    .isEqualTo("#1 listFiles: fault SLOW_DRIBBLE once");
        }
    }

    /** Faults, errors and latency are decided at one moment, when the request reaches the core's gate. */
    @Nested
    class OneMomentDecides {
        private static final String IMPORT = FILES + "/import";

        @Test
        void aFaultOutlivesARequestThatFailsValidationAndReachesTheNextOne() {
            site.scenarios()
                    .on(Operation.IMPORT_FILE)
                    .fault(HttpFault.EMPTY_RESPONSE)
                    .once();

            WireClient.Response invalid = client.post(IMPORT, "{\"url\": 7}");
            WireClient.Response next = client.post(IMPORT, "{\"url\": \"https://example.com/a.jpg\"}");

            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.body()).contains("must be a string, got 7");
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.bytes()).isEmpty();
            List<String> labels = server.journal().entries(e -> e.operation() == Operation.IMPORT_FILE).stream()
                    .map(JournalEntry::scenario)
                    .toList();
            assertThat(labels).containsExactly(null, "#1 importFile: fault EMPTY_RESPONSE once");
        }

        @Test
        void theFirstScriptedErrorOrFaultInOrderDecidesAndTheOtherWaits() {
            site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once();
            site.scenarios()
                    .on(Operation.LIST_FILES)
                    .fault(HttpFault.EMPTY_RESPONSE)
                    .once();

            WireClient.Response first = client.get(FILES);
            WireClient.Response second = client.get(FILES);
            WireClient.Response third = client.get(FILES);

            assertThat(first.status()).isEqualTo(503);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.bytes()).isEmpty();
            assertThat(third.json().has("files")).isTrue();
            List<String> labels = server.journal().entries(e -> e.operation() == Operation.LIST_FILES).stream()
                    .map(JournalEntry::scenario)
                    .toList();
            assertThat(labels)
                    .containsExactly(
                            "#1 listFiles: fail with UNAVAILABLE once",
                            "#2 listFiles: fault EMPTY_RESPONSE once",
                            null);
        }

        @Test
        void aFaultDecidedForARequestTheCoreRefusesBreaksThatAnswer() {
            String id = site.files()
                    .importFile(ImportFileRequest.of("https://example.com/a.jpg"))
                    .id();
            site.files().bulkDeleteFiles(List.of(id), true);
            WireClient.Response refused = client.get(FILES + "/get-file-by-id?fileId=" + id);
            site.scenarios()
                    .on(Operation.GET_FILE_DESCRIPTOR)
                    .fault(HttpFault.EMPTY_RESPONSE)
                    .once();

            WireClient.Response broken = client.get(FILES + "/get-file-by-id?fileId=" + id);

            assertThat(refused.status()).isBetween(400, 499);
            assertThat(refused.bytes()).isNotEmpty();
            assertThat(broken.status()).isEqualTo(refused.status());
            assertThat(broken.bytes()).isEmpty();
            assertThat(server.journal()
                            .entries(e -> e.operation() == Operation.GET_FILE_DESCRIPTOR)
                            .get(1)
                            .scenario())
                    .isEqualTo("#1 getFileDescriptor: fault EMPTY_RESPONSE once");
        }
    }
}
