package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.ScenarioPass;
import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.core.internal.fidelity.GuessMet;
import dev.fakewix.media.core.internal.fidelity.Reliance;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.http.internal.tls.CertificateAuthority;
import dev.fakewix.media.http.internal.tls.TlsRoutes;
import dev.fakewix.media.http.internal.wixhosts.HostRouting;
import dev.fakewix.media.http.internal.wixhosts.MediaRoutes;
import dev.fakewix.media.http.internal.wixhosts.ServedMediaUrls;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.eclipse.jetty.server.Request;

/**
 * The HTTP facade assembled: the three route tables (API, admin, transfers) mounted on Javalin, and the one
 * dispatcher every request passes through. The dispatcher reads the body within its limit, authorises API calls,
 * hands failures to the {@link ErrorMapper}, records the exchange in the journal and writes the answer with its
 * {@code X-Wix-Request-Id}: the journal's number for it, so that a client holding an answer finds it in the journal.
 * Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class Facade {
    /** Prefix of the response header every answer carries. */
    public static final String REQUEST_ID_HEADER = "X-Wix-Request-Id";
    /**
     * The header the fake's own dashboard sends with its API and transfer calls: the journal marks those, and journal
     * assertions leave them out (a person looking at the fake during a test is not the code under test).
     */
    public static final String DASHBOARD_HEADER = "X-Fake-Dashboard";

    /** The core's hooks for faces: faults, transfer URLs, the behaviours a request met, a request's type errors. */
    private static final FaceAccess CORE = FaceAccess.get();

    private static final List<HttpMethod> CATCH_ALL_METHODS = List.of(
            HttpMethod.GET,
            HttpMethod.HEAD,
            HttpMethod.POST,
            HttpMethod.PUT,
            HttpMethod.PATCH,
            HttpMethod.DELETE,
            HttpMethod.OPTIONS);

    private final FakeMediaManager fake;
    private final FacadeSettings settings;
    private final JournalStore journal;
    private final Auth auth;
    private final RequestGuard guard;
    private final Wire wire = new Wire();
    private final ListAnswers listAnswers = new ListAnswers();
    /** Numbers the admin calls, which the journal does not keep (it numbers the requests it keeps). */
    private final AtomicLong adminCalls = new AtomicLong();

    private final BodyBudget bodies = BodyBudget.ofHeap();
    private final RouteIndex index = new RouteIndex();
    private final AdminRoutes admin;
    private final TransferRoutes transfers;
    private final MediaRoutes media;
    private final TlsRoutes tls;
    /** The HTTPS port's CA, once the server has one ({@code null} without HTTPS, and in a plugin). */
    private volatile CertificateAuthority authority;

    public Facade(FakeMediaManager fake, FacadeSettings settings, JournalStore journal) {
        this.fake = fake;
        this.settings = settings;
        this.journal = journal;
        this.auth = new Auth(settings.auth(), settings.apiKeys(), fake.defaultSiteId());
        this.guard = new RequestGuard(settings.allowedHosts(), settings.adminToken());
        this.admin = new AdminRoutes(fake, journal, wire, settings);
        this.transfers = new TransferRoutes(fake, wire, settings);
        this.media = new MediaRoutes(fake);
        this.tls = new TlsRoutes(() -> authority);
        HttpWebhookTransport.connect(fake, wire);
        CORE.recordReliance(fake); // GET /_fake/sites/{siteId}/reliance counts plain Java calls to the fake too
    }

    public FakeMediaManager fake() {
        return fake;
    }

    public JournalStore journal() {
        return journal;
    }

    /** The non-API routes (admin, then transfers) as mounted, for tests and documentation that enumerate them. */
    public List<PlainRoute> plainRoutes() {
        List<PlainRoute> all = new ArrayList<>(admin.routes());
        all.addAll(tls.routes());
        transfers.routes().forEach(t -> all.add(t.route()));
        all.addAll(media.routes());
        return List.copyOf(all);
    }

    /** Makes the fake's upload, download, archive and streaming URLs point at this server. */
    @Decides(Guess.TRANSFER_URLS_ON_HTTPS_PORT)
    public void serveTransfersFrom(URI baseUri) {
        // with Wix's host names, Wix's own URLs are the fake's (the HTTPS port answers them)
        TransferUrls urls = settings.hosting().wixHosts() ? TransferUrls.wix() : TransferUrls.servedFrom(baseUri);
        CORE.setTransferUrls(fake, "https".equalsIgnoreCase(baseUri.getScheme()) ? new HttpsTransferUrls(urls) : urls);
        if (settings.hosting().serveMedia()) {
            wire.mediaUrls(new ServedMediaUrls(baseUri));
        }
        listAnswers.clear(); // kept pages hold the files' JSON as written before
    }

    /** Whether the fake answers to {@code host}: the {@code Host} rule, for the server names of TLS handshakes. */
    public boolean allowsHost(String host) {
        return guard.allows(host);
    }

    /** The HTTPS port's CA, served at {@code GET /_fake/tls/ca.pem}. */
    public void useAuthority(CertificateAuthority authority) {
        this.authority = authority;
    }

    /**
     * Journals a TLS handshake refused because the client asked for a server name (SNI) the fake does not answer
     * to: the client only saw TLS's {@code unrecognized_name} alert, the journal says why.
     */
    @Decides(Guess.TLS_UNKNOWN_SERVER_NAME)
    public void refusedServerName(String name) {
        String shown = name.length() <= 100 ? name : name.substring(0, 100) + "...";
        ErrorMapper.ErrorResponse error = ErrorMapper.forStatus(
                421,
                "The TLS handshake asked for server name '"
                        + shown
                        + "', which this fake does not answer to, and was ended with the unrecognized_name alert; if the"
                        + " name is meant, allow it with ServerConfig.allowHost(\"" + shown + "\") or --allow-host "
                        + shown);
        recordOutsideJavalin(
                "TLS",
                "/",
                "serverName=" + java.net.URLEncoder.encode(shown, java.nio.charset.StandardCharsets.UTF_8),
                error,
                error.body(),
                Guess.TLS_UNKNOWN_SERVER_NAME);
    }

    /**
     * Mounts every route. {@code catchAllRoot} also claims unknown paths outside the facade's prefixes (the standalone
     * server does; a plugin inside a user's app must not).
     */
    public void mount(RoutesConfig routes, boolean catchAllRoot) {
        List<String> prefixes = catchAllRoot
                ? List.of("/*")
                : List.of(
                        ApiRoute.BASE_PATH + "/*",
                        AdminRoutes.PREFIX + "/*",
                        TransferRoutes.PREFIX + "/*",
                        MediaRoutes.PREFIX + "/*");
        // One before-handler per concern covers every route of its prefix, present and future (e.g. new admin routes).
        for (String prefix : prefixes) {
            routes.before(prefix, ctx -> refuseUnless(ctx, () -> checkTransport(ctx)));
            routes.before(prefix, ctx -> refuseUnless(ctx, () -> guard.checkHost(ctx.header("Host"))));
        }
        routes.before(
                AdminRoutes.PREFIX + "/*",
                ctx -> refuseUnless(
                        ctx,
                        () -> guard.checkAdmin(
                                ctx.method().name(),
                                ctx.path(),
                                ctx.header("Origin"),
                                ctx.header("Sec-Fetch-Site"),
                                ctx.header("Content-Type"),
                                ctx.header(RequestGuard.ADMIN_TOKEN_HEADER))));
        for (ApiRoute route : ApiRoute.values()) {
            add(routes, route.method(), route.fullPath(), ctx -> api(ctx, route));
        }
        for (PlainRoute route : admin.routes()) {
            add(
                    routes,
                    route.method(),
                    route.path(),
                    ctx -> serve(
                            ctx,
                            null,
                            false,
                            ex -> ConditionalGet.answer(ex, route.handler().apply(ex))));
        }
        for (PlainRoute route : tls.routes()) {
            add(routes, route.method(), route.path(), ctx -> serve(ctx, null, false, route.handler()));
        }
        for (PlainRoute route : media.routes()) {
            add(routes, route.method(), route.path(), ctx -> serve(ctx, null, true, route.handler()));
        }
        for (TransferRoutes.TransferRoute t : transfers.routes()) {
            add(
                    routes,
                    t.route().method(),
                    t.route().path(),
                    ctx -> serve(ctx, t.operation(), true, t.route().handler()));
        }
        if (catchAllRoot) {
            // Methods no route can have (TRACE, made-up ones) end in Javalin's own 404: answer it in the wire shape.
            routes.error(404, ctx -> {
                if (ctx.res().getHeader(REQUEST_ID_HEADER) == null) {
                    serve(ctx, null, true, this::unmatched);
                }
            });
        }
        for (String prefix : prefixes) {
            for (HttpMethod method : CATCH_ALL_METHODS) {
                routes.addHttpHandler(
                        HandlerType.findOrCreate(method.name()),
                        prefix,
                        ctx -> serve(ctx, null, true, this::unmatched));
            }
        }
    }

    /** Refuses plain HTTP that came in on the HTTPS port (the server marks it: see {@code HostRouting}). */
    private static void checkTransport(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HostRouting.PLAIN_HTTP_ON_HTTPS_PORT))) {
            throw new HttpFailure(
                    HttpFailure.Kind.PLAIN_HTTP_ON_HTTPS_PORT,
                    "Port " + ctx.req().getLocalPort()
                            + " speaks HTTPS, and this request came in plain HTTP: call https://" + ctx.host()
                            + ctx.path()
                            + " (trusting the fake's CA: GET /_fake/tls/ca.pem on either port), or the fake's plain HTTP port");
        }
    }

    /** Runs a guard; a refusal is answered (and journaled) here, and no route sees the request. */
    private void refuseUnless(Context ctx, Runnable check) {
        if (ctx.res().getHeader(REQUEST_ID_HEADER) != null) {
            return; // an earlier guard refused it already
        }
        try {
            check.run();
        } catch (RuntimeException refusal) {
            serve(ctx, null, true, ex -> {
                throw refusal;
            });
            ctx.skipRemainingHandlers();
        }
    }

    private void add(RoutesConfig routes, HttpMethod method, String path, Handler handler) {
        index.add(method, path);
        routes.addHttpHandler(HandlerType.findOrCreate(method.name()), path, handler);
        if (method == HttpMethod.GET) {
            // Javalin would answer HEAD itself, without our headers; the servlet container drops the body.
            routes.addHttpHandler(HandlerType.HEAD, path, handler);
        }
    }

    /**
     * Errors Jetty answers before a request reaches Javalin (a malformed URI, a URI or headers too long), in the wire
     * shape, with a request id and a journal entry. For the standalone and embedded server only; a plugin leaves the
     * app's Jetty alone.
     */
    public org.eclipse.jetty.server.handler.ErrorHandler jettyErrorHandler() {
        return JettyErrors.forServer(this::answerBelowJavalin);
    }

    /** Errors of the servlet layer (a path whose percent-encoding does not decode), as {@link #jettyErrorHandler()}. */
    public org.eclipse.jetty.ee10.servlet.ErrorHandler servletErrorHandler() {
        return JettyErrors.forServletContext(this::answerBelowJavalin);
    }

    private JettyErrors.ErrorAnswer answerBelowJavalin(Request request, int status, String message) {
        ErrorMapper.ErrorResponse error = ErrorMapper.forStatus(status, message);
        String rawPath = request.getHttpURI() == null || request.getHttpURI().getPath() == null
                ? "/"
                : request.getHttpURI().getPath();
        // a request Jetty could not parse may have no method, and a path of any length
        String method = request.getMethod() == null ? "UNKNOWN" : request.getMethod();
        String path = rawPath.length() <= 2048
                ? rawPath
                : rawPath.substring(0, 2048) + "...[cut: " + rawPath.length() + " characters]";
        long sequence = recordOutsideJavalin(method, path, null, error, null, Guess.JETTY_ERRORS_IN_API_SHAPE);
        return new JettyErrors.ErrorAnswer("fake-" + sequence, error);
    }

    /**
     * Journals an answer given below Javalin (by Jetty, or by TLS), which relied on {@code guess}; returns its request
     * number. {@code explanation}: the error body the client could not be sent, for the journal to say why.
     */
    @Decides(Guess.JETTY_ERRORS_IN_API_SHAPE)
    private long recordOutsideJavalin(
            String method,
            String path,
            String queryString,
            ErrorMapper.ErrorResponse error,
            byte[] explanation,
            Guess guess) {
        Instant receivedAt = fake.clock().instant();
        Body response = explanation == null ? null : Body.of(explanation).head(JournalStore.MAX_BODY_BYTES);
        int responseLength = explanation == null ? 0 : explanation.length;
        return journal.append(n -> new JournalRecord(
                n,
                receivedAt,
                null,
                null,
                method,
                path,
                queryString,
                null,
                null,
                0,
                error.status(),
                error.code(),
                null,
                response,
                responseLength,
                0,
                false,
                List.of(guess.id())));
    }

    /** The ledger ids a recorded request met, for its journal entry; none when it was part of another's record. */
    private static List<String> idsOf(Reliance.Frame frame) {
        if (frame == null) {
            return List.of();
        }
        List<Guess> met = frame.guesses();
        String[] ids = new String[met.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = met.get(i).id();
        }
        return List.of(ids);
    }

    // ---------------------------------------------------------------- dispatch

    private void api(Context ctx, ApiRoute route) {
        serve(ctx, route.operation(), route.operation(), true, ex -> {
            byte[] body = route.method().hasBody() ? ex.jsonBody(settings.maxJsonBodyBytes()) : null;
            ex.siteId(safeSiteOf(ex.header("wix-site-id")));
            String siteId = auth.authorize(
                    ex.header("Authorization"), ex.header("wix-site-id"), route.access() == ApiRoute.Access.WRITE);
            ex.siteId(siteId);
            MediaSite site = fake.site(siteId);
            if (route == ApiRoute.LIST_FILES) {
                // the same page asked again while the site did not change is answered as it was (see ListAnswers)
                Context c = ex.ctx();
                return Reply.json(listAnswers.answer(
                        site,
                        siteId,
                        c.queryString(),
                        c.characterEncoding(),
                        () -> {
                            Params params = Params.ofQuery(ex.query());
                            ListFilesRequest request = FileEndpoints.listRequest(params);
                            return new ListAnswers.Read(
                                    request,
                                    CORE.checkedWith(
                                            params::typeViolations,
                                            () -> site.files().listFiles(request)));
                        },
                        page -> FileEndpoints.listPage(wire, page)));
            }
            Params params = body != null ? Params.ofBody(body) : Params.ofQuery(ex.query());
            ApiCall call = new ApiCall(site, params, ex::pathParam, wire);
            // the handler reads the request into the core's types and calls the core; the core's check of the
            // request throws the type errors met reading it together with its own violations
            return Reply.json(
                    CORE.checkedWith(call::typeViolations, () -> route.handler().handle(call)));
        });
    }

    private String safeSiteOf(String header) {
        return header != null && header.trim().length() > SiteId.MAX_LENGTH ? null : auth.siteOf(header);
    }

    /**
     * An unknown path (404) or a known one called with the wrong method (405, with {@code Allow}). A file's id in the
     * path, as folders have it, is no route of Wix's either: the 404 names the documented one.
     */
    @Decides(Guess.NO_GET_FILE_BY_PATH_ID)
    private Reply unmatched(Exchange ex) {
        String path = ex.ctx().path();
        String contextPath = ex.ctx().contextPath();
        String routePath = contextPath != null && !contextPath.equals("/") && path.startsWith(contextPath)
                ? path.substring(contextPath.length())
                : path;
        Set<HttpMethod> allowed = index.allowedMethods(routePath);
        String method = ex.ctx().method().name();
        if (!allowed.isEmpty()) {
            String allow = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new HttpFailure(
                    HttpFailure.Kind.METHOD_NOT_ALLOWED,
                    method + " is not allowed on " + path + "; allowed: " + allow,
                    Map.of("Allow", allow));
        }
        String filesPrefix = ApiRoute.BASE_PATH + "/files/";
        if (method.equals("GET")
                && routePath.startsWith(filesPrefix)
                && routePath.indexOf('/', filesPrefix.length()) < 0) {
            Reliance.met(Guess.NO_GET_FILE_BY_PATH_ID);
            throw MediaManagerException.standard(
                    WixErrorCode.NOT_FOUND,
                    "No route for GET " + path + ": Wix documents "
                            + "no file path with an id in it; read a file with GET " + ApiRoute.BASE_PATH
                            + "/files/get-file-by-id?fileId=" + routePath.substring(filesPrefix.length()));
        }
        throw MediaManagerException.standard(
                WixErrorCode.NOT_FOUND,
                "No route for " + method + " " + path
                        + (routePath.startsWith("/site-media") || routePath.startsWith("/_")
                                ? ""
                                : "; the API lives under " + ApiRoute.BASE_PATH + ", e.g. GET " + ApiRoute.BASE_PATH
                                        + "/files"));
    }

    /** Serves one request: request id, action, error mapping, response, journal. */
    private void serve(Context ctx, Operation operation, boolean journaled, Function<Exchange, Reply> action) {
        serve(ctx, operation, null, journaled, action);
    }

    /**
     * As above; {@code faultsOf} names the operation whose scripted HTTP faults this request may meet. The core's
     * gate decides them with the errors and latency, when the request reaches the core: a request refused before
     * (a malformed body) leaves a scripted fault for the next one, and a fault decided is delivered whatever the
     * answer (the call behind it happened, as at Wix; only the transport breaks).
     */
    @Decides(Guess.JOURNAL_WALL_CLOCK_LATENCY)
    private void serve(
            Context ctx, Operation operation, Operation faultsOf, boolean journaled, Function<Exchange, Reply> action) {
        long started = System.nanoTime();
        Instant receivedAt = fake.clock().instant();
        Exchange ex = new Exchange(ctx, bodies);
        try {
            Reply reply;
            String errorCode = null;
            ScenarioPass pass = CORE.scenarioPass(fake, faultsOf);
            // what the request relies on, from its first check to its error body: for its journal entry and its site
            Reliance.Frame relied = Reliance.open(null, null);
            List<String> guesses;
            try {
                dev.fakewix.media.http.internal.wixhosts.HostRouting.noteRouted(ctx.req());
                try {
                    reply = pass.run(() -> action.apply(ex));
                } catch (Throwable failure) {
                    // Errors too (an OutOfMemoryError, a NoClassDefFoundError from a classpath clash): the test must
                    // see why in the answer, the journal and the log, not an empty 500 from the container.
                    ErrorMapper.ErrorResponse error = ErrorMapper.render(failure);
                    reply = new Reply(error.status(), Reply.JSON, error.body(), error.headers());
                    errorCode = error.code();
                }
                guesses = idsOf(relied);
                if (relied != null) {
                    // a request refused before it named its site (an unknown path) still counts for the site it gave
                    String site = ex.siteId != null ? ex.siteId : safeSiteOf(ex.header("wix-site-id"));
                    relied.attribute(
                            journaled ? tallyOf(site) : null,
                            operation != null ? operation.sdkName() : GuessMet.OTHER_REQUEST);
                }
            } finally {
                Reliance.close(relied);
            }
            List<String> met = pass.met();
            if (!met.isEmpty()) {
                ex.scenario(String.join("; ", met));
            }
            Optional<HttpFault> fault = pass.fault();
            if (fault.isPresent()) {
                reply = reply.withFault(fault.get());
            }
            ex.drainUnreadBody(settings.maxJsonBodyBytes());
            // Journaled before it is written, under the number the answer then carries: a client that holds an
            // answer finds it in the journal, and a reader paging the journal by number sees entries in the order
            // they came.
            String requestId = journaled
                    ? "fake-" + record(ctx, ex, operation, receivedAt, started, reply, errorCode, guesses)
                    : "fake-admin-" + adminCalls.incrementAndGet();
            if (reply.fault() != null) {
                FaultWriter.write(ctx, requestId, reply);
            } else {
                write(ctx, requestId, reply);
            }
        } finally {
            ex.release(); // the body's share of the budget, also when writing the answer failed
        }
    }

    private long record(
            Context ctx,
            Exchange ex,
            Operation operation,
            Instant receivedAt,
            long started,
            Reply answer,
            String errorCode,
            List<String> guesses) {
        boolean json = answer.fault() == null && answer.streamed() == null && Reply.JSON.equals(answer.contentType());
        Body response = json ? answer.body().head(JournalStore.MAX_BODY_BYTES) : null;
        int responseLength = json ? answer.body().length() : 0;
        Body body = ex.journalBody();
        int bodyLength = ex.bodyLength();
        String method = ctx.method().name();
        String path = HostRouting.clientPath(ctx.req());
        String query = ctx.queryString();
        String charset = query == null ? null : ctx.characterEncoding();
        boolean fromDashboard = ctx.header(DASHBOARD_HEADER) != null;
        String site = ex.siteId;
        String scenario = ex.scenario;
        long latency = System.nanoTime() - started;
        return journal.append(sequence -> new JournalRecord(
                sequence,
                receivedAt,
                site,
                operation,
                method,
                path,
                query,
                charset,
                body,
                bodyLength,
                answer.status(),
                errorCode,
                scenario,
                response,
                responseLength,
                latency,
                fromDashboard,
                guesses));
    }

    /** Where a request to {@code siteId} counts what it relied on: that site's tally, if the site exists. */
    private dev.fakewix.media.core.internal.fidelity.RelianceTally tallyOf(String siteId) {
        return siteId != null && fake.hasSite(siteId) ? CORE.reliance(fake.site(siteId)) : null;
    }

    static void write(Context ctx, String requestId, Reply reply) {
        ctx.status(reply.status());
        ctx.header(REQUEST_ID_HEADER, requestId);
        reply.headers().forEach(ctx::header);
        if (reply.contentType() != null) {
            ctx.contentType(reply.contentType());
        }
        if (reply.streamed() != null) {
            writeStreamed(ctx, reply.streamed());
        } else if (reply.body().isEmpty()) {
            return;
        } else if (ctx.resultInputStream() != null) {
            // Javalin set an answer of its own before handing over (its 404 text): ours replaces it
            ctx.result(reply.body().toArray());
        } else {
            // Written here rather than handed to Javalin as a result stream: the parts of a list page go out without
            // being joined, and through the same output stream (and compression, in a plugin) as a result would.
            try {
                reply.body().writeTo(ctx.outputStream());
            } catch (IOException e) {
                // the client went away mid-answer: nothing left to tell it
            }
        }
    }

    private static void writeStreamed(Context ctx, Reply.StreamedBody body) {
        if (body.length() >= 0) {
            ctx.res().setContentLengthLong(body.length());
        }
        if (HandlerType.HEAD.equals(ctx.method())) {
            return;
        }
        try {
            OutputStream out = ctx.res().getOutputStream();
            body.writeTo(out);
            out.flush();
        } catch (IOException e) {
            // the client went away mid-answer: nothing left to tell it
        }
    }
}
