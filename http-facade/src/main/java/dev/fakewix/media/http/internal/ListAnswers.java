package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.FilePage;
import dev.fakewix.media.core.model.ListFilesRequest;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * ListFiles answers kept whole while nothing changed the site: a test suite (and a dashboard, and a poller) asks the
 * same page again and again, and reading its query, paging the site's index and assembling the page cost more than
 * writing it out.
 *
 * <p>An answer is kept per site under the request's raw query string (and the charset it is decoded with), with the
 * site's count of changes it was read at ({@link FaceAccess#stateVersion}); it is stored only when the count was the
 * same before and after the read, so nothing changed the site in between (a write, the clocks settling a pending
 * file, a read counting toward a file's readiness). A request with a kept answer still goes through everything a
 * read does before it reads, exactly once: the request's checks, the scenario gate (errors, latency and faults as
 * scripted, and the journal's record of what it met) and the settlement with the clocks
 * ({@link FaceAccess#passListFiles}); the answer is given again only if the count then is the one it was read at,
 * and otherwise read anew past the gate. The journal records every request as before: only the answer's making is
 * skipped.
 *
 * <pre>{@code
 * Body page = answers.answer(site, siteId, ctx.queryString(), charset, () -> {
 *     ListFilesRequest request = parse(ctx);
 *     return new ListAnswers.Read(request, site.files().listFiles(request));
 * }, render);
 * }</pre>
 *
 * <p>Bounded: one count's answers per site (a change drops the site's others) and at most {@link #PER_SITE} of them;
 * sites beyond {@link #SITES} start the map over. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class ListAnswers {
    private static final FaceAccess CORE = FaceAccess.get();
    /** Distinct list queries kept per site (a dashboard and a test ask a handful). */
    static final int PER_SITE = 256;
    /** Sites with kept answers (a suite that makes a site per test moves on; old sites' answers go). */
    static final int SITES = 1024;

    /** The answers of one site at one count of changes; the site instance too (a site made anew counts from 0). */
    private record SiteAnswers(MediaSite site, long version, ConcurrentHashMap<String, Kept> byQuery) {}

    /**
     * A request read from its query once, its answer, and the guesses the request that read it met
     * ({@code relied}): every request the answer is given to again met them too, for its journal entry and its site.
     */
    @SuppressWarnings("ArrayRecordComponent") // carried, never compared or hashed
    private record Kept(ListFilesRequest request, Body body, long[] relied) {}

    /** A request read from its query and the page the core answered it with. */
    public record Read(ListFilesRequest request, FilePage page) {}

    private final ConcurrentHashMap<String, SiteAnswers> sites = new ConcurrentHashMap<>();

    /**
     * The answer to a ListFiles request of {@code site} whose raw query string is {@code rawQuery} (decoded with
     * {@code charset}): the one kept if the site did not change since, otherwise {@code read} (which reads the query
     * and lists the files, throwing what the endpoint throws) and {@code render}ed.
     */
    public Body answer(
            MediaSite site,
            String siteId,
            String rawQuery,
            String charset,
            Supplier<Read> read,
            Function<FilePage, Body> render) {
        String key = charset + '?' + (rawQuery == null ? "" : rawQuery);
        SiteAnswers current = sites.get(siteId);
        Kept kept =
                current != null && current.site() == site ? current.byQuery().get(key) : null;
        if (kept != null) {
            long version = CORE.passListFiles(site, kept.request());
            if (version == current.version()) {
                Reliance.metAgain(kept.relied());
                return kept.body();
            }
            // the site changed: read again, without passing the gate a second time
            Body body = render.apply(CORE.listFilesPassed(site, kept.request()));
            keep(site, siteId, key, version, CORE.stateVersion(site), kept.request(), body);
            return body;
        }
        long before = CORE.stateVersion(site);
        Read first = read.get();
        Body body = render.apply(first.page());
        keep(site, siteId, key, before, CORE.stateVersion(site), first.request(), body);
        return body;
    }

    /** Keeps an answer read between the counts {@code before} and {@code after}, if they are the same. */
    private void keep(
            MediaSite site, String siteId, String key, long before, long after, ListFilesRequest request, Body body) {
        if (before != after) {
            return; // something changed the site while it was read: the answer may be of either state
        }
        if (sites.size() >= SITES && !sites.containsKey(siteId)) {
            sites.clear();
        }
        SiteAnswers answers = sites.compute(
                siteId,
                (id, old) -> old != null && old.site() == site && old.version() >= after
                        ? old
                        : new SiteAnswers(site, after, new ConcurrentHashMap<>()));
        if (answers.site() != site || answers.version() != after) {
            return; // a newer count was seen already: this answer is of an older state
        }
        if (answers.byQuery().size() >= PER_SITE) {
            answers.byQuery().clear();
        }
        answers.byQuery().put(key, new Kept(request, body, Reliance.metSoFar()));
    }

    /** Forgets every kept answer (the way files are written changed, e.g. their media URLs). */
    public void clear() {
        sites.clear();
    }
}
