package dev.fakewix.media.contract;

import static dev.fakewix.media.client.MediaManagerClient.fields;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.client.Endpoint;
import dev.fakewix.media.client.Exchange;
import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import tools.jackson.databind.JsonNode;

/**
 * What a contract test works with on one target: a client, a folder of its own inside the run's folder, names unique
 * to the run, and waiting that fits the target (the real API applies some changes asynchronously). Everything the
 * test creates through {@link #client()} is recorded and deleted for good after it, whether it passed or not.
 *
 * <pre>{@code
 * @ContractTest @DerivedFromDocs(page = "...") @Exercises(Endpoint.LIST_FOLDERS)
 * void listsSubFolders(ContractSession wix) {
 *     wix.client().createFolder("a", wix.folderId());
 *     wix.eventually(() -> assertThat(wix.client().listFolders(fields("parentFolderId", wix.folderId()))
 *             .path("folders")).hasSize(1));
 * }
 * }</pre>
 */
final class ContractSession {
    /** A 1x1 transparent PNG: the smallest image every target accepts for upload. */
    static final byte[] PNG_1X1 = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private final TargetRuntime target;
    private final String testName;
    private final CreatedItems created = new CreatedItems();
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<MediaManagerApiException> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<ScratchSite> scratchSites = Collections.synchronizedList(new ArrayList<>());
    private final MediaManagerClient client;
    private final AtomicInteger names = new AtomicInteger();
    private final String token;
    private String folderId;
    private int knownDifferences;

    private record ScratchSite(MediaManagerClient client, CreatedItems created) {}

    ContractSession(TargetRuntime target, String testName) {
        this.target = target;
        this.testName = testName;
        this.client = observed(target.client(), created);
        // Short and unique in the run: tells this test's items apart in searches over the whole site.
        this.token = "t" + Integer.toHexString(System.identityHashCode(this))
                + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    /** Creates the test's own folder (inside the run folder). */
    void open() {
        String runFolderId = target.runFolder().id();
        folderId = client.createFolder(testName + "-" + token, runFolderId)
                .path("folder")
                .path("id")
                .asString();
    }

    private MediaManagerClient observed(MediaManagerClient base, CreatedItems into) {
        return base.toBuilder()
                .observer(exchange -> {
                    exchanges.add(exchange);
                    into.accept(exchange);
                })
                .build();
    }

    /** The client of this test: acts on the target's site; all it creates is deleted after the test. */
    public MediaManagerClient client() {
        return client;
    }

    /** The test's own folder: create everything here (or below), never elsewhere on the site. */
    public String folderId() {
        return folderId;
    }

    /** Which target this run is on. */
    public TargetKind target() {
        return target.kind();
    }

    /** Whether this run talks to Wix itself. */
    public boolean isRealApi() {
        return target.kind() == TargetKind.REAL_WIX;
    }

    /** {@code base} made unique in the run, keeping an extension: {@code uniqueName("cat.png")} = {@code cat-t1a2b3-1.png}. */
    public String uniqueName(String base) {
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String ext = dot > 0 ? base.substring(dot) : "";
        return stem + "-" + token + "-" + names.incrementAndGet() + ext;
    }

    /** A word that only this test's names contain, for searches over the whole site. */
    public String token() {
        return token;
    }

    /**
     * A client on a site of the fake's own, scripted with {@code scenarioJson} (the fake's JSON scenario form). Only for
     * {@link FakeOnly} tests, which never run where the suite cannot script the target. Its items are deleted too.
     */
    public MediaManagerClient scriptedSite(String scenarioJson) {
        FakeControl control = target.control()
                .orElseThrow(() -> new IllegalStateException("scriptedSite needs a fake the suite controls; "
                        + target.kind().label + " is not one (mark the test @FakeOnly)"));
        String siteId = target.newScratchSiteId();
        control.applyScenario(siteId, scenarioJson);
        CreatedItems items = new CreatedItems();
        MediaManagerClient scratch = observed(target.client().forSite(siteId), items);
        scratchSites.add(new ScratchSite(scratch, items));
        return scratch;
    }

    /**
     * Calls {@code call}, which must fail with a Wix error; returns it (and notes it for {@link DocumentedError}).
     */
    public MediaManagerApiException failure(ThrowingRunnable call) {
        try {
            call.run();
        } catch (MediaManagerApiException e) {
            failures.add(e);
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected a Wix error answer, got " + other, other);
        }
        throw new AssertionError("expected a Wix error answer, but the call succeeded");
    }

    /**
     * Runs {@code assertion} until it passes: once on a fake the suite started (it applies every change before it
     * answers), polling for up to 90 s elsewhere (Wix applies bulk deletes and restores asynchronously).
     */
    public void eventually(ThrowingRunnable assertion) {
        if (target.control().isPresent()) {
            try {
                assertion.run();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new AssertionError(e);
            }
            return;
        }
        Awaitility.await(testName + " on " + target.kind().label)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(90))
                .ignoreExceptions()
                .untilAsserted(assertion);
    }

    /** Waits until the file is READY and returns its descriptor ({@code {file}}'s content). */
    public JsonNode awaitReady(String fileId) {
        JsonNode[] file = new JsonNode[1];
        eventually(() -> {
            file[0] = client.getFileDescriptor(fileId).path("file");
            assertThat(file[0].path("operationStatus").asString())
                    .as("operationStatus of " + fileId)
                    .isEqualTo("READY");
        });
        return file[0];
    }

    /** Uploads a 1x1 PNG named {@code name} into the test's folder (or {@code parentFolderId}); returns {@code {file}}. */
    public JsonNode uploadPng(String name, Map<String, ?> options) {
        Map<String, Object> request =
                fields("fileName", name, "parentFolderId", folderId, "sizeInBytes", Integer.toString(PNG_1X1.length));
        if (options != null) {
            request.putAll(options);
        }
        String uploadUrl = client.generateFileUploadUrl("image/png", request)
                .path("uploadUrl")
                .asString();
        return client.upload(uploadUrl, name, "image/png", PNG_1X1);
    }

    /** Uploads a PNG into the test's folder and waits until it is READY; returns the file descriptor. */
    public JsonNode readyPng(String name) {
        return awaitReady(uploadPng(name, null).path("file").path("id").asString());
    }

    /** Imports the configured public PNG into the test's folder; returns {@code {file}}. */
    public JsonNode importPng(String displayName, Map<String, ?> options) {
        Map<String, Object> request =
                fields("displayName", displayName, "parentFolderId", folderId, "mimeType", "image/png");
        if (options != null) {
            request.putAll(options);
        }
        return client.importFile(target.config().importUrl(), request);
    }

    /**
     * A check of a behaviour the fake is known to get wrong (the test carries {@link KnownDifference}): on a fake the
     * suite started it must fail, so that a fix of the fake shows up; on any other target it must pass.
     */
    public void knownDifference(ThrowingRunnable check) {
        knownDifferences++;
        if (target.control().isEmpty()) {
            eventually(check);
            return;
        }
        try {
            check.run();
        } catch (AssertionError expected) {
            return;
        } catch (Throwable other) {
            throw new AssertionError(
                    "a known difference should fail as an assertion on the fake, but threw " + other, other);
        }
        throw new AssertionError(
                "the fake no longer differs here: remove @KnownDifference and call the check directly");
    }

    /** How many {@link #knownDifference} checks the test made. */
    int knownDifferences() {
        return knownDifferences;
    }

    /** A public MP4 the target can import. */
    public String videoUrl() {
        return target.config().videoUrl();
    }

    /** The public URL imports fetch from (a PNG). */
    public String importUrl() {
        return target.config().importUrl();
    }

    /**
     * Compares {@code actual} with the snapshot {@code name}: see {@link SnapshotParity}. On a real-API run with
     * {@code -Dcontract.record=true} the answer is recorded as the snapshot instead.
     */
    public void assertMatchesSnapshot(String name, JsonNode actual) {
        ContractConfig config = target.config();
        if (isRealApi() && config.record()) {
            SnapshotParity.record(config.snapshotDir(), name, actual);
            return;
        }
        SnapshotParity.Snapshot snapshot = SnapshotParity.load(config.snapshotDir(), name);
        List<String> differences = SnapshotParity.differences(snapshot, actual, isRealApi());
        assertThat(differences)
                .as(
                        "differences from snapshot %s (%s: %s); the answer, normalised: %s",
                        name, snapshot.provenance(), snapshot.source(), SnapshotParity.normalise(actual))
                .isEmpty();
    }

    /** The requests this test made so far, in order (with their answers' status and request id). */
    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** The endpoints that answered 200 in this test. */
    Set<Endpoint> succeeded() {
        Set<Endpoint> out = EnumSet.noneOf(Endpoint.class);
        synchronized (exchanges) {
            exchanges.stream()
                    .filter(e -> e.status() == 200 && e.endpoint() != null)
                    .forEach(e -> out.add(e.endpoint()));
        }
        return out;
    }

    /** The (endpoint, code) pairs of the errors {@link #failure} caught. */
    List<MediaManagerApiException> failures() {
        return List.copyOf(failures);
    }

    /** Deletes for good what the test created, its own folder included. */
    CreatedItems.Cleanup cleanup() {
        CreatedItems.Cleanup main = created.deletePermanently(target.client());
        int files = main.files();
        int folders = main.folders();
        for (ScratchSite s : scratchSites) {
            try {
                CreatedItems.Cleanup c = s.created()
                        .deletePermanently(
                                s.client().toBuilder().observer(e -> {}).build());
                files += c.files();
                folders += c.folders();
            } catch (RuntimeException scripted) {
                // A scratch site is the fake's own throw-away site, scripted to fail: nothing of a user's is left
                // there.
            }
        }
        return new CreatedItems.Cleanup(files, folders);
    }
}
