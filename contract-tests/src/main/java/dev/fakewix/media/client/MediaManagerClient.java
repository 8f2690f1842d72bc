package dev.fakewix.media.client;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small client for the Wix Media Manager REST API (Files and Folders): all 27 methods, on {@code java.net.http} and
 * Jackson 3. Wix publishes no Java SDK; this one sends what the official JS SDK sends (see {@code docs/sdk-wire.md})
 * and hands back the REST answers as they are, as Jackson trees with REST names ({@code id}, {@code createdDate}).
 *
 * <pre>{@code
 * MediaManagerClient wix = MediaManagerClient.builder()
 *         .apiKey(System.getenv("WIX_API_KEY"))
 *         .siteId(System.getenv("WIX_SITE_ID"))
 *         .build();                                             // https://www.wixapis.com
 * String folderId = wix.createFolder("Invoices", null).path("folder").path("id").asString();
 * JsonNode imported = wix.importFile("https://example.com/a.png",
 *         MediaManagerClient.fields("parentFolderId", folderId, "displayName", "a.png"));
 * JsonNode page = wix.listFiles(MediaManagerClient.fields("parentFolderId", folderId,
 *         "sort", Map.of("fieldName", "displayName", "order", "ASC"), "paging", Map.of("limit", 50)));
 * for (JsonNode file : page.path("files")) { ... }
 * }</pre>
 *
 * <p>Against the fake: {@code .baseUri(server.baseUri())} (any API key works in its default auth mode).
 *
 * <p>Requests are maps of REST field names to values (maps, lists, strings, numbers, booleans, Jackson nodes);
 * {@code null} values are left out. GET methods send them as the SDK's query string ({@code sort.fieldName=...},
 * repeated keys for arrays). Every answer other than HTTP 200 throws a {@link MediaManagerApiException} with the Wix
 * code, status and request id; a 429 is first retried as the {@link RateLimitBackoff} says. Network failures throw
 * {@link UncheckedIOException}. Thread-safe: one client may serve many threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaManagerClient {
    /** Wix's API host. */
    public static final URI WIX_API = URI.create("https://www.wixapis.com");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI baseUri;
    private final String apiKey;
    private final String siteId;
    private final HttpClient http;
    private final Duration requestTimeout;
    private final RateLimitBackoff backoff;
    private final Consumer<Exchange> observer;
    private final HttpTransport transport;

    private MediaManagerClient(Builder b) {
        this.baseUri = b.baseUri;
        this.apiKey = b.apiKey;
        this.siteId = b.siteId;
        this.http = b.httpClient != null
                ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.requestTimeout = b.requestTimeout;
        this.backoff = b.backoff;
        this.observer = b.observer;
        this.transport = new HttpTransport(http, backoff, observer);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A request map from names and values, in order, leaving out {@code null} values:
     * {@code fields("parentFolderId", id, "private", null)} is {@code {parentFolderId=id}}.
     */
    public static Map<String, Object> fields(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields(...) takes name, value pairs; got an odd number of arguments ("
                    + namesAndValues.length + ")");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException(
                        "argument " + i + " of fields(...) must be a field name, was " + namesAndValues[i]);
            }
            if (namesAndValues[i + 1] != null) {
                out.put(name, namesAndValues[i + 1]);
            }
        }
        return out;
    }

    /** Where the client sends requests, e.g. {@code https://www.wixapis.com}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The site the client acts on ({@code wix-site-id}), or {@code null} when none is set. */
    public String siteId() {
        return siteId;
    }

    /** A client like this one that acts on another site. */
    public MediaManagerClient forSite(String otherSiteId) {
        return toBuilder().siteId(otherSiteId).build();
    }

    /** A builder preset with this client's settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.baseUri = baseUri;
        b.apiKey = apiKey;
        b.siteId = siteId;
        b.httpClient = http;
        b.requestTimeout = requestTimeout;
        b.backoff = backoff;
        b.observer = observer;
        return b;
    }

    // ---- Files -------------------------------------------------------------------------------------------------

    /** One permanent URL to a compressed archive of the files: {@code {downloadUrl}}. */
    public JsonNode generateFilesDownloadUrl(List<String> fileIds) {
        return call(Endpoint.GENERATE_FILES_DOWNLOAD_URL, fields("fileIds", fileIds));
    }

    /**
     * Download URLs of one file, one per asset key: {@code {downloadUrls: [{url, assetKey}]}}. Options:
     * {@code downloadFileName}, {@code expirationInMinutes}, {@code expirationRedirectUrl}, {@code assetKeys},
     * {@code contentDisposition}.
     */
    public JsonNode generateFileDownloadUrl(String fileId, Map<String, ?> options) {
        return call(Endpoint.GENERATE_FILE_DOWNLOAD_URL, merge(fields("fileId", fileId), options));
    }

    /** {@code {file}}; {@code fileId} may also be the file's Wix media URL. */
    public JsonNode getFileDescriptor(String fileId) {
        return call(Endpoint.GET_FILE_DESCRIPTOR, fields("fileId", fileId));
    }

    /** {@code {files}}, 1 to 100 ids. */
    public JsonNode getFileDescriptors(List<String> fileIds) {
        return call(Endpoint.GET_FILE_DESCRIPTORS, fields("fileIds", fileIds));
    }

    /** Renames, relabels or moves a file: {@code file} holds {@code id} and the fields to change. Answers {@code {file}}. */
    public JsonNode updateFileDescriptor(Map<String, ?> file) {
        return call(Endpoint.UPDATE_FILE_DESCRIPTOR, fields("file", file));
    }

    /**
     * A single-request upload URL: {@code {uploadUrl}}; send the bytes with {@link #upload}. Options: {@code fileName},
     * {@code sizeInBytes} (a decimal string), {@code parentFolderId}, {@code private}, {@code labels},
     * {@code externalInfo}, {@code filePath}.
     */
    public JsonNode generateFileUploadUrl(String mimeType, Map<String, ?> options) {
        return call(Endpoint.GENERATE_FILE_UPLOAD_URL, merge(fields("mimeType", mimeType), options));
    }

    /** A resumable (TUS) upload URL: {@code {uploadProtocol, uploadUrl, uploadToken}}; options as for upload URLs. */
    public JsonNode generateFileResumableUploadUrl(String mimeType, Map<String, ?> options) {
        return call(Endpoint.GENERATE_FILE_RESUMABLE_UPLOAD_URL, merge(fields("mimeType", mimeType), options));
    }

    /**
     * Imports a file from a public URL: {@code {file}} (PENDING at first). Options: {@code mediaType},
     * {@code displayName}, {@code parentFolderId}, {@code private}, {@code labels}, {@code mimeType},
     * {@code externalInfo}, {@code urlParams}, {@code urlHeaders}, {@code filePath}.
     */
    public JsonNode importFile(String url, Map<String, ?> options) {
        return call(Endpoint.IMPORT_FILE, merge(fields("url", url), options));
    }

    /** The deprecated all-in-one bulk import: {@code {files}}. Each request is an importFile body ({@code url}, ...). */
    public JsonNode bulkImportFiles(List<? extends Map<String, ?>> importFileRequests) {
        return call(Endpoint.BULK_IMPORT_FILES, fields("importFileRequests", importFileRequests));
    }

    /** Bulk import with a result per item: {@code {results, bulkActionMetadata}}; {@code returnEntity} may be null. */
    public JsonNode bulkImportFile(List<? extends Map<String, ?>> importFileRequests, Boolean returnEntity) {
        return call(
                Endpoint.BULK_IMPORT_FILE,
                fields("importFileRequests", importFileRequests, "returnEntity", returnEntity));
    }

    /**
     * Files directly in a folder: {@code {files, nextCursor}}. Fields: {@code parentFolderId}, {@code mediaTypes},
     * {@code private}, {@code sort} ({@code {fieldName, order}}), {@code paging} ({@code {limit, cursor}}).
     */
    public JsonNode listFiles(Map<String, ?> request) {
        return call(Endpoint.LIST_FILES, request);
    }

    /** Free-text search over a root folder: {@code {files, nextCursor}}. Fields: {@code search}, {@code rootFolder}, and as listFiles. */
    public JsonNode searchFiles(Map<String, ?> request) {
        return call(Endpoint.SEARCH_FILES, request);
    }

    /** A streaming URL of a video: {@code {downloadUrl: {url, assetKey}}}. Options: {@code format}, {@code expirationInMinutes}. */
    public JsonNode generateVideoStreamingUrl(String fileId, Map<String, ?> options) {
        return call(Endpoint.GENERATE_VIDEO_STREAMING_URL, merge(fields("fileId", fileId), options));
    }

    /** Moves files to the trash bin, or deletes them for good with {@code permanent = true}. Answers {@code {}}. */
    public JsonNode bulkDeleteFiles(List<String> fileIds, Boolean permanent) {
        return call(Endpoint.BULK_DELETE_FILES, fields("fileIds", fileIds, "permanent", permanent));
    }

    /** Puts trashed files back where they were. Answers {@code {}}. */
    public JsonNode bulkRestoreFilesFromTrashBin(List<String> fileIds) {
        return call(Endpoint.BULK_RESTORE_FILES_FROM_TRASH_BIN, fields("fileIds", fileIds));
    }

    /** Files in the trash bin: {@code {files, nextCursor}}; fields as listFiles. */
    public JsonNode listDeletedFiles(Map<String, ?> request) {
        return call(Endpoint.LIST_DELETED_FILES, request);
    }

    /**
     * A query in Wix's query language: {@code query} is {@code {filter, sort: [{fieldName, order}], cursorPaging}}.
     * Answers {@code {files, pagingMetadata}}.
     */
    public JsonNode queryFileDescriptors(Map<String, ?> query) {
        return call(Endpoint.QUERY_FILE_DESCRIPTORS, fields("query", query));
    }

    // ---- Folders -----------------------------------------------------------------------------------------------

    /** {@code {folder}}; {@code parentFolderId} may be null ({@code media-root}). */
    public JsonNode createFolder(String displayName, String parentFolderId) {
        return call(Endpoint.CREATE_FOLDER, fields("displayName", displayName, "parentFolderId", parentFolderId));
    }

    /** {@code {folder}}; {@code media-root} is a folder too. */
    public JsonNode getFolder(String folderId) {
        return call(Endpoint.GET_FOLDER, fields("folderId", folderId));
    }

    /** Folders directly in a folder: {@code {folders, nextCursor}}. Fields: {@code parentFolderId}, {@code sort}, {@code paging}. */
    public JsonNode listFolders(Map<String, ?> request) {
        return call(Endpoint.LIST_FOLDERS, request);
    }

    /** {@code {folders, nextCursor}}. Fields: {@code search}, {@code rootFolder}, {@code sort}, {@code paging}. */
    public JsonNode searchFolders(Map<String, ?> request) {
        return call(Endpoint.SEARCH_FOLDERS, request);
    }

    /** Renames or moves a folder: {@code folder} holds the fields to change. Answers {@code {folder}}. */
    public JsonNode updateFolder(String folderId, Map<String, ?> folder) {
        Map<String, Object> withId = new LinkedHashMap<>(folder);
        withId.put("id", folderId);
        return call(Endpoint.UPDATE_FOLDER, fields("folder", withId));
    }

    /** An archive of a folder and its sub-folders: {@code {downloadUrl}}. */
    public JsonNode generateFolderDownloadUrl(String folderId) {
        return call(Endpoint.GENERATE_FOLDER_DOWNLOAD_URL, fields("folderId", folderId));
    }

    /** Moves folders (and what they hold) to the trash bin, or deletes them for good. Answers {@code {}}. */
    public JsonNode bulkDeleteFolders(List<String> folderIds, Boolean permanent) {
        return call(Endpoint.BULK_DELETE_FOLDERS, fields("folderIds", folderIds, "permanent", permanent));
    }

    /** Puts trashed folders back. Answers {@code {}}. */
    public JsonNode bulkRestoreFoldersFromTrashBin(List<String> folderIds) {
        return call(Endpoint.BULK_RESTORE_FOLDERS_FROM_TRASH_BIN, fields("folderIds", folderIds));
    }

    /** Folders in the trash bin: {@code {folders, nextCursor}}. */
    public JsonNode listDeletedFolders(Map<String, ?> request) {
        return call(Endpoint.LIST_DELETED_FOLDERS, request);
    }

    /** {@code {folders, pagingMetadata}}; {@code query} as for {@link #queryFileDescriptors}. */
    public JsonNode queryFolders(Map<String, ?> query) {
        return call(Endpoint.QUERY_FOLDERS, fields("query", query));
    }

    // ---- Transfers ---------------------------------------------------------------------------------------------

    /**
     * Sends a file's bytes to an upload URL from {@link #generateFileUploadUrl} ({@code PUT <uploadUrl>?filename=...}
     * with the bytes and their {@code Content-Type}, as Wix documents) and returns the answer, {@code {file}}. The
     * upload URL carries its own authorisation; no API key is sent. A failure throws {@link MediaManagerApiException}
     * with a {@code null} endpoint.
     */
    public JsonNode upload(String uploadUrl, String fileName, String contentType, byte[] content) {
        Objects.requireNonNull(uploadUrl, "uploadUrl");
        String url = uploadUrl + (uploadUrl.contains("?") ? "&" : "?") + "filename="
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
        return transport.send(null, request, "PUT", url, null);
    }

    // ---- Any method --------------------------------------------------------------------------------------------

    /**
     * Calls {@code endpoint} with {@code request} (REST field names). GET methods send the fields as the query string,
     * the others as the JSON body. A {@code {folderId}} in the path is taken from {@code folderId} or
     * {@code folder.id}; as the SDK does, it stays in the body or query too.
     */
    public JsonNode call(Endpoint endpoint, Map<String, ?> request) {
        Objects.requireNonNull(endpoint, "endpoint");
        Map<String, ?> fields = request == null ? Map.of() : request;
        String path = endpoint.path(endpoint.hasPathParameter() ? pathFolderId(endpoint, fields) : null);
        HttpRequest.Builder http;
        JsonNode body = null;
        if (endpoint.httpMethod().equals("GET")) {
            path += QueryString.of(fields);
            http = HttpRequest.newBuilder(baseUri.resolve(path)).GET();
        } else {
            body = JSON.valueToTree(fields);
            http = HttpRequest.newBuilder(baseUri.resolve(path))
                    .header("Content-Type", "application/json")
                    .method(
                            endpoint.httpMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        if (apiKey != null) {
            http.header("Authorization", apiKey);
        }
        if (siteId != null) {
            http.header("wix-site-id", siteId);
        }
        return transport.send(endpoint, http.timeout(requestTimeout).build(), endpoint.httpMethod(), path, body);
    }

    private static String pathFolderId(Endpoint endpoint, Map<String, ?> fields) {
        Object id = fields.get("folderId");
        if (id == null && fields.get("folder") instanceof Map<?, ?> folder) {
            id = folder.get("id");
        }
        if (id == null && fields.get("folder") instanceof ObjectNode folder) {
            id = folder.path("id").asString(null);
        }
        if (id == null) {
            throw new IllegalArgumentException(
                    endpoint.sdkName() + " needs folderId (or folder.id) for its path " + endpoint.pathTemplate());
        }
        return id.toString();
    }

    private static Map<String, Object> merge(Map<String, Object> required, Map<String, ?> options) {
        if (options != null) {
            options.forEach((k, v) -> {
                if (v != null) {
                    required.putIfAbsent(k, v);
                }
            });
        }
        return required;
    }

    @Override
    public String toString() {
        return "MediaManagerClient[" + baseUri + (siteId == null ? "" : ", site " + siteId) + "]";
    }

    /**
     * Settings of a {@link MediaManagerClient}. Defaults: {@link #WIX_API}, no API key, no site id, a 30 s timeout per
     * request, {@link RateLimitBackoff#standard()}, no observer.
     */
    public static final class Builder {
        private URI baseUri = WIX_API;
        private String apiKey;
        private String siteId;
        private HttpClient httpClient;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RateLimitBackoff backoff = RateLimitBackoff.standard();
        private Consumer<Exchange> observer = e -> {};

        private Builder() {}

        /** Where to send requests: {@code https://www.wixapis.com} (the default) or a fake's {@code baseUri()}. */
        public Builder baseUri(URI baseUri) {
            Objects.requireNonNull(baseUri, "baseUri");
            if (baseUri.getScheme() == null || baseUri.getHost() == null) {
                throw new IllegalArgumentException(
                        "baseUri must be absolute, like http://127.0.0.1:8080, was " + baseUri);
            }
            String text = baseUri.toString();
            this.baseUri = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            return this;
        }

        /** The {@code Authorization} header, sent as it is (a Wix API key). */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The {@code wix-site-id} header: the site to act on. */
        public Builder siteId(String siteId) {
            this.siteId = siteId;
            return this;
        }

        /** The JDK client to send with (e.g. with a proxy); default: a new one with a 10 s connect timeout. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** How long one request may take (default 30 s). */
        public Builder requestTimeout(Duration timeout) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("requestTimeout must be positive, was " + timeout);
            }
            this.requestTimeout = timeout;
            return this;
        }

        /** What to do on HTTP 429; default {@link RateLimitBackoff#standard()}. */
        public Builder rateLimitBackoff(RateLimitBackoff backoff) {
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /** Called after every exchange (also failed and retried ones), on the calling thread. */
        public Builder observer(Consumer<Exchange> observer) {
            this.observer = Objects.requireNonNull(observer, "observer");
            return this;
        }

        public MediaManagerClient build() {
            return new MediaManagerClient(this);
        }
    }
}
