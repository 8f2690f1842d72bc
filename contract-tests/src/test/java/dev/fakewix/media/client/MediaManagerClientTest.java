package dev.fakewix.media.client;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.internal.ApiRoute;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The client on its own, against the fake's HTTP facade: what it sends, how it reads answers and errors. */
class MediaManagerClientTest {
    private FakeMediaManagerServer server;
    private MediaManagerClient client;

    @BeforeEach
    void start() {
        server = FakeMediaManagerServer.start(FakeMediaManager.builder().seed(3).build(), c -> c.port(0));
        client = MediaManagerClient.builder()
                .baseUri(server.baseUri())
                .apiKey("key")
                .siteId("client-test-site")
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JournalEntry last(Operation operation) {
        List<JournalEntry> entries = server.journal().entries(e -> e.operation() == operation);
        return entries.get(entries.size() - 1);
    }

    @Test
    void theClientKnowsExactlyTheFakesRouteTable() {
        List<String> client = Arrays.stream(Endpoint.values())
                .map(e -> e.httpMethod() + " " + Endpoint.BASE_PATH + e.pathTemplate())
                .sorted()
                .toList();
        List<String> fake = Arrays.stream(ApiRoute.values())
                .map(r -> r.method() + " " + r.fullPath())
                .sorted()
                .toList();

        assertThat(client).hasSize(27).isEqualTo(fake);
    }

    @Test
    void getRequestsSendTheFieldsAsTheSdksQueryString() {
        client.listFiles(fields(
                "parentFolderId",
                "media-root",
                "mediaTypes",
                List.of("IMAGE", "VIDEO"),
                "private",
                false,
                "sort",
                Map.of("fieldName", "displayName"),
                "paging",
                Map.of("limit", 2)));

        JournalEntry sent = last(Operation.LIST_FILES);
        assertThat(sent.query())
                .containsEntry("mediaTypes", List.of("IMAGE", "VIDEO"))
                .containsEntry("private", List.of("false"))
                .containsEntry("sort.fieldName", List.of("displayName"))
                .containsEntry("paging.limit", List.of("2"))
                .containsEntry("parentFolderId", List.of("media-root"));
        assertThat(sent.siteId()).isEqualTo("client-test-site");
    }

    @Test
    void aFolderIdGoesIntoThePathAndStaysInTheRequestAsTheSdkSendsIt() {
        String id = client.createFolder("Pets", null).path("folder").path("id").asString();

        client.getFolder(id);
        client.updateFolder(id, fields("displayName", "Cats"));

        assertThat(last(Operation.GET_FOLDER).path()).isEqualTo("/site-media/v1/folders/" + id);
        assertThat(last(Operation.GET_FOLDER).query()).containsEntry("folderId", List.of(id));
        assertThat(last(Operation.UPDATE_FOLDER).body())
                .isEqualTo("{\"folder\":{\"displayName\":\"Cats\",\"id\":\"" + id + "\"}}");
    }

    @Test
    void aPerMethodCodeIsReadFromTheViolationsRuleName() {
        MediaManagerApiException e = catchThrowableOfType(
                MediaManagerApiException.class, () -> client.listFiles(fields("sort", Map.of("fieldName", "hash"))));

        assertThat(e.endpoint()).isEqualTo(Endpoint.LIST_FILES);
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("UNSUPPORTED_SORT_VALUE");
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.violatedRule()).isEqualTo("OTHER");
            assertThat(v.ruleName()).isEqualTo("UNSUPPORTED_SORT_VALUE");
            assertThat(v.field()).isEqualTo("sort.fieldName");
        });
        assertThat(e.requestId()).isNotBlank();
        assertThat(e.getMessage())
                .startsWith("listFiles answered 400 UNSUPPORTED_SORT_VALUE: ")
                .contains(e.requestId());
    }

    @Test
    void aStandardErrorIsReadFromTheApplicationErrorCode() {
        MediaManagerClient anonymous = client.toBuilder().apiKey(null).build();

        MediaManagerApiException e =
                catchThrowableOfType(MediaManagerApiException.class, () -> anonymous.listFolders(fields()));

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(e.violations()).isEmpty();
        assertThat(e.body()
                        .path("details")
                        .path("applicationError")
                        .path("code")
                        .asString())
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aValidationErrorWithoutARuleNameIsInvalidArgument() {
        MediaManagerApiException e = catchThrowableOfType(
                MediaManagerApiException.class, () -> client.listFiles(fields("paging", Map.of("limit", 1000))));

        assertThat(e.code()).isEqualTo("INVALID_ARGUMENT");
        assertThat(e.violations()).extracting(Violation::field).containsExactly("paging.limit");
    }

    @Test
    void anAnswerWithoutAWixBodyGetsTheStatusReasonAsItsCode() {
        MediaManagerApiException e = catchThrowableOfType(
                MediaManagerApiException.class,
                () -> client.upload(
                        server.baseUri() + "/_wixmp/upload/not-a-token", "a.png", "image/png", new byte[] {1}));

        assertThat(e.endpoint()).isNull();
        assertThat(e.httpStatus()).isBetween(400, 499);
        assertThat(e.code()).isNotBlank();
        assertThat(e.getMessage()).startsWith("upload answered ");
    }

    @Test
    void a429IsRetriedAfterTheServersRetryAfterUntilItSucceeds() {
        server.fake()
                .site("client-test-site")
                .scenarios()
                .apply(
                        "{\"errors\": [{\"operation\": \"listFolders\", \"status\": 429, \"retryAfterSeconds\": 2, \"times\": 3}]}");
        List<Duration> waits = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        MediaManagerClient patient = client.toBuilder()
                .rateLimitBackoff(RateLimitBackoff.of(5, Duration.ofSeconds(1), Duration.ofSeconds(3))
                        .withPause(waits::add))
                .observer(x -> statuses.add(x.status()))
                .build();

        JsonNode page = patient.listFolders(fields());

        assertThat(page.path("folders").isArray()).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(statuses).containsExactly(429, 429, 429, 200);
    }

    @Test
    void noBackoffThrowsTheFirst429() {
        server.fake()
                .site("client-test-site")
                .scenarios()
                .apply(
                        "{\"errors\": [{\"operation\": \"listFolders\", \"status\": 429, \"retryAfterSeconds\": 4, \"times\": 1}]}");
        MediaManagerClient impatient =
                client.toBuilder().rateLimitBackoff(RateLimitBackoff.none()).build();

        MediaManagerApiException e =
                catchThrowableOfType(MediaManagerApiException.class, () -> impatient.listFolders(fields()));

        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(4));
    }

    @Test
    void aRetryAfterAboveTheLongestDelayIsCapped() {
        RateLimitBackoff backoff = RateLimitBackoff.of(3, Duration.ofMillis(500), Duration.ofSeconds(10));

        assertThat(backoff.delayBefore(1, Duration.ofMinutes(5))).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.delayBefore(1, null)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.delayBefore(3, null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delayBefore(10, null)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithTheFix() {
        assertThatThrownBy(() -> MediaManagerClient.builder().baseUri(URI.create("localhost:8080")))
                .hasMessageContaining("baseUri must be absolute, like http://127.0.0.1:8080");
        assertThatThrownBy(() -> fields("a")).hasMessageContaining("name, value pairs");
        assertThatThrownBy(() -> fields(1, "a")).hasMessageContaining("must be a field name");
        assertThatThrownBy(() -> RateLimitBackoff.of(-1, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("maxRetries must be >= 0");
        assertThatThrownBy(() -> client.call(Endpoint.GET_FOLDER, fields()))
                .hasMessageContaining("getFolder needs folderId");
        assertThatThrownBy(() -> Endpoint.bySdkName("listEverything"))
                .hasMessageContaining("no Media Manager method named 'listEverything'");
    }

    @Test
    void theReadmeExampleWorks() {
        FakeMediaManager fake = FakeMediaManager.builder().seed(42).build();
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0))) {
            fake.site()
                    .scenarios()
                    .on(Operation.LIST_FILES)
                    .failWithStatus(429)
                    .retryAfter(Duration.ofSeconds(1))
                    .once();
            List<Duration> waits = new ArrayList<>();
            MediaManagerClient wix = MediaManagerClient.builder()
                    .baseUri(server.baseUri())
                    .apiKey("any")
                    .rateLimitBackoff(RateLimitBackoff.standard().withPause(waits::add))
                    .build();

            JsonNode page = wix.listFiles(fields("parentFolderId", "media-root"));
            MediaManagerApiException e =
                    catchThrowableOfType(MediaManagerApiException.class, () -> wix.getFileDescriptor("nope"));

            assertThat(page.path("files").isArray()).isTrue();
            assertThat(waits).containsExactly(Duration.ofSeconds(1));
            assertThat(e.code()).isEqualTo("RESOURCE_NOT_FOUND");
        }
    }

    @Test
    void fieldsLeavesOutNullsAndKeepsTheOrder() {
        assertThat(fields("b", 1, "a", null, "c", "x")).containsExactly(Map.entry("b", 1), Map.entry("c", "x"));
        assertThat(Endpoint.bySdkName("bulkImportFile")).isEqualTo(Endpoint.BULK_IMPORT_FILE);
        assertThat(client.forSite("other").siteId()).isEqualTo("other");
        assertThat(client.toString()).contains(server.baseUri().toString()).contains("client-test-site");
    }
}
