package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.ScenarioPass;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.WixErrorCode;
import dev.fakewix.media.core.internal.FaceAccess;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import dev.fakewix.media.http.JournalEntry;
import dev.fakewix.media.http.RequestJournal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.apiguardian.api.API;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HTTP facade assembled: the three route tables (API, admin, transfers) mounted on Javalin, and the one
 * dispatcher every request passes through. The dispatcher gives each response its {@code X-Wix-Request-Id}, reads
 * the body within its limit, authorises API calls, hands failures to the {@link ErrorMapper} and records the
 * exchange in the {@link RequestJournal}. Thread-safe.
 */
@API(status = API.Status.INTERNAL)
public final class Facade {
    /** Prefix of the response header every answer carries. */
    public static final String REQUEST_ID_HEADER = "X-Wix-Request-Id";

    /** The core's hooks for faces: faults, transfer URLs, the behaviours a request met. */
    private static final FaceAccess CORE = FaceAccess.get();

    private static final List<HttpMethod> CATCH_ALL_METHODS = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS);

    private final FakeMediaManager fake;
    private final FacadeSettings settings;
    private final RequestJournal journal;
    private final Auth auth;
    private final RequestGuard guard;
    private final Wire wire = new Wire();
    private final AtomicLong requests = new AtomicLong();
    private final BodyBudget bodies = BodyBudget.ofHeap();
    private final RouteIndex index = new RouteIndex();
    private final AdminRoutes admin;
    private final TransferRoutes transfers;

    public Facade(FakeMediaManager fake, FacadeSettings settings, RequestJournal journal) {
        this.fake = fake;
        this.settings = settings;
        this.journal = journal;
        this.auth = new Auth(settings.auth(), settings.apiKeys(), fake.defaultSiteId());
        this.guard = new RequestGuard(settings.allowedHosts(), settings.adminToken());
        this.admin = new AdminRoutes(fake, journal, wire, settings);
        this.transfers = new TransferRoutes(fake, wire, settings);
        HttpWebhookTransport.connect(fake, wire);
    }

    public FakeMediaManager fake() {
        return fake;
    }

    public RequestJournal journal() {
        return journal;
    }

    /** The non-API routes (admin, then transfers) as mounted, for tests and documentation that enumerate them. */
    public List<PlainRoute> plainRoutes() {
        List<PlainRoute> all = new java.util.ArrayList<>(admin.routes());
        transfers.routes().forEach(t -> all.add(t.route()));
        return List.copyOf(all);
    }

    /** Makes the fake's upload, download, archive and streaming URLs point at this server. */
    public void serveTransfersFrom(URI baseUri) {
        CORE.setTransferUrls(fake, dev.fakewix.media.core.TransferUrls.servedFrom(baseUri));
    }

    /**
     * Mounts every route. {@code catchAllRoot} also claims unknown paths outside the facade's prefixes (the standalone
     * server does; a plugin inside a user's app must not).
     */
    public void mount(RoutesConfig routes, boolean catchAllRoot) {
        List<String> prefixes = catchAllRoot ? List.of("/*")
                : List.of(ApiRoute.BASE_PATH + "/*", AdminRoutes.PREFIX + "/*", TransferRoutes.PREFIX + "/*");
        // One before-handler per concern covers every route of its prefix, present and future (e.g. new admin routes).
        for (String prefix : prefixes) {
            routes.before(prefix, ctx -> refuseUnless(ctx, () -> guard.checkHost(ctx.header("Host"))));
        }
        routes.before(AdminRoutes.PREFIX + "/*", ctx -> refuseUnless(ctx, () -> guard.checkAdmin(ctx.method().name(),
                ctx.path(), ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), ctx.header("Content-Type"),
                ctx.header(RequestGuard.ADMIN_TOKEN_HEADER))));
        for (ApiRoute route : ApiRoute.values()) {
            add(routes, route.method(), route.fullPath(), ctx -> api(ctx, route));
        }
        for (PlainRoute route : admin.routes()) {
            add(routes, route.method(), route.path(), ctx -> serve(ctx, null, false,
                    ex -> ConditionalGet.answer(ex, route.handler().apply(ex))));
        }
        for (TransferRoutes.TransferRoute t : transfers.routes()) {
            add(routes, t.route().method(), t.route().path(), ctx -> serve(ctx, t.operation(), true, t.route().handler()));
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
                routes.addHttpHandler(HandlerType.findOrCreate(method.name()), prefix,
                        ctx -> serve(ctx, null, true, this::unmatched));
            }
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

    private void add(RoutesConfig routes, HttpMethod method, String path, io.javalin.http.Handler handler) {
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

    private JettyErrors.ErrorAnswer answerBelowJavalin(org.eclipse.jetty.server.Request request, int status, String message) {
        long sequence = requests.incrementAndGet();
        ErrorMapper.ErrorResponse error = ErrorMapper.forStatus(status, message);
        String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? "/"
                : request.getHttpURI().getPath();
        // a request Jetty could not parse may have no method, and a path of any length
        String method = request.getMethod() == null ? "UNKNOWN" : request.getMethod();
        path = path.length() <= 2048 ? path : path.substring(0, 2048) + "...[cut: " + path.length() + " characters]";
        journal.record(new JournalEntry(sequence, fake.clock().instant(), null, null, method, path, Map.of(),
                null, status, error.code(), null));
        return new JettyErrors.ErrorAnswer("fake-" + sequence, error);
    }

    // ---------------------------------------------------------------- dispatch

    private void api(Context ctx, ApiRoute route) {
        serve(ctx, route.operation(), route.operation(), true, ex -> {
            byte[] body = route.method().hasBody() ? ex.jsonBody(settings.maxJsonBodyBytes()) : null;
            ex.siteId(safeSiteOf(ex.header("wix-site-id")));
            String siteId = auth.authorize(ex.header("Authorization"), ex.header("wix-site-id"),
                    route.access() == ApiRoute.Access.WRITE);
            ex.siteId(siteId);
            Params params = body != null ? Params.ofBody(body) : Params.ofQuery(ex.query());
            MediaSite site = fake.site(siteId);
            ApiCall call = new ApiCall(site, params, ex::pathParam, wire);
            return Reply.json(route.handler().handle(call));
        });
    }

    private String safeSiteOf(String header) {
        return header != null && header.trim().length() > dev.fakewix.media.core.SiteId.MAX_LENGTH ? null : auth.siteOf(header);
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
                ? path.substring(contextPath.length()) : path;
        Set<HttpMethod> allowed = index.allowedMethods(routePath);
        String method = ex.ctx().method().name();
        if (!allowed.isEmpty()) {
            String allow = allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new HttpFailure(HttpFailure.Kind.METHOD_NOT_ALLOWED, method + " is not allowed on " + path
                    + "; allowed: " + allow, Map.of("Allow", allow));
        }
        String filesPrefix = ApiRoute.BASE_PATH + "/files/";
        if (method.equals("GET") && routePath.startsWith(filesPrefix) && routePath.indexOf('/', filesPrefix.length()) < 0) {
            throw MediaManagerException.standard(WixErrorCode.NOT_FOUND, "No route for GET " + path + ": Wix documents "
                    + "no file path with an id in it; read a file with GET " + ApiRoute.BASE_PATH
                    + "/files/get-file-by-id?fileId=" + routePath.substring(filesPrefix.length()));
        }
        throw MediaManagerException.standard(WixErrorCode.NOT_FOUND, "No route for " + method + " " + path
                + (routePath.startsWith("/site-media") || routePath.startsWith("/_") ? "" : "; the API lives under "
                + ApiRoute.BASE_PATH + ", e.g. GET " + ApiRoute.BASE_PATH + "/files"));
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
    private void serve(Context ctx, Operation operation, Operation faultsOf, boolean journaled,
                       Function<Exchange, Reply> action) {
        long started = System.nanoTime();
        long sequence = requests.incrementAndGet();
        Instant receivedAt = fake.clock().instant();
        Exchange ex = new Exchange(ctx, sequence, bodies);
        try {
            Reply reply;
            String errorCode = null;
            ScenarioPass pass = CORE.scenarioPass(fake, faultsOf);
            try {
                reply = pass.run(() -> action.apply(ex));
            } catch (Throwable failure) {
                // Errors too (an OutOfMemoryError, a NoClassDefFoundError from a classpath clash): the test must see
                // why in the answer, the journal and the log, not an empty 500 from the container.
                ErrorMapper.ErrorResponse error = ErrorMapper.render(failure);
                reply = new Reply(error.status(), Reply.JSON, error.body(), error.headers());
                errorCode = error.code();
            }
            List<String> met = pass.met();
            if (!met.isEmpty()) {
                ex.scenario(String.join("; ", met));
            }
            Optional<HttpFault> fault = pass.fault();
            if (fault.isPresent()) {
                reply = new Reply(reply.status(), reply.contentType(), reply.body(), reply.headers(), fault.get());
            }
            ex.drainUnreadBody(settings.maxJsonBodyBytes());
            Reply answer = reply;
            String code = errorCode;
            Runnable record = () -> {
                boolean json = answer.fault() == null && answer.streamed() == null
                        && Reply.JSON.equals(answer.contentType());
                journal.record(new JournalEntry(sequence, receivedAt, ex.siteId, operation, ctx.method().name(),
                        ctx.path(), ctx.queryParamMap(), ex.journalBody(), answer.status(), code, ex.scenario,
                        json ? Exchange.journalText(answer.body()) : null,
                        Duration.ofNanos(System.nanoTime() - started)));
            };
            // a streamed body (a download) reaches the client while it is written: journal it first, so that a client
            // holding every byte also finds the request in the journal
            if (journaled && reply.streamed() != null) {
                record.run();
            }
            if (reply.fault() != null) {
                FaultWriter.write(ctx, sequence, reply);
            } else {
                write(ctx, sequence, reply);
            }
            if (journaled && reply.streamed() == null) {
                record.run();
            }
        } finally {
            ex.release(); // the body's share of the budget, also when writing the answer failed
        }
    }

    static void write(Context ctx, long sequence, Reply reply) {
        ctx.status(reply.status());
        ctx.header(REQUEST_ID_HEADER, "fake-" + sequence);
        reply.headers().forEach(ctx::header);
        if (reply.contentType() != null) {
            ctx.contentType(reply.contentType());
        }
        if (reply.streamed() != null) {
            writeStreamed(ctx, reply.streamed());
        } else if (reply.body().length > 0) {
            ctx.result(reply.body());
        }
    }

    private static void writeStreamed(Context ctx, Reply.StreamedBody body) {
        if (body.length() >= 0) {
            ctx.res().setContentLengthLong(body.length());
        }
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        try {
            java.io.OutputStream out = ctx.res().getOutputStream();
            body.writeTo(out);
            out.flush();
        } catch (java.io.IOException e) {
            // the client went away mid-answer: nothing left to tell it
        }
    }
}
