package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.FaceAccess;

import java.util.List;

/** The core's side of {@link FaceAccess}: the package-private hooks of the public classes, for the faces only. */
final class CoreFaceAccess implements FaceAccess {
    @Override
    public ScenarioPass scenarioPass(FakeMediaManager fake, Operation faultsOf) {
        return fake.scenarioPass(faultsOf);
    }

    @Override
    public void setTransferUrls(FakeMediaManager fake, TransferUrls urls) {
        fake.setTransferUrls(urls);
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
    public java.util.Optional<dev.fakewix.media.core.internal.StoredMedia> storedMedia(MediaSite site, String fileId) {
        site.settle();
        return site.transfers().peek(fileId);
    }

    @Override
    public WebhookSubscription subscribeUnprobed(FakeMediaManager fake, String siteId, String url, List<String> events) {
        return fake.webhooks().subscribe(siteId, url, events, false);
    }
}
