package dev.fakewix.media.awaitility;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.ReceivedWebhook;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.OperationStatus;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WebhookInbox;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility for asynchronous code under test that talks to the fake: preconfigured, aliased
 * {@link ConditionFactory} objects and the conditions they usually wait for. Awaitility's global defaults are never
 * changed; each factory sets its own timeout (60 s), poll delay (none) and poll interval (10 ms), polls in the
 * calling thread and does not ignore exceptions. Tune one with the usual calls ({@code .atMost(...)}).
 *
 * <pre>{@code
 * uploader.uploadInBackground(photo);                              // code under test, on its own thread
 * FileDescriptor file = MediaAwait.untilFileReady(site, fileId);   // fails at once if the file FAILED
 * MediaAwait.untilRequests(http, Operation.IMPORT_FILE, 3);        // e.g. two 503s and the retry that worked
 * ReceivedWebhook ready = MediaAwait.untilReceived(inbox, WebhookEvent.FILE_READY, fileId);
 *
 * MediaAwait.await("the thumbnail job").atMost(Duration.ofMinutes(5)).until(MediaAwait.fileIsReady(site, thumbId));
 * }</pre>
 *
 * <p>Conditions read the site through a snapshot, which has no side effect (it does not count as a read of the
 * file for {@code afterReads} readiness). The alias names the condition, so a timeout says what was awaited.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaAwait {
    /**
     * How long the factories wait unless told otherwise: long, because CI machines are shared (a webhook that takes
     * milliseconds on a quiet machine takes seconds beside other builds); a wait ends as soon as its condition holds,
     * so only a test that fails waits this long.
     */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** How often they poll. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private MediaAwait() {}

    /** A factory with the fake's defaults, aliased "fake media manager". */
    public static ConditionFactory await() {
        return await("fake media manager");
    }

    /** A factory with the fake's defaults and an alias naming what is awaited (shown when it times out). */
    public static ConditionFactory await(String alias) {
        Objects.requireNonNull(alias, "alias");
        return Awaitility.await(alias)
                .atMost(DEFAULT_TIMEOUT)
                .pollDelay(Duration.ZERO)
                .pollInterval(POLL_INTERVAL)
                .pollInSameThread()
                .ignoreNoExceptions();
    }

    /** A factory aliased for waiting on one file of a site, that fails at once if the file turns FAILED. */
    public static ConditionFactory awaitFile(MediaSite site, String fileId) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(fileId, "fileId");
        return await("file " + fileId + " of site " + site.siteId() + " to be READY")
                .failFast(
                        "file " + fileId + " of site " + site.siteId() + " FAILED processing instead of turning READY",
                        () -> statusOf(site, fileId) == OperationStatus.FAILED);
    }

    /** Whether a file is READY now (false while it does not exist or is PENDING). */
    public static Callable<Boolean> fileIsReady(MediaSite site, String fileId) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(fileId, "fileId");
        return () -> statusOf(site, fileId) == OperationStatus.READY;
    }

    /** Whether this test's site has received at least {@code count} requests of {@code operation}. */
    public static Callable<Boolean> requestsArrived(FakeMediaManagerHttp http, Operation operation, int count) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(operation, "operation");
        return () -> http.count(operation) >= count;
    }

    /**
     * Waits until a file is READY and returns it.
     *
     * @throws org.awaitility.core.ConditionTimeoutException when it is not READY within {@link #DEFAULT_TIMEOUT}
     * @throws org.awaitility.core.TerminalFailureException  as soon as it turns FAILED
     */
    public static FileDescriptor untilFileReady(MediaSite site, String fileId) {
        return awaitFile(site, fileId)
                .until(
                        () -> fileOf(site, fileId),
                        file -> file != null && file.operationStatus() == OperationStatus.READY);
    }

    /**
     * Waits until a file is at {@code path} (folder display names from the media root, as
     * {@link dev.fakewix.media.core.Files#fileAt(String)} reads it) and READY, and returns it: for code that imports
     * or uploads in the background, whose file id the test does not know.
     *
     * <pre>{@code FileDescriptor cover = MediaAwait.untilFileReadyAt(site, "/albums/cover.jpg");}</pre>
     *
     * @throws org.awaitility.core.ConditionTimeoutException when no READY file is there within {@link #DEFAULT_TIMEOUT}
     * @throws org.awaitility.core.TerminalFailureException  as soon as the file there turns FAILED
     */
    public static FileDescriptor untilFileReadyAt(MediaSite site, String path) {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(path, "path");
        return await("a READY file at " + path + " of site " + site.siteId())
                .failFast(
                        "the file at " + path + " of site " + site.siteId()
                                + " FAILED processing instead of turning READY",
                        () -> site.files().filesAt(path).stream()
                                .anyMatch(f -> f.operationStatus() == OperationStatus.FAILED))
                .until(
                        () -> site.files().fileAt(path).orElse(null),
                        file -> file != null && file.operationStatus() == OperationStatus.READY);
    }

    /** Waits until this test's site has received at least {@code count} requests of {@code operation}; returns them. */
    public static List<JournalEntry> untilRequests(FakeMediaManagerHttp http, Operation operation, int count) {
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(operation, "operation");
        return await(count + " " + operation.sdkName() + " request(s) to reach site " + http.siteId())
                .until(
                        () -> http.requests().stream()
                                .filter(e -> e.operation() == operation)
                                .toList(),
                        entries -> entries.size() >= count);
    }

    /** Whether the inbox has received (and verified) at least one {@code event}. */
    public static Callable<Boolean> webhookReceived(WebhookInbox inbox, WebhookEvent event) {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(event, "event");
        return () -> !inbox.received(event).isEmpty();
    }

    /**
     * Waits until the inbox has received a verified {@code event} and returns the first. Delivery is asynchronous
     * even on a frozen clock; a retry or a scripted delay needs the clock advanced first.
     */
    public static ReceivedWebhook untilReceived(WebhookInbox inbox, WebhookEvent event) {
        return untilReceived(inbox, event, w -> true);
    }

    /** Waits until the inbox has received a verified {@code event} of entity (file or folder) {@code entityId}; returns it. */
    public static ReceivedWebhook untilReceived(WebhookInbox inbox, WebhookEvent event, String entityId) {
        Objects.requireNonNull(entityId, "entityId");
        return untilReceived(inbox, event, w -> entityId.equals(w.entityId()));
    }

    private static ReceivedWebhook untilReceived(
            WebhookInbox inbox, WebhookEvent event, Predicate<ReceivedWebhook> which) {
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(event, "event");
        return await(event + " webhook at " + inbox.url() + " (site " + inbox.siteId() + ")")
                .until(
                        () -> inbox.received(event).stream()
                                .filter(which)
                                .findFirst()
                                .orElse(null),
                        Objects::nonNull);
    }

    private static FileDescriptor fileOf(MediaSite site, String fileId) {
        for (SiteSnapshot.StoredFile f : site.snapshot().files()) {
            if (f.file().id().equals(fileId)) {
                return f.file();
            }
        }
        return null;
    }

    private static OperationStatus statusOf(MediaSite site, String fileId) {
        FileDescriptor file = fileOf(site, fileId);
        return file == null ? null : file.operationStatus();
    }
}
