package dev.fakewix.media.junit;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Scenarios;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.HttpWebhooks;
import dev.fakewix.media.http.ServerConfig;
import dev.fakewix.media.junit.internal.FakeSettings;
import dev.fakewix.media.junit.internal.Injection;
import dev.fakewix.media.junit.internal.RelianceLog;
import dev.fakewix.media.junit.internal.RunCache;
import dev.fakewix.media.junit.internal.SharedServer;
import dev.fakewix.media.junit.internal.TestFake;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link WithFakeMediaManager}: a fresh fake Wix Media Manager for every test,
 * optionally served over HTTP, injected by exact type into parameters and {@link InjectFake @InjectFake} fields.
 *
 * <h2>Registration</h2>
 * Declaratively with {@code @WithFakeMediaManager} (the common case), or programmatically when a setting needs Java:
 * <pre>{@code
 * @RegisterExtension
 * static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
 *         .http(true)
 *         .fake(b -> b.readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.manual())))
 *         .scenario(site -> site.scenarios().on(Operation.LIST_FILES).failWithStatus(503).once())
 *         .build();
 * }</pre>
 * The builder holds what is the extension's own (HTTP or not, the test's site, its scenarios and webhooks, the
 * server's scope, a clock per site); the core's settings go through {@link Builder#fake(Consumer) fake(b -> ...)}
 * and the server's through {@link Builder#server(Consumer) server(cfg -> ...)}.
 * Register it once per test: the annotation and a {@code @RegisterExtension} field together (or two fields) would
 * each make a fake, so the extension refuses the combination and says which one to keep.
 *
 * <h2>What is injected</h2>
 * {@code FakeMediaManager}, {@code MediaSite} (the test's site), {@code Files}, {@code Folders}, {@code Lifecycle},
 * {@code Scenarios} (all of the test's site), {@code VirtualClock}, a {@link WebhookInbox} subscribed to the test's
 * site (opened on first injection, closed with the test) and, with HTTP on, {@link FakeMediaManagerHttp}.
 * Into test methods, {@code @BeforeEach}/{@code @AfterEach} methods, constructors (default {@code PER_METHOD}
 * lifecycle) and {@code @InjectFake} fields; not into {@code @BeforeAll} methods, which belong to no single test.
 * The dynamic tests of a {@code @TestFactory} share the factory method's fake (JUnit runs no per-test callbacks for
 * them).
 *
 * <h2>Design: fresh state per test, one site per test on a shared server</h2>
 * <ul>
 *   <li><b>In-process</b> ({@code http = false}): every test (every invocation of a {@code @ParameterizedTest} or
 *       {@code @RepeatedTest}) builds its own {@link FakeMediaManager} with its own {@link VirtualClock}. Nothing
 *       is shared, so tests are isolated under any parallel configuration, clock included. Building one costs
 *       microseconds.</li>
 *   <li><b>HTTP</b> ({@code http = true}): starting a server takes far longer than a test, so one server is started
 *       per run (or per class, {@link ServerScope}) and configuration, kept in the root (or class)
 *       {@link ExtensionContext.Store} and closed by JUnit at the end of its scope. Isolation comes from the site:
 *       each test works in a site of its own, whose id is derived from the test's unique id
 *       ({@link FakeMediaManagerHttp#siteId()}, stable from run to run), created empty, configured (readiness,
 *       limits, scenarios) and emptied again when the test ends, passed or failed. Requests name their site with
 *       the {@code wix-site-id} header, so concurrent tests
 *       ({@code junit.jupiter.execution.parallel.enabled=true}, methods {@code CONCURRENT}) never see each other's
 *       files, scenarios or readiness; the journal is shared, and journal assertions filter it by the test's
 *       site.</li>
 *   <li><b>What a shared server shares</b>: its {@code FakeMediaManager} (so use the injected {@code MediaSite},
 *       not {@code fake.site()} or {@code fake.reset()}, which reach other tests' sites), its clock and its
 *       journal. A test that moves the server's clock moves it for concurrent tests too; give tests that move time
 *       a clock of their own ({@link WithFakeMediaManager#ownClock()}, {@link Builder#ownClock(boolean)}), which
 *       moves only their site, so they run in parallel. A fixed
 *       {@link WithFakeMediaManager#siteId()} makes tests share a site (it is still reset before each test);
 *       leave it empty under parallel execution.</li>
 * </ul>
 * State lives only in {@link ExtensionContext.Store}s under a private namespace; the extension's own fields hold the
 * immutable configuration of a programmatic registration, so one instance serves concurrent tests.
 *
 * <h2>Failures</h2>
 * Misuse fails the test with a message that says how to fix it: an unsupported parameter type, HTTP coordinates
 * without HTTP, an injection into {@code @BeforeAll}, a missing scenario file, an inconsistent annotation
 * (a {@code readiness} that is not one), two registrations.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class FakeMediaManagerExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeMediaManagerExtension.class);
    private static final String STATE = "test-fake";
    private static final String OWNER = "registration";

    /** The builder's settings; {@code null} when the settings come from {@link WithFakeMediaManager}. */
    private final FakeSettings configured;

    /** The constructor {@code @ExtendWith} uses: settings come from {@link WithFakeMediaManager} (or its defaults). */
    public FakeMediaManagerExtension() {
        this.configured = null;
    }

    private FakeMediaManagerExtension(FakeSettings configured) {
        this.configured = configured;
    }

    /** Starts a programmatic registration; see {@link Builder}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Lets constructors of {@code PER_METHOD} test classes receive the test's own fake. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        TestFake fake = fakeFor(context);
        injectFields(context, fake);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        if (!Injection.claims(type) && !parameterContext.isAnnotated(InjectFake.class)) {
            return false;
        }
        claimRegistration(extensionContext);
        return true;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        String target = "parameter [" + type.getSimpleName() + " "
                + parameterContext.getParameter().getName() + "] of "
                + describe(parameterContext.getDeclaringExecutable());
        if (extensionContext.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException(
                    "Cannot inject " + target + ": the fake is made fresh for each test, so it"
                            + " can be injected into test methods, @BeforeEach/@AfterEach methods, @InjectFake fields and the"
                            + " constructor of a PER_METHOD test class, but not into @BeforeAll/@AfterAll methods or the constructor"
                            + " of a @TestInstance(PER_CLASS) class. Move the parameter to a @BeforeEach method or use an @InjectFake field.");
        }
        try {
            TestFake fake = fakeFor(extensionContext);
            return Injection.valueFor(type, fake, target);
        } catch (Injection.InjectionException | ExtensionConfigurationException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ per-test state

    private TestFake fakeFor(ExtensionContext context) {
        claimRegistration(context);
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(STATE, key -> create(context), TestFake.class);
    }

    /** The first registration to touch a test owns it; any other one is a second registration, refused. */
    private void claimRegistration(ExtensionContext context) {
        if (configured != null) {
            Optional<Found> annotation = findAnnotation(context);
            if (annotation.isPresent()) {
                throw conflict(
                        context,
                        "@WithFakeMediaManager on " + annotation.get().where()
                                + " and a FakeMediaManagerExtension built with builder() both apply");
            }
        }
        Object owner = context.getStore(NAMESPACE).getOrComputeIfAbsent(OWNER, key -> this);
        if (owner != this) {
            boolean bothBuilt = configured != null && ((FakeMediaManagerExtension) owner).configured != null;
            throw conflict(
                    context,
                    bothBuilt
                            ? "two FakeMediaManagerExtension instances built with builder() apply"
                                    + " (two @RegisterExtension fields, in this class, a superclass or an enclosing class)"
                            : "@WithFakeMediaManager"
                                    + findAnnotation(context)
                                            .map(found -> " on " + found.where())
                                            .orElse("")
                                    + " (or @ExtendWith(FakeMediaManagerExtension.class)) and a FakeMediaManagerExtension built with builder() both apply");
        }
    }

    private static ExtensionConfigurationException conflict(ExtensionContext context, String what) {
        return new ExtensionConfigurationException("FakeMediaManagerExtension is registered more than once for "
                + context.getUniqueId() + ": " + what + ". Each registration would make its own fake. Keep exactly one:"
                + " either @WithFakeMediaManager (on the class or the method), or a single"
                + " @RegisterExtension static FakeMediaManagerExtension field built with FakeMediaManagerExtension.builder()"
                + " (move the annotation's attributes into the builder).");
    }

    private TestFake create(ExtensionContext context) {
        FakeSettings settings = settingsFor(context);
        RunCache cache = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunCache.class);
        RelianceLog.Pending reliance = RelianceLog.of(context)
                .map(log -> RelianceLog.Pending.of(log, context))
                .orElse(null);
        if (!settings.http()) {
            FakeMediaManager fake = settings.newFake();
            if (reliance != null) {
                FaceAccess.get().recordReliance(fake); // its plain Java calls too: the test's own
            }
            MediaSite site = fake.site();
            applyScenarios(site, settings, context, cache);
            return new TestFake(fake, site, null, false, settings.origin(), subscribe(fake, site, settings), reliance);
        }
        ExtensionContext scope =
                settings.serverScope() == ServerScope.PER_RUN ? context.getRoot() : topLevelClass(context);
        SharedServer server = scope.getStore(NAMESPACE)
                .getOrComputeIfAbsent(settings.serverKey(), SharedServer::start, SharedServer.class);
        String siteId = settings.siteId() != null ? settings.siteId() : Injection.siteIdFor(context.getUniqueId());
        MediaSite site = server.fake().site(siteId);
        site.reset();
        FaceAccess.get().reliance(site).clear(); // a fixed site id comes back from an earlier test: count this one's
        // a fixed site id may come back from a test that had a clock of its own: set the clock every time
        site.useClock(settings.ownClock() ? server.newSiteClock() : null);
        try {
            if (settings.readiness() != null) { // else the reset site is back at the fake's readiness
                site.scenarios().readiness(settings.readiness());
            }
            if (settings.limits() != null) {
                site.scenarios().limits(settings.limits());
            }
            applyScenarios(site, settings, context, cache);
        } catch (RuntimeException | Error e) {
            site.reset();
            throw e;
        }
        FakeMediaManagerHttp http = new FakeMediaManagerHttp(
                server.server().baseUri(),
                server.server().port(),
                siteId,
                settings.apiKey(),
                server.server().journal(),
                server.server().adminToken(),
                server.server().httpsUri(),
                server.server().caCertificateFile());
        List<String> subscriptions;
        try {
            subscriptions = subscribe(server.fake(), site, settings);
        } catch (RuntimeException | Error e) {
            site.reset();
            throw e;
        }
        return new TestFake(server.fake(), site, http, true, settings.origin(), subscriptions, reliance);
    }

    /** Subscribes the configured webhook receivers to the test's site; a bad URL fails the test saying why. */
    private static List<String> subscribe(FakeMediaManager fake, MediaSite site, FakeSettings settings) {
        List<String> ids = new ArrayList<>();
        if (settings.webhookUrls().isEmpty()) {
            return ids;
        }
        HttpWebhooks.connect(fake);
        try {
            for (String url : settings.webhookUrls()) {
                ids.add(fake.webhooks().subscribe(site.siteId(), url).id());
            }
        } catch (IllegalArgumentException e) {
            ids.forEach(id -> fake.webhooks().unsubscribe(id));
            throw new ExtensionConfigurationException(
                    settings.origin() + ": webhook receiver refused: " + e.getMessage(), e);
        }
        return ids;
    }

    private static void applyScenarios(
            MediaSite site, FakeSettings settings, ExtensionContext context, RunCache cache) {
        ClassLoader loader = context.getTestClass()
                .map(Class::getClassLoader)
                .orElseGet(() -> Thread.currentThread().getContextClassLoader());
        for (String file : settings.scenarioFiles()) {
            String json = cache.scenarioText(file, loader, settings.origin());
            try {
                site.scenarios().apply(json);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(
                        settings.origin() + ": scenario file \"" + file + "\" is not valid: " + e.getMessage(), e);
            }
        }
        for (Consumer<? super MediaSite> setup : settings.scenarioSetups()) {
            setup.accept(site);
        }
    }

    private static ExtensionContext topLevelClass(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().flatMap(ExtensionContext::getParent).isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    // ------------------------------------------------------------------ settings

    private FakeSettings settingsFor(ExtensionContext context) {
        if (configured != null) {
            return configured;
        }
        return findAnnotation(context)
                .map(found -> FakeSettings.of(found.annotation(), "@WithFakeMediaManager on " + found.where()))
                .orElseGet(() -> FakeSettings.defaults("@ExtendWith(FakeMediaManagerExtension.class) on "
                        + context.getTestClass().map(Class::getName).orElse(context.getUniqueId())));
    }

    private record Found(WithFakeMediaManager annotation, String where) {}

    /** The nearest annotation: on the method, else on the class (superclasses and interfaces), else on enclosing classes. */
    private static Optional<Found> findAnnotation(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isPresent()) {
            Optional<WithFakeMediaManager> onMethod =
                    AnnotationSupport.findAnnotation(method.get(), WithFakeMediaManager.class);
            if (onMethod.isPresent()) {
                return Optional.of(new Found(onMethod.get(), describe(method.get())));
            }
        }
        Class<?> type = context.getTestClass().orElse(null);
        while (type != null) {
            Optional<WithFakeMediaManager> onClass = AnnotationSupport.findAnnotation(type, WithFakeMediaManager.class);
            if (onClass.isPresent()) {
                return Optional.of(new Found(onClass.get(), type.getName()));
            }
            type = type.isMemberClass() && !Modifier.isStatic(type.getModifiers()) ? type.getEnclosingClass() : null;
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ fields

    private void injectFields(ExtensionContext context, TestFake fake) {
        RunCache cache = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunCache.class);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field field : cache.injectedFields(instance.getClass())) {
                String target = "field [" + field.getType().getSimpleName() + " " + field.getName() + "] of "
                        + field.getDeclaringClass().getName();
                if (Modifier.isStatic(field.getModifiers())) {
                    throw new ExtensionConfigurationException(
                            "Cannot inject " + target + ": it is static, but the fake is made"
                                    + " fresh for each test (and tests may run concurrently). Remove 'static'.");
                }
                if (Modifier.isFinal(field.getModifiers())) {
                    throw new ExtensionConfigurationException(
                            "Cannot inject " + target + ": it is final. Remove 'final'.");
                }
                if (context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                                == TestInstance.Lifecycle.PER_CLASS
                        && context.getExecutionMode() == ExecutionMode.CONCURRENT) {
                    throw new ExtensionConfigurationException(
                            "Cannot inject " + target + ": with @TestInstance(PER_CLASS) one"
                                    + " instance serves every test, and this test runs CONCURRENT, so concurrent tests would overwrite the"
                                    + " field. Take the fake as a test method parameter instead, or run the class's tests one at a time"
                                    + " (@Execution(ExecutionMode.SAME_THREAD)).");
                }
                Object value;
                try {
                    value = Injection.valueFor(field.getType(), fake, target);
                } catch (Injection.InjectionException e) {
                    throw new ExtensionConfigurationException(e.getMessage(), e);
                }
                try {
                    field.set(instance, value);
                } catch (IllegalAccessException e) {
                    throw new ExtensionConfigurationException("Cannot inject " + target + ": " + e.getMessage(), e);
                }
            }
        }
    }

    private static String describe(Executable executable) {
        return executable.getDeclaringClass().getName() + "#" + executable.getName();
    }

    /**
     * Configures a programmatic registration; every setting defaults as in {@link WithFakeMediaManager}. The core's
     * and the server's settings are not copied here: give them as {@link #fake(Consumer)} and {@link #server(Consumer)}.
     *
     * <pre>{@code
     * @RegisterExtension
     * static FakeMediaManagerExtension media = FakeMediaManagerExtension.builder()
     *         .http(true)
     *         .fake(b -> b.readiness(Readiness.readyAfter(Duration.ofMinutes(2)))
     *                 .limits(SiteLimits.unlimited().withStorageQuota(1_000_000)))
     *         .server(cfg -> cfg.auth(AuthMode.STRICT))
     *         .scenarioFile("scenarios/flaky-listing.json")
     *         .scenario(site -> site.scenarios().on(Operation.IMPORT_FILE).failWithStatus(503).once())
     *         .build();
     * }</pre>
     *
     * <p>Not thread-safe; {@link #build()} takes an immutable copy, and the extension it returns is.
     */
    public static final class Builder {
        private boolean http;
        private String siteId;
        private String apiKey = WithFakeMediaManager.DEFAULT_API_KEY;
        private final List<String> scenarioFiles = new ArrayList<>();
        private final List<Consumer<? super MediaSite>> scenarioSetups = new ArrayList<>();
        private ServerScope serverScope = ServerScope.PER_RUN;
        private final List<String> webhookUrls = new ArrayList<>();
        private boolean ownClock;
        private Consumer<? super FakeMediaManager.Builder> fakeOptions = FakeSettings.NO_OPTIONS;
        private Consumer<? super ServerConfig> serverOptions = FakeSettings.NO_OPTIONS;

        private Builder() {}

        /**
         * Configures the core's own builder for each fake this extension makes (in-process, or behind its shared
         * server), after the extension's defaults (seed 0, the clock frozen at {@value WithFakeMediaManager#DEFAULT_INSTANT}):
         * seed, clock, readiness, limits, token secret, webhook key, every option of {@link FakeMediaManager.Builder},
         * with no copy here to drift (as WireMock's {@code WireMockExtension.Builder.options(Options)}).
         *
         * <pre>{@code
         * FakeMediaManagerExtension.builder()
         *         .fake(b -> b.seed(7).tokenSecret("pinned").readiness(Readiness.manual()))
         *         .build();
         * }</pre>
         *
         * <p>Over HTTP, readiness and limits set here are each test's site's (a site returns to them when it is
         * reset), and {@link #ownClock(boolean) ownClock} sites start where this clock started. A shared HTTP server
         * is made once per registration: tests of one registration share it, tests of another registration (another
         * lambda) get their own.
         */
        public Builder fake(Consumer<? super FakeMediaManager.Builder> options) {
            this.fakeOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * Configures the HTTP server ({@link ServerConfig}) after the extension's defaults (port 0, a journal of
         * 10,000 requests, {@link AuthMode#PERMISSIVE}, {@link #apiKey(String)} declared for every site): auth, allowed
         * hosts, journal, body limits, every option of {@code ServerConfig}; only with {@link #http(boolean) http(true)}.
         *
         * <pre>{@code
         * FakeMediaManagerExtension.builder().http(true)
         *         .server(cfg -> cfg.auth(AuthMode.STRICT).allowHost("host.testcontainers.internal").journalCapacity(100))
         *         .build();
         * }</pre>
         *
         * <p>HTTPS, Wix's host names and media served by the fake too (see {@link FakeMediaManagerHttp#sslContext()}):
         *
         * <pre>{@code
         * FakeMediaManagerExtension.builder().http(true)
         *         .server(cfg -> cfg.httpsPort(0).tlsDir(Path.of("target/tls")).serveMedia(true))
         *         .build();
         * }</pre>
         */
        public Builder server(Consumer<? super ServerConfig> options) {
            this.serverOptions = Objects.requireNonNull(options, "options");
            return this;
        }

        /** Webhook receivers subscribed to each test's site; see {@link WithFakeMediaManager#webhooks()}. */
        public Builder webhook(String... urls) {
            webhookUrls.addAll(Arrays.asList(urls));
            return this;
        }

        /** Serves the fake over HTTP; see {@link WithFakeMediaManager#http()}. */
        public Builder http(boolean http) {
            this.http = http;
            return this;
        }

        /** The test's site id; see {@link WithFakeMediaManager#siteId()}. */
        public Builder siteId(String siteId) {
            this.siteId = Objects.requireNonNull(siteId, "siteId");
            return this;
        }

        /**
         * The API key handed out by {@link FakeMediaManagerHttp#apiKey()}; the shared server accepts it for every site,
         * also in {@link AuthMode#STRICT} mode ({@code server(cfg -> cfg.auth(AuthMode.STRICT))}).
         */
        public Builder apiKey(String apiKey) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            return this;
        }

        /** Classpath JSON scenarios applied to each test's site, in order, before the Java ones. */
        public Builder scenarioFile(String... resources) {
            scenarioFiles.addAll(Arrays.asList(resources));
            return this;
        }

        /**
         * Java set-up run against each test's fresh site, after the scenario files: scenarios
         * ({@code site -> site.scenarios().on(...)...}), seed files, limits.
         */
        public Builder scenario(Consumer<? super MediaSite> setup) {
            scenarioSetups.add(Objects.requireNonNull(setup, "setup"));
            return this;
        }

        /** Shortcut for {@code scenario(site -> setup.accept(site.scenarios()))}. */
        public Builder scenarios(Consumer<Scenarios> setup) {
            Objects.requireNonNull(setup, "setup");
            return scenario(site -> setup.accept(site.scenarios()));
        }

        /**
         * Each test's site on the shared server runs on a clock of its own, starting where the server's clock started;
         * see {@link WithFakeMediaManager#ownClock()}.
         */
        public Builder ownClock(boolean ownClock) {
            this.ownClock = ownClock;
            return this;
        }

        /** How widely the HTTP server is shared. */
        public Builder serverScope(ServerScope serverScope) {
            this.serverScope = Objects.requireNonNull(serverScope, "serverScope");
            return this;
        }

        /**
         * The extension, to assign to a {@code @RegisterExtension static} field.
         *
         * @throws ExtensionConfigurationException when a setting is invalid (e.g. a blank site id)
         */
        public FakeMediaManagerExtension build() {
            return new FakeMediaManagerExtension(FakeSettings.builder(
                    http,
                    siteId,
                    apiKey,
                    scenarioFiles,
                    scenarioSetups,
                    serverScope,
                    webhookUrls,
                    fakeOptions,
                    serverOptions,
                    ownClock));
        }
    }
}
