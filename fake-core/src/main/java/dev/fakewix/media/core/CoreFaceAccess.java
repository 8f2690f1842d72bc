package dev.fakewix.media.core;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.ScenarioPass;
import dev.fakewix.media.core.face.StoredMedia;
import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.face.Transfers;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.validation.ReadViolations;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The core's side of {@link FaceAccess}: the package-private hooks of the public classes, for the faces only. Its own
 * initialiser installs it, and {@link FaceAccess#get()} initialises it, so no public class carries the install.
 */
final class CoreFaceAccess implements FaceAccess {
    static {
        FaceAccess.install(new CoreFaceAccess());
    }

    private CoreFaceAccess() {}

    @Override
    public ScenarioPass scenarioPass(FakeMediaManager fake, @Nullable Operation faultsOf) {
        return fake.passes().open(faultsOf);
    }

    @Override
    public <T> T checkedWith(Supplier<List<FieldViolation>> typeViolations, Supplier<T> call) {
        return ReadViolations.checkedWith(typeViolations, call);
    }

    @Override
    public Transfers transfers(FakeMediaManager fake) {
        return fake.transfers();
    }

    @Override
    public void setTransferUrls(FakeMediaManager fake, TransferUrls urls) {
        fake.setTransferUrls(urls);
    }

    @Override
    public void connectWebhooks(
            FakeMediaManager fake, WebhookTransport transport, WebhookTransport.EntityJson entityJson) {
        fake.webhooks().connect(transport, entityJson);
    }

    @Override
    public boolean webhooksConnected(FakeMediaManager fake) {
        return fake.webhooks().isConnected();
    }

    @Override
    public void recordReliance(FakeMediaManager fake) {
        fake.recordReliance();
    }

    @Override
    public dev.fakewix.media.core.internal.fidelity.RelianceTally reliance(MediaSite site) {
        return site.engine().reliance();
    }

    @Override
    public void settle(MediaSite site) {
        site.settle();
    }

    @Override
    public Optional<StoredMedia> storedMedia(MediaSite site, String fileId) {
        site.settle();
        return site.transfers().peek(fileId);
    }

    @Override
    public WebhookSubscription subscribeUnprobed(
            FakeMediaManager fake, String siteId, String url, List<String> events) {
        return fake.webhooks().subscribe(siteId, url, events, false);
    }

    @Override
    public long stateVersion(MediaSite site) {
        return site.fileOperations().stateVersion();
    }

    @Override
    public long passListFiles(MediaSite site, ListFilesRequest request) {
        return site.fileOperations().passListFiles(request);
    }

    @Override
    public FilePage listFilesPassed(MediaSite site, ListFilesRequest request) {
        return site.fileOperations().listFilesPassed(request);
    }
}
