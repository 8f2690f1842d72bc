package dev.fakewix.media.contract;

import dev.fakewix.media.client.MediaManagerClient;
import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.http.FakeMediaManagerServer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One target for the whole run: its server (when the suite starts one), the client settings, the fake's control (when
 * it is a fake the suite started) and the run's {@link RunFolder}, made on first use. Kept in JUnit's root store, which
 * closes it after the last test: first the run folder is deleted for good, then the server stops.
 */
final class TargetRuntime implements AutoCloseable {
    private final TargetKind kind;
    private final ContractConfig config;
    private final MediaManagerClient client;
    private final FakeControl control;
    /** The server the suite started for this target ({@code FakeMediaManagerServer}, {@code StandaloneProcess}), or null. */
    private final Runnable stopServer;

    private final AtomicInteger scratchSites = new AtomicInteger();
    private RunFolder runFolder;

    private TargetRuntime(
            TargetKind kind,
            ContractConfig config,
            MediaManagerClient client,
            FakeControl control,
            Runnable stopServer) {
        this.kind = kind;
        this.config = config;
        this.client = client;
        this.control = control;
        this.stopServer = stopServer;
    }

    static TargetRuntime start(TargetKind kind, ContractConfig config) {
        MediaManagerClient.Builder client = MediaManagerClient.builder();
        // a fake on this machine answers in milliseconds, or in seconds when the build shares its 2 cores: only a hang
        // takes minutes (the 30 s default is for the real API)
        MediaManagerClient.Builder local = MediaManagerClient.builder().requestTimeout(Duration.ofMinutes(2));
        return switch (kind) {
            case IN_PROCESS -> {
                FakeMediaManager fake = FakeMediaManager.builder().seed(11).build();
                FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, c -> c.port(0));
                yield new TargetRuntime(
                        kind,
                        config,
                        local.baseUri(server.baseUri())
                                .apiKey("contract-suite-key")
                                .siteId(fake.defaultSiteId())
                                .build(),
                        FakeControl.javaApi(fake),
                        server::close);
            }
            case STANDALONE_JAR -> {
                StandaloneProcess jar = StandaloneProcess.start(config.standaloneJar());
                yield new TargetRuntime(
                        kind,
                        config,
                        local.baseUri(jar.baseUri())
                                .apiKey("contract-suite-key")
                                .siteId(FakeMediaManager.DEFAULT_SITE_ID)
                                .build(),
                        FakeControl.adminApi(jar.baseUri()),
                        jar::close);
            }
            case BASE_URL ->
                new TargetRuntime(
                        kind,
                        config,
                        client.baseUri(config.baseUrl())
                                .apiKey(config.baseUrlApiKey())
                                .siteId(config.baseUrlSiteId())
                                .build(),
                        null,
                        null);
            case REAL_WIX -> {
                if (config.wixApiKey() == null || config.wixSiteId() == null) {
                    throw new IllegalStateException(
                            "contract.requireRealApi=true, but WIX_API_KEY and WIX_SITE_ID are not both"
                                    + " set: give the job both (e.g. from your CI's secrets), or drop the flag to skip the real API");
                }
                yield new TargetRuntime(
                        kind,
                        config,
                        client.baseUri(config.wixApiBase())
                                .apiKey(config.wixApiKey())
                                .siteId(config.wixSiteId())
                                .build(),
                        null,
                        null);
            }
        };
    }

    TargetKind kind() {
        return kind;
    }

    ContractConfig config() {
        return config;
    }

    /** The target's client, observing nothing; sessions derive theirs from it. */
    MediaManagerClient client() {
        return client;
    }

    Optional<FakeControl> control() {
        return Optional.ofNullable(control);
    }

    /** A new site id of the fake, for a test that scripts a site of its own. */
    String newScratchSiteId() {
        return "contract-scratch-" + scratchSites.incrementAndGet();
    }

    /** The run's folder, created on the first call. */
    synchronized RunFolder runFolder() {
        if (runFolder == null) {
            runFolder = RunFolder.create(client);
        }
        return runFolder;
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (runFolder != null) {
                    runFolder.close();
                }
            }
        } finally {
            if (stopServer != null) {
                stopServer.run();
            }
        }
    }
}
