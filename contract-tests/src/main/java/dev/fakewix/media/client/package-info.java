/**
 * A small Java client for the Wix Media Manager REST API ({@code https://www.wixapis.com/site-media/v1}): the 27 methods
 * of Files and Folders ({@link dev.fakewix.media.client.Endpoint}), typed errors carrying the Wix code, HTTP status and
 * request id ({@link dev.fakewix.media.client.MediaManagerApiException}), and backoff on HTTP 429
 * ({@link dev.fakewix.media.client.RateLimitBackoff}). JDK {@code java.net.http} and Jackson 3 only.
 *
 * <pre>{@code
 * MediaManagerClient wix = MediaManagerClient.builder().apiKey(apiKey).siteId(siteId).build();
 * JsonNode folder = wix.createFolder("Invoices", null).path("folder");
 * try {
 *     wix.getFileDescriptor("no-such-id");
 * } catch (MediaManagerApiException e) {
 *     // e.code() == "RESOURCE_NOT_FOUND", e.httpStatus() == 400, e.requestId() for Wix support
 * }
 * }</pre>
 *
 * <p>The same client talks to the fake: {@code MediaManagerClient.builder().baseUri(server.baseUri())}.
 */
package dev.fakewix.media.client;
