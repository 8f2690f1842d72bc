/**
 * The fake Wix Media Manager's model and Java API: {@code FakeMediaManager}, its sites, files, folders, lifecycle,
 * scenarios and virtual clock. No HTTP and no third-party dependency at run time.
 *
 * <p>Exports its public packages only; {@code dev.fakewix.media.core.internal} is open to the project's HTTP facade
 * (and, with the fidelity ledger's package, to its JUnit extension, which reports what each test relied on) alone.
 * A new public package needs an {@code exports} line here (ModuleBoundaryTest fails until it has one).
 */
module dev.fakewix.media.core {
    requires static org.apiguardian.api;
    // Only for the opt-in fetch of import bytes from a loopback URL the test serves (MediaSite.fetchLoopbackImports).
    requires java.net.http;

    exports dev.fakewix.media.core;
    exports dev.fakewix.media.core.model;

    // FaceAccess: the faces' hooks; the JUnit extension reads what each test's site relied on through it
    exports dev.fakewix.media.core.internal to dev.fakewix.media.http, dev.fakewix.media.junit;
    exports dev.fakewix.media.core.internal.content to dev.fakewix.media.http;
    exports dev.fakewix.media.core.internal.validation to dev.fakewix.media.http;
    exports dev.fakewix.media.core.internal.fidelity to dev.fakewix.media.http, dev.fakewix.media.junit;
}
