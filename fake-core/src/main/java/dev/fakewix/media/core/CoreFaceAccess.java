package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.FaceAccess;

import java.util.List;
import java.util.Optional;

/** The core's side of {@link FaceAccess}: the package-private hooks of the public classes, for the faces only. */
@SuppressWarnings("deprecation") // the deprecated hooks stay working until their callers are gone
final class CoreFaceAccess implements FaceAccess {
    @Override
    public ScenarioPass scenarioPass(FakeMediaManager fake, Operation faultsOf) {
        return fake.scenarioPass(faultsOf);
    }

    @Override
    public Optional<HttpFault> takeFault(MediaSite site, Operation operation) {
        return site.scenarios().takeFault(operation);
    }

    @Override
    public void setTransferUrls(FakeMediaManager fake, TransferUrls urls) {
        fake.setTransferUrls(urls);
    }

    @Override
    public void settle(MediaSite site) {
        site.settle();
    }

    @Override
    public void beginTrace() {
        ScenarioTrace.begin();
    }

    @Override
    public List<String> endTrace() {
        return ScenarioTrace.end();
    }
}
