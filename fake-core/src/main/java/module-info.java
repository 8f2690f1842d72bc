/**
 * The fake Wix Media Manager's model and Java API: {@code FakeMediaManager}, its sites, files, folders, lifecycle,
 * scenarios and virtual clock. No HTTP and no third-party dependency at run time.
 *
 * <p>Exports its public packages only; {@code dev.fakewix.media.core.face} (what the faces need and users never
 * call) is open to the project's faces alone, and the two internal packages the HTTP facade shares (the error shape,
 * the content store) to it alone; the fidelity ledger's package also to the JUnit extension, which reports what each
 * test relied on. A new public package needs an {@code exports} line here (ModuleBoundaryTest fails
 * until it has one).
 */
@SuppressWarnings("module") // the qualified exports name the HTTP facade's module, which javac compiles later
module dev.fakewix.media.core {
    // Not transitive: both are optional dependencies, and a user's module must compile without them
    // (ModuleBoundaryTest); javac's exports lint, which asks for transitive here, is off for this module's POM.
    requires static org.apiguardian.api;
    requires static org.jspecify;
    // Only for the opt-in fetch of import bytes from a loopback URL the test serves (MediaSite.fetchLoopbackImports).
    requires java.net.http;

    exports dev.fakewix.media.core;
    exports dev.fakewix.media.core.model;
    exports dev.fakewix.media.core.face to
            dev.fakewix.media.http,
            dev.fakewix.media.junit;
    exports dev.fakewix.media.core.internal.content to
            dev.fakewix.media.http;
    exports dev.fakewix.media.core.internal.validation to
            dev.fakewix.media.http;
    exports dev.fakewix.media.core.internal.fidelity to
            dev.fakewix.media.http,
            dev.fakewix.media.junit;
}
