package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import dev.fakewix.media.client.RateLimitBackoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Standard errors as the client meets them: rate limits (with backoff), authentication, request limits. */
class ClientContractTest {

    @ContractTest
    @FakeOnly(
            reason = "Wix's rate limit cannot be provoked on purpose; the fake scripts two 429s with Retry-After",
            scripted = true)
    @Exercises(Endpoint.LIST_FILES)
    void aRateLimitedCallIsRetriedAfterTheServersRetryAfter(ContractSession wix) {
        MediaManagerClient limited = wix.scriptedSite(
                "{\"errors\": [{\"operation\": \"listFiles\", \"status\": 429, \"retryAfterSeconds\": 7, \"times\": 2}]}");
        List<Duration> waits = new ArrayList<>();
        MediaManagerClient patient = limited.toBuilder()
                .rateLimitBackoff(RateLimitBackoff.of(3, Duration.ofSeconds(1), Duration.ofSeconds(30))
                        .withPause(waits::add))
                .build();

        assertThat(patient.listFiles(fields()).path("files").isArray()).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(7));
    }

    @ContractTest
    @FakeOnly(
            reason =
                    "Wix's rate limit cannot be provoked on purpose; the fake scripts more 429s than the client retries",
            scripted = true)
    @DocumentedError(endpoint = Endpoint.LIST_FOLDERS, code = "RESOURCE_EXHAUSTED")
    void aRateLimitThatOutlastsTheRetriesIsThrownWithItsRetryAfter(ContractSession wix) {
        MediaManagerClient limited = wix.scriptedSite(
                "{\"errors\": [{\"operation\": \"listFolders\", \"status\": 429, \"retryAfterSeconds\": 2, \"times\": 5}]}");
        List<Duration> waits = new ArrayList<>();
        MediaManagerClient patient = limited.toBuilder()
                .rateLimitBackoff(RateLimitBackoff.of(2, Duration.ofSeconds(1), Duration.ofSeconds(30))
                        .withPause(waits::add))
                .build();

        MediaManagerApiException e = wix.failure(() -> patient.listFolders(fields()));

        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
        assertThat(waits).hasSize(2);
    }

    @ContractTest
    @FakeOnly(
            reason =
                    "docs/fidelity.md guess: a missing API key is 401 UNAUTHENTICATED (the SDK runtime's status table)")
    @DocumentedError(endpoint = Endpoint.LIST_FOLDERS, code = "UNAUTHENTICATED")
    @ChecksGuess("G-006") // the 401 of the status table
    void aCallWithoutAnApiKeyIsUnauthenticated(ContractSession wix) {
        MediaManagerClient anonymous = wix.client().toBuilder().apiKey(null).build();

        MediaManagerApiException e = wix.failure(() -> anonymous.listFolders(fields("parentFolderId", wix.folderId())));

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.requestId()).isNotBlank();
    }

    @ContractTest
    @DerivedFromDocs(page = "rest/assets/media/media-manager/files/list-files")
    @DocumentedError(endpoint = Endpoint.LIST_FILES, code = "INVALID_ARGUMENT")
    void aPageLimitAbove100IsAValidationErrorOnPagingLimit(ContractSession wix) {
        MediaManagerApiException e = wix.failure(() ->
                wix.client().listFiles(fields("parentFolderId", wix.folderId(), "paging", Map.of("limit", 1000))));

        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.violations()).extracting(v -> v.field()).contains("paging.limit");
    }
}
