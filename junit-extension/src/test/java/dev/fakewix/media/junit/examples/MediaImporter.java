package dev.fakewix.media.junit.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Application code, written the way a user of the Wix REST API would write it (no SDK: {@code java.net.http} and
 * Jackson): imports an image from a URL into a site's Media Manager and waits until Wix has processed it.
 *
 * <pre>{@code
 * MediaImporter importer = new MediaImporter(HttpClient.newHttpClient(), URI.create("https://www.wixapis.com"),
 *         System.getenv("WIX_API_KEY"), siteId);
 * MediaImporter.ImportedFile file = importer.importAndWait("https://cdn.example.com/p/42.jpg", "product-42.jpg");
 * }</pre>
 *
 * <p>Waiting between polls and retries goes through a {@link Pause}: in production it sleeps; a test passes one that
 * advances the fake's virtual clock (or just records the pauses), so it runs in microseconds and deterministically.
 */
public final class MediaImporter {

    /** How the importer waits between polls and retries. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;

        /** Real waiting, for production (the only real wait; tests inject their own {@code Pause}). */
        static Pause sleeping() {
            // production pause: real time; tests inject a Pause that advances the fake's virtual clock instead
            return duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
    }

    /**
     * How patiently the importer polls and retries.
     *
     * @param pollInterval how long to wait between two reads of a PENDING file
     * @param maxPolls     how many reads before giving up
     * @param maxAttempts  how many times to send the import when the service is unavailable (503) or throttling (429)
     * @param retryBackoff the first wait before a retry; doubled each time (a {@code Retry-After} header wins if longer)
     */
    public record Settings(Duration pollInterval, int maxPolls, int maxAttempts, Duration retryBackoff) {
        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(30), 20, 3, Duration.ofSeconds(1));
        }
    }

    /** A file Wix has finished processing. */
    public record ImportedFile(String id, String displayName, String url, String mediaType) {}

    /** Why an import did not produce a READY file. */
    public enum Reason {
        /** Wix refused the request (400 INVALID_ARGUMENT); {@link ImportException#violations()} says which fields. */
        INVALID_REQUEST,
        /** The site's storage is full (SITE_QUOTA_EXCEEDED). */
        QUOTA_EXCEEDED,
        /** Wix accepted the file but could not process it (operationStatus FAILED). */
        PROCESSING_FAILED,
        /** The service stayed unavailable through every attempt. */
        UNAVAILABLE,
        /** The file was still PENDING after the last poll. */
        NOT_READY_IN_TIME,
        /** Anything else (an unexpected status or body). */
        UNEXPECTED
    }

    /** An import that did not produce a READY file. */
    public static final class ImportException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final int status;
        private final String wixCode;
        private final transient List<String> violations;

        ImportException(Reason reason, int status, String wixCode, List<String> violations, String message) {
            super(message);
            this.reason = reason;
            this.status = status;
            this.wixCode = wixCode;
            this.violations = List.copyOf(violations);
        }

        public Reason reason() {
            return reason;
        }

        /** The HTTP status of the last answer (200 for processing failures and timeouts). */
        public int status() {
            return status;
        }

        /** Wix's error code, e.g. {@code SITE_QUOTA_EXCEEDED}; {@code null} when there is none. */
        public String wixCode() {
            return wixCode;
        }

        /** {@code field: description} of each field Wix refused. */
        public List<String> violations() {
            return violations;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI apiBase;
    private final String apiKey;
    private final String siteId;
    private final Settings settings;
    private final Pause pause;

    /** An importer for production: the default settings, real sleeping. */
    public MediaImporter(HttpClient http, URI apiBase, String apiKey, String siteId) {
        this(http, apiBase, apiKey, siteId, Settings.defaults(), Pause.sleeping());
    }

    public MediaImporter(HttpClient http, URI apiBase, String apiKey, String siteId, Settings settings, Pause pause) {
        this.http = Objects.requireNonNull(http, "http");
        this.apiBase = Objects.requireNonNull(apiBase, "apiBase");
        this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
        this.siteId = Objects.requireNonNull(siteId, "siteId");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * Imports {@code sourceUrl} as {@code displayName} and waits until it is READY.
     *
     * @throws ImportException      when Wix refuses the import, the file fails, or waiting runs out
     * @throws InterruptedException when interrupted while pausing
     */
    public ImportedFile importAndWait(String sourceUrl, String displayName) throws InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("url", sourceUrl).put("displayName", displayName);
        JsonNode imported = sendWithRetries(post("/site-media/v1/files/import", body.toString()));
        String fileId = imported.path("file").path("id").asString();

        for (int poll = 1; poll <= settings.maxPolls(); poll++) {
            HttpResponse<String> response = send(get(
                    "/site-media/v1/files/get-file-by-id?fileId=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8)));
            if (response.statusCode() != 200) {
                throw failure(response);
            }
            JsonNode file = JSON.readTree(response.body()).path("file");
            switch (file.path("operationStatus").asString()) {
                case "READY" -> {
                    return new ImportedFile(
                            file.path("id").asString(),
                            file.path("displayName").asString(),
                            file.path("url").asString(),
                            file.path("mediaType").asString());
                }
                case "FAILED" ->
                    throw new ImportException(
                            Reason.PROCESSING_FAILED,
                            200,
                            null,
                            List.of(),
                            "Wix could not process " + sourceUrl + " (file " + fileId + ")");
                default -> {
                    if (poll < settings.maxPolls()) {
                        pause.pause(settings.pollInterval());
                    }
                }
            }
        }
        throw new ImportException(
                Reason.NOT_READY_IN_TIME,
                200,
                null,
                List.of(),
                "File " + fileId + " was still PENDING after " + settings.maxPolls() + " polls");
    }

    private JsonNode sendWithRetries(HttpRequest request) throws InterruptedException {
        Duration backoff = settings.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body());
            }
            boolean retryable = response.statusCode() == 503 || response.statusCode() == 429;
            if (!retryable || attempt == settings.maxAttempts()) {
                throw failure(response);
            }
            Duration retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim())))
                    .orElse(Duration.ZERO);
            pause.pause(retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** Reads Wix's error body: {@code details.applicationError.code}, or the field violations of a validation error. */
    private static ImportException failure(HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode details;
        try {
            details = JSON.readTree(response.body()).path("details");
        } catch (RuntimeException notJson) {
            return new ImportException(
                    Reason.UNEXPECTED, status, null, List.of(), "HTTP " + status + ": " + response.body());
        }
        String code = details.path("applicationError").path("code").asString(null);
        List<String> violations = new ArrayList<>();
        for (JsonNode v :
                details.path("validationError").path("fieldViolations").values()) {
            violations.add(
                    v.path("field").asString() + ": " + v.path("description").asString());
            if (code == null && "OTHER".equals(v.path("violatedRule").asString())) {
                code = v.path("ruleName").asString(null); // per-method codes travel as a rule name
            }
        }
        if (code == null && !violations.isEmpty()) {
            code = "INVALID_ARGUMENT";
        }
        Reason reason;
        if ("SITE_QUOTA_EXCEEDED".equals(code)) {
            reason = Reason.QUOTA_EXCEEDED;
        } else if (status == 503 || status == 429) {
            reason = Reason.UNAVAILABLE;
        } else if (status == 400) {
            reason = Reason.INVALID_REQUEST;
        } else {
            reason = Reason.UNEXPECTED;
        }
        return new ImportException(
                reason,
                status,
                code,
                violations,
                "Wix answered " + status + " " + code + (violations.isEmpty() ? "" : " " + violations));
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(apiBase.resolve(path))
                .header("Authorization", apiKey)
                .header("wix-site-id", siteId)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(apiBase.resolve(path))
                .header("Authorization", apiKey)
                .header("wix-site-id", siteId)
                .GET()
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ImportException(Reason.UNEXPECTED, 0, null, List.of(), "Cannot reach Wix: " + e);
        }
    }
}
