package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.scenario.ScenarioEngine;
import dev.fakewix.media.core.internal.scenario.ScenarioPasses;
import dev.fakewix.media.core.internal.site.FileOperations;
import dev.fakewix.media.core.internal.site.FolderOperations;
import dev.fakewix.media.core.internal.site.SiteEngine;
import dev.fakewix.media.core.internal.site.SiteSnapshots;
import dev.fakewix.media.core.internal.site.SiteTransfers;
import dev.fakewix.media.core.model.FileDescriptor;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One Wix site of the fake: its files, folders, lifecycle, limits and state. Sites are isolated from each other;
 * each has its own deterministic id sequence, so one test's site is unaffected by what others do.
 *
 * <pre>{@code
 * MediaSite site = fake.site("3ecba886-4267-11ee-be56-0242ac120002");
 * site.files().importFile(ImportFileRequest.of("https://example.com/a.jpg"));
 * SiteSnapshot saved = site.snapshot();
 * site.reset();                 // empty again, O(1)
 * site.restore(saved);          // back to the saved state
 * }</pre>
 *
 * <p>Thread-safe: every operation is atomic.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaSite {
    private final SiteEngine engine;
    private final FileOperations files;
    private final FolderOperations folders;
    private final SiteTransfers transfers;
    private final SiteSnapshots snapshots;
    private final Lifecycle lifecycle;
    private final ScenarioEngine scenarioEngine;
    private final Scenarios scenarios;
    private final VirtualClock fakeClock;
    private volatile VirtualClock clock;

    MediaSite(SiteEngine engine, ScenarioPasses passes, VirtualClock fakeClock) {
        this.engine = engine;
        this.fakeClock = fakeClock;
        this.clock = fakeClock;
        this.files = new FileOperations(engine);
        this.folders = new FolderOperations(engine, files);
        this.transfers = new SiteTransfers(engine);
        this.snapshots = new SiteSnapshots(engine);
        this.lifecycle = new Lifecycle() {
            @Override
            public FileDescriptor markReady(String fileId) {
                return engine.lifecycle().markReady(fileId);
            }

            @Override
            public FileDescriptor markFailed(String fileId, String code, @Nullable String description) {
                return engine.lifecycle().markFailed(fileId, Objects.requireNonNull(code, "code"), description);
            }

            @Override
            public List<String> pendingFileIds() {
                return engine.lifecycle().pendingFileIds();
            }
        };
        this.scenarioEngine = new ScenarioEngine(
                engine.config().seed(), engine.siteId(), passes, ScriptedBehaviour.Action.Respond::toException);
        engine.setGate((operation, facts) -> scenarioEngine.before(
                operation,
                new RequestMatch.Request(
                        operation, facts.folderId(), facts.mimeType(), facts.fileIds(), facts.fileName())));
        this.scenarios = new Scenarios(
                this,
                scenarioEngine,
                engine.config().readiness(),
                engine.config().limits());
        scenarioEngine.onCounted(engine::configTouched); // the tallies go to the data directory with the next write
        Object recovered = engine.recoveredScenarios();
        if (recovered != null) {
            try {
                scenarios.restoreForm(recovered);
            } catch (RuntimeException e) {
                throw new IllegalStateException(
                        "the data directory is damaged: the scenarios of site " + siteId()
                                + " do not read back (" + e
                                + "); restore the directory from a backup, or move it away to"
                                + " start empty",
                        e);
            }
        }
        engine.describeScenariosWith(scenarios::persistentForm);
    }

    /** The site's id, e.g. {@code 3ecba886-4267-11ee-be56-0242ac120002}. */
    public String siteId() {
        return engine.siteId();
    }

    /** The Files API of this site. */
    public Files files() {
        return files;
    }

    /** The Folders API of this site. */
    public Folders folders() {
        return folders;
    }

    /** Test control of file processing. */
    public Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Bytes stored (trash included; imports count once READY). */
    public long storageUsed() {
        return engine.storageUsed();
    }

    /**
     * Opt-in: gives imports of {@code url} real bytes. The fake never fetches anything; with bytes registered, an
     * import of exactly this URL gets their size and MD5 {@code hash}, image dimensions (PNG, JPEG, GIF, WebP) once
     * READY, and download URLs serve them. Replaces earlier bytes of the URL; {@code null} forgets them; a reset
     * forgets all. The array is copied.
     *
     * <pre>{@code
     * site.registerImportContent("https://example.com/cat.png", pngBytes);
     * FileDescriptor cat = site.files().importFile(ImportFileRequest.of("https://example.com/cat.png"));
     * }</pre>
     */
    public void registerImportContent(String url, byte @Nullable [] bytes) {
        engine.registerImportContent(
                url, bytes == null ? null : engine.config().content().wrap(bytes.clone()));
    }

    /** As {@link #registerImportContent(String, byte[])}, from a stream read to its end (any size, bounded memory). */
    public void registerImportContent(String url, InputStream bytes) {
        Objects.requireNonNull(bytes, "bytes");
        engine.registerImportContent(
                url,
                engine.config()
                        .content()
                        .write(
                                bytes,
                                Long.MAX_VALUE,
                                limit -> new IllegalArgumentException("more than " + limit + " bytes")));
    }

    /**
     * Opt-in: imports of {@code http(s)} URLs on a loopback address (a server your test runs) are fetched, so the
     * file gets the served bytes (size, hash, dimensions, downloads), like {@link #registerImportContent}. No other
     * URL is ever fetched and redirects are not followed; a failed fetch refuses the import with INVALID_ARGUMENT on
     * {@code url}. Off by default and after a reset.
     */
    public void fetchLoopbackImports(boolean fetch) {
        engine.setFetchLoopbackImports(fetch);
    }

    /** Scripted errors, latency, faults, readiness and limits of this site. */
    public Scenarios scenarios() {
        return scenarios;
    }

    /** The clock this site runs on: the fake's, unless {@link #useClock} gave it one of its own. */
    public VirtualClock clock() {
        return clock;
    }

    /**
     * Runs this site on a clock of its own: its readiness, upload and download token expiry and dates follow
     * {@code clock}, so tests sharing one fake (one HTTP server) move time independently and in parallel; the fake's
     * clock no longer moves this site. {@code null} returns the site to the fake's clock. Kept across
     * {@link #reset()}; a removed site comes back on the fake's clock. Webhook retries and the request journal keep
     * the fake's clock.
     *
     * <pre>{@code
     * VirtualClock mine = VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z"));
     * MediaSite site = fake.site("test-42").useClock(mine);
     * mine.advance(Duration.ofMinutes(5));       // only test-42's pending files move
     * }</pre>
     */
    @Decides(Guess.SITE_CLOCK_SWITCH)
    @SuppressWarnings("ReferenceEquality") // which clock object drives the site, not whether two read the same time
    public MediaSite useClock(@Nullable VirtualClock clock) {
        VirtualClock next = clock == null ? fakeClock : clock;
        synchronized (this) {
            if (next == this.clock) {
                return this;
            }
            this.clock = next;
            engine.useClock(next);
        }
        if (next != fakeClock) {
            // the fake settles every site when its own clock moves; a site clock settles its site
            next.onChange(() -> {
                if (this.clock == next) {
                    engine.transaction().settle();
                }
            });
        }
        engine.transaction().settle();
        return this;
    }

    /**
     * Empties the site (files, folders, tickets, pending transitions) atomically, in O(1), and clears its scenarios
     * (readiness policy and limits return to the fake's defaults).
     */
    public void reset() {
        scenarios.clear();
        engine.reset();
    }

    /** A consistent copy of the whole site. */
    public SiteSnapshot snapshot() {
        return snapshots.snapshot();
    }

    /**
     * Replaces the whole site with a snapshot, atomically and in O(1): the snapshot is installed now and its indexes
     * are built on the site's next use (under the site's lock, so nobody sees a half-built site). Pending files
     * restart their readiness from then.
     *
     * <p>A snapshot that would break the site (an item without dates, an id twice, a parent that does not exist, a
     * folder cycle, a size below -1) is refused whole with a 400 {@link MediaManagerException} that lists every
     * problem, and the site stays as it was. The check is linear in the snapshot's size, and skipped for the
     * snapshot this site checked or took last.
     */
    @SuppressWarnings("ReferenceEquality") // the very snapshot checked last: an equal one would cost the deep compare
    public void restore(SiteSnapshot snapshot) {
        snapshot.requireRestorableInto(siteId());
        snapshots.restore(snapshot);
    }

    /** Brings pending files up to date with the clocks now (the fake also does this before every operation). */
    void settle() {
        engine.transaction().settle();
    }

    SiteTransfers transfers() {
        return transfers;
    }

    /** The webhook fault this site scripts for one delivery of {@code event}, or {@code null}. */
    @Nullable
    ScriptedBehaviour webhookFault(MediaEvent event, boolean perAttempt) {
        return scenarioEngine.webhookFault(event, perAttempt);
    }

    SiteEngine engine() {
        return engine;
    }

    /** The Files API's implementation, for the faces' hooks. */
    FileOperations fileOperations() {
        return files;
    }
}
