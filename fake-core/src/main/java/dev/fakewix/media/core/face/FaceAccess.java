package dev.fakewix.media.core.face;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WebhookSubscription;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a face (the HTTP facade, the JUnit extension) needs from the core and a user never calls: upload and download
 * completion, where transfer URLs point, how webhooks leave, which scripted behaviours a request met, and the type
 * errors of a request the face could not fully read. Kept off the public classes so that their API is only what
 * users call.
 *
 * <pre>{@code
 * FaceAccess core = FaceAccess.get();
 * ScenarioPass pass = core.scenarioPass(fake, Operation.LIST_FILES);
 * byte[] answer = pass.run(() -> core.checkedWith(params::typeViolations, () -> handle(request)));
 * Optional<HttpFault> fault = pass.fault();
 * }</pre>
 *
 * <p>Not API: the package is exported only to the project's own modules. Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface FaceAccess {

    /** The core's implementation (installed by the core's own bridge class the first time it is asked for). */
    static FaceAccess get() {
        FaceAccess access = Holder.access;
        if (access == null) {
            try {
                // the bridge lives beside the public classes (it reaches their package-private parts); initialising
                // it installs it
                Class.forName("dev.fakewix.media.core.CoreFaceAccess", true, FaceAccess.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the core's FaceAccess bridge is missing", e);
            }
            access = Holder.access;
        }
        return Objects.requireNonNull(access, "the core did not install its FaceAccess");
    }

    /** Called once, by the core's bridge class when it is initialised. */
    static void install(FaceAccess access) {
        synchronized (Holder.INSTALL) {
            if (Holder.access != null) {
                throw new IllegalStateException("FaceAccess is installed once, by the core");
            }
            Holder.access = Objects.requireNonNull(access, "access");
        }
    }

    /**
     * Opens the scenario pass of one request: run the request in it, then read which behaviours it met and which
     * fault (scripted for {@code faultsOf}, {@code null} for none) to deliver. Faults, errors and latency are decided
     * together at the core's gate, so a request refused before it reaches the core consumes nothing.
     */
    ScenarioPass scenarioPass(FakeMediaManager fake, @Nullable Operation faultsOf);

    /**
     * Runs {@code call}, one core operation serving a request the face has read, with the type errors the face met
     * reading it ({@code typeViolations}, asked for when the operation checks its request): the operation's one check
     * of its request then throws them together with its own violations of the rest of the request as one
     * INVALID_ARGUMENT (the face read a badly typed field as absent, so a violation of that field says nothing more
     * and is left out), before it changes anything or meets a scenario.
     *
     * @throws IllegalStateException when the operation returned without checking its request although there were
     *                               type errors (a core operation without its check: a bug)
     */
    <T> T checkedWith(Supplier<List<FieldViolation>> typeViolations, Supplier<T> call);

    /** Upload completion and download resolution for every site of {@code fake} (tokens name their site). */
    Transfers transfers(FakeMediaManager fake);

    /** Points upload and download URLs at the face that serves them. */
    void setTransferUrls(FakeMediaManager fake, TransferUrls urls);

    /** Connects the way webhooks leave {@code fake} and how entities are written in them. */
    void connectWebhooks(FakeMediaManager fake, WebhookTransport transport, WebhookTransport.EntityJson entityJson);

    /** Whether a webhook transport is connected to {@code fake}. */
    boolean webhooksConnected(FakeMediaManager fake);

    /** Brings the site's pending files up to date with its clocks now (every operation does this first). */
    void settle(MediaSite site);

    /**
     * A site's file and its bytes as a CDN serves them, by id, after bringing the site up to date with its clocks:
     * no scenario, no read counted (a media URL fetch is not an API call); empty when there is no such file.
     */
    Optional<StoredMedia> storedMedia(MediaSite site, String fileId);

    /**
     * Subscribes as {@code fake.webhooks().subscribe(siteId, url, events...)} does (event names as
     * {@code WebhookEvent.parse} reads them, none for every event), without checking that something listens at the
     * URL: a face reached from afar must not answer differently for an open and a closed port.
     */
    WebhookSubscription subscribeUnprobed(FakeMediaManager fake, String siteId, String url, List<String> events);

    /**
     * The site's count of changes: equal before and after a read, nothing changed what it answers. A face that keeps
     * a list answer stores it only then, and gives it again only while the count is the same.
     */
    long stateVersion(MediaSite site);

    /**
     * What {@code site.files().listFiles(request)} does before it reads: the request's checks (which throw as it
     * would), the scenario gate (errors, latency, faults: the request meets them exactly once) and the settlement
     * with the clocks; returns the count of changes then. With the count a kept answer was made at, the face answers
     * that again; otherwise it reads with {@link #listFilesPassed}.
     */
    long passListFiles(MediaSite site, ListFilesRequest request);

    /** The read of {@code listFiles} for a request that went through {@link #passListFiles} (no second gate). */
    FilePage listFilesPassed(MediaSite site, ListFilesRequest request);
    /** Records, from now on, what plain Java calls to {@code fake}'s sites rely on (requests over HTTP always are). */
    void recordReliance(FakeMediaManager fake);

    /** What the requests to {@code site} relied on so far: the guesses of the ledger they met. */
    dev.fakewix.media.core.internal.fidelity.RelianceTally reliance(MediaSite site);

    /** The installed implementation (a holder, so that the interface itself has no mutable field). */
    final class Holder {
        private static volatile @Nullable FaceAccess access;
        /** Guards the one install (a lock of its own rather than a class literal others can reach). */
        private static final Object INSTALL = new Object();

        private Holder() {}
    }
}
