package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.TransferUrls;
import org.apiguardian.api.API;

import java.lang.invoke.MethodHandles;
import java.util.Objects;
import java.util.Optional;

/**
 * What a face (the HTTP facade) needs from the core and a user must never call: HTTP faults, where transfer URLs
 * point, which scripted behaviours a request met. Kept off the public classes so that their API is only what users
 * should call; the core installs the one implementation when {@link FakeMediaManager} is initialised.
 *
 * <pre>{@code
 * FaceAccess core = FaceAccess.get();
 * ScenarioPass pass = core.scenarioPass(fake, Operation.LIST_FILES);
 * byte[] answer = pass.run(() -> handle(request));
 * Optional<HttpFault> fault = pass.fault();
 * }</pre>
 *
 * <p>Not API: the package is exported only to the project's own modules.
 */
@API(status = API.Status.INTERNAL)
public interface FaceAccess {

    /** The core's implementation. */
    static FaceAccess get() {
        FaceAccess access = Holder.access;
        if (access == null) {
            try {
                // FakeMediaManager's static initialiser installs it
                MethodHandles.lookup().ensureInitialized(FakeMediaManager.class);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            access = Holder.access;
        }
        return Objects.requireNonNull(access, "the core did not install its FaceAccess");
    }

    /** Called once, by the core. */
    static void install(FaceAccess access) {
        if (Holder.access != null) {
            throw new IllegalStateException("FaceAccess is installed once, by the core");
        }
        Holder.access = Objects.requireNonNull(access, "access");
    }

    /**
     * Opens the scenario pass of one request: run the request in it, then read which behaviours it met and which
     * fault (scripted for {@code faultsOf}, {@code null} for none) to deliver. Faults, errors and latency are decided
     * together at the core's gate, so a request refused before it reaches the core consumes nothing.
     */
    dev.fakewix.media.core.ScenarioPass scenarioPass(FakeMediaManager fake, Operation faultsOf);

    /** Points upload and download URLs at the face that serves them. */
    void setTransferUrls(FakeMediaManager fake, TransferUrls urls);

    /** Brings the site's pending files up to date with its clocks now (every operation does this first). */
    void settle(MediaSite site);

    /**
     * A site's file and its bytes as a CDN serves them, by id, after bringing the site up to date with its clocks:
     * no scenario, no read counted (a media URL fetch is not an API call); empty when there is no such file.
     */
    Optional<StoredMedia> storedMedia(MediaSite site, String fileId);

    /**
     * Subscribes as {@code Webhooks.subscribe(siteId, url, events)} does, without checking that something listens
     * at the URL: a face reached from afar must not answer differently for an open and a closed port.
     */
    dev.fakewix.media.core.WebhookSubscription subscribeUnprobed(FakeMediaManager fake, String siteId, String url,
                                                                 java.util.List<String> events);

    /** Records, from now on, what plain Java calls to {@code fake}'s sites rely on (requests over HTTP always are). */
    void recordReliance(FakeMediaManager fake);

    /** What the requests to {@code site} relied on so far: the guesses of the ledger they met. */
    dev.fakewix.media.core.internal.fidelity.RelianceTally reliance(MediaSite site);

    /** The installed implementation (a holder, so that the interface itself has no mutable field). */
    final class Holder {
        private static volatile FaceAccess access;

        private Holder() {
        }
    }
}
