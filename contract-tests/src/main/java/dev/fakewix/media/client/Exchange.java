package dev.fakewix.media.client;

import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * One request the client sent and the answer it got, handed to the observer of
 * {@link MediaManagerClient.Builder#observer(java.util.function.Consumer)} (for logging, or to record what a test did).
 * A 429 that was retried shows up once per attempt.
 *
 * @param endpoint    the method called
 * @param method      {@code GET}, {@code POST} or {@code PATCH}
 * @param path        the path and query string sent, e.g. {@code /site-media/v1/files?paging.limit=2}
 * @param requestBody the JSON body sent, {@code null} for a GET
 * @param status      the HTTP status of the answer
 * @param requestId   the {@code X-Wix-Request-Id} of the answer, or {@code null}
 * @param response    the answer's JSON body, {@code null} when it was not JSON
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Exchange(
        Endpoint endpoint,
        String method,
        String path,
        JsonNode requestBody,
        int status,
        String requestId,
        JsonNode response) {}
