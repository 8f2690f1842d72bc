package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.MediaManagerException;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteSnapshot;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.WebhookSigningKey;
import dev.fakewix.media.core.Webhooks;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.ServerConfig;
import dev.fakewix.media.http.internal.tls.TlsSetupException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * {@code java -jar fake-wix-media-manager-standalone.jar [options]}: the fake as a standalone server. Prints one line,
 * {@code Fake Wix Media Manager listening on http://HOST:PORT}, when it is ready, and stops cleanly on SIGTERM.
 * Bad options print what is wrong and exit with status 2.
 *
 * <p>Every option also has an environment variable, derived from its name ({@link #environmentVariable}): the way a
 * container is configured. The option table ({@link Options#VALUED}, {@link Options#SWITCHES}) is the one list both
 * read, so an option added there has its variable with no further code.
 */
@API(status = API.Status.INTERNAL)
public final class StandaloneServer {
    static final String USAGE = """
            Usage: java -jar fake-wix-media-manager-standalone.jar [options]

            Serves a fake Wix Media Manager: the REST API at /site-media/v1, the admin API at /_fake,
            upload and download URLs at /_wixmp, and a web dashboard at /_fake/ui.

            Options:
              --port N              TCP port; 0 picks a free one (default 8080)
              --host ADDRESS        address to listen on (default 127.0.0.1; 0.0.0.0 for all interfaces)
              --auth MODE           off | permissive | strict (default permissive: any non-empty Authorization)
              --keys FILE           API keys of strict mode, JSON:
                                      {"keys":[{"key":"k1","sites":["<siteId>" or "*"],"permission":"read|manage"}]}
              --state FILE          seeds sites from a JSON snapshot file (one snapshot, an array, or {"sites":[...]}),
                                    as GET /_fake/sites/{siteId}/state exports them
              --seed N              seed of ids and tokens (default 0)
              --site-id ID          the default site, used when a request has no wix-site-id header
              --readiness WORDS     how new files leave PENDING: ready (default), manual, "readyAfter 5m" (on the
                                    fake's clock), "afterReads 3", "failed CODE", ... (ReadinessPolicy.parse)
              --journal-capacity N  requests kept by the journal (default 1000; at most 32 MiB of them)
              --token-secret S      secret that signs upload/download tokens, for identical URLs across runs
                                    (default: random per start, so nobody can mint a token)
              --allow-host NAME     also answer requests whose Host is NAME (e.g. the container's name; * for
                                    any); default: loopback and localhost only; repeatable
              --admin-token T       token the admin API requires in X-Fake-Admin-Token; "none" for no token
                                    (default: none, except with --auth strict: a random one, printed at start)
              --scenario [SITE=]FILE  applies a JSON scenario (errors, latency, faults, readiness, limits) to a
                                    site (default: the default site); repeatable
              --webhook [SITE=]URL  delivers a site's webhook events (default: the default site's) to URL, a
                                    receiver on this machine that is already listening; repeatable
              --webhook-key FILE    signs webhooks with this RSA private key (PEM); default: a random key
                                    (GET /_fake/webhooks/public-key serves the public key)
              --account-id GUID     the account id webhook events carry in accountInfo.accountId
                                    (default %s)
              --clock MODE          the fake's clock: wall (default: follows the wall clock) or fixed (stands still
                                    until the admin API moves it: POST /_fake/clock/advance)
              --clock-at INSTANT    the clock's time at start, ISO-8601 such as 2024-01-01T00:00:00Z (default: now);
                                    with --clock wall it follows the wall clock from there
              --data-dir DIR        keeps the state in DIR (made when missing; one server at a time): sites, files,
                                    folders, trash, bytes, scenarios and the clock survive a restart, and every
                                    write is on disk before its answer; --state, --scenario and --clock-at then
                                    seed only what DIR does not hold yet (default: in memory only)
              --no-dashboard        does not serve the web dashboard at /_fake/ui
              --https-port N        also serves every route over HTTPS on port N (0 picks a free one), with a
                                    certificate from the fake's own CA; the CA certificate's file is printed at
                                    start and served at GET /_fake/tls/ca.pem
              --tls-dir DIR         where that CA lives: ca.pem and ca-key.pem (owner-only), created on first use;
                                    put your own CA there to use it (default ~/.fake-wix-media-manager/tls)
              --wix-hosts           the HTTPS port answers Wix's host names as Wix does (www.wixapis.com,
                                    static.wixstatic.com, video.wixstatic.com, the wixmp.com upload and download
                                    hosts) and answers carry Wix's own https URLs: map those names to the fake
                                    (hosts file, docker-compose extra_hosts), trust the CA, run code unchanged
              --serve-media         media URLs in answers (file.url, thumbnails, video renditions) point at the
                                    fake, which serves them: uploaded bytes, placeholder images for imports
              --help                prints this text

            Every option can also be set by an environment variable: FAKE_WIX_ and the option's name in capitals,
            dashes as underscores (--journal-capacity 50 is FAKE_WIX_JOURNAL_CAPACITY=50). An option on the
            command line wins over its variable; a repeatable option takes a comma-separated list; a switch such
            as --no-dashboard takes true or false; an empty variable counts as unset.
            """.formatted(Webhooks.DEFAULT_ACCOUNT_ID);

    private StandaloneServer() {}

    /** What every environment variable of an option starts with. */
    static final String ENV_PREFIX = "FAKE_WIX_";

    public static void main(String[] args) {
        quietLogging();
        noJettyMBeanProbe();
        Options options;
        try {
            options = Options.parse(args, System.getenv());
        } catch (BadOption e) {
            // one line: a container's log shows it whole, next to the exit status 2
            System.err.println("error: " + e.getMessage() + " (run with --help to see the options)");
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(USAGE);
            return;
        }
        FakeMediaManagerServer server;
        try {
            server = start(options);
        } catch (BadOption e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        } catch (TlsSetupException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("error: the server could not start: " + e);
            System.exit(1);
            return;
        }
        FakeMediaManagerServer running = server;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            running.fake()
                                    .close(); // the server's own fake: its temporary upload directory goes with it
                        },
                        "fake-wix-media-manager-shutdown"));
        PrintStream out = System.out;
        out.println("Fake Wix Media Manager listening on " + server.baseUri());
        server.httpsUri()
                .ifPresent(https -> out.println("HTTPS on " + https + "; CA certificate: "
                        + server.caCertificateFile().map(Object::toString).orElse("?")
                        + " (trust it with NODE_EXTRA_CA_CERTS,"
                        + " REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE or a Java truststore)"));
        out.flush();
        if (options.adminToken == null && server.adminToken().isPresent()) {
            System.err.println("Admin API token (send it as " + FakeMediaManagerServer.ADMIN_TOKEN_HEADER + "): "
                    + server.adminToken().get());
        }
    }

    static FakeMediaManagerServer start(Options options) {
        FakeMediaManager.Builder builder = FakeMediaManager.builder()
                .seed(options.seed)
                .readiness(options.readiness)
                .clock(options.clock());
        if (options.siteId != null) {
            builder.siteId(options.siteId);
        }
        if (options.webhookKeyFile != null) {
            try {
                builder.webhookKey(WebhookSigningKey.fromPem(Files.readString(options.webhookKeyFile)));
            } catch (IOException e) {
                throw new BadOption("cannot read --webhook-key " + options.webhookKeyFile + ": " + e);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--webhook-key " + options.webhookKeyFile + " is not usable: " + e.getMessage());
            }
        }
        if (options.tokenSecret != null) {
            builder.tokenSecret(options.tokenSecret);
        }
        if (options.accountId != null) {
            try {
                builder.accountId(options.accountId);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--account-id: " + e.getMessage());
            }
        }
        if (options.dataDir != null) {
            builder.dataDirectory(options.dataDir);
        }
        FakeMediaManager fake;
        try {
            fake = builder.build();
        } catch (IllegalStateException | UncheckedIOException e) {
            if (options.dataDir == null) {
                throw e;
            }
            throw new BadOption(e.getMessage()); // the data directory's own words: which one, what is wrong, what to do
        }
        try {
            return serve(fake, options);
        } catch (RuntimeException | Error e) {
            fake.close(); // releases the data directory
            throw e;
        }
    }

    private static FakeMediaManagerServer serve(FakeMediaManager fake, Options options) {
        // sites a data directory brought back are not seeded again: their state is newer than the files'
        Set<String> kept = Set.copyOf(fake.siteIds());
        if (options.stateFile != null) {
            for (SiteSnapshot snapshot : readState(options.stateFile, fake.defaultSiteId())) {
                if (kept.contains(snapshot.siteId())) {
                    continue;
                }
                try {
                    fake.site(snapshot.siteId()).restore(snapshot);
                } catch (MediaManagerException e) {
                    throw new BadOption("--state " + options.stateFile + ": the snapshot of site " + snapshot.siteId()
                            + " would break it: " + describe(e));
                }
            }
        }
        for (String[] scenario : options.scenarios) {
            String siteId = scenario[0] == null ? fake.defaultSiteId() : scenario[0];
            if (kept.contains(siteId)) {
                continue;
            }
            try {
                fake.site(siteId).scenarios().apply(Files.readString(Path.of(scenario[1])));
            } catch (IOException e) {
                throw new BadOption("cannot read --scenario " + scenario[1] + ": " + e);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--scenario " + scenario[1] + " is not a valid scenario: " + e.getMessage());
            }
        }
        List<ApiKey> keys = options.keysFile == null ? List.of() : readKeys(options.keysFile);
        if (options.auth == AuthMode.STRICT && keys.isEmpty()) {
            throw new BadOption("--auth strict needs --keys FILE with at least one key");
        }
        Consumer<ServerConfig> config = c -> {
            c.port(options.port)
                    .host(options.host)
                    .auth(options.auth)
                    .journalCapacity(options.journalCapacity)
                    .dashboard(options.dashboard);
            keys.forEach(k -> c.apiKey(k.key(), k.siteIds(), k.canWrite()));
            c.allowHost(options.allowedHosts.toArray(new String[0]));
            if (options.adminToken != null) {
                c.adminToken(options.adminToken.equalsIgnoreCase("none") ? null : options.adminToken);
            }
            options.hosting(c);
        };
        FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config);
        try {
            for (String[] webhook : options.webhooks) {
                fake.webhooks().subscribe(webhook[0] == null ? fake.defaultSiteId() : webhook[0], webhook[1]);
            }
        } catch (IllegalArgumentException e) {
            server.close();
            throw new BadOption("--webhook: " + e.getMessage());
        }
        return server;
    }

    /** Streamed, as {@code PUT .../state} is: a file of any size the export wrote seeds the server. */
    private static List<SiteSnapshot> readState(Path file, String defaultSiteId) {
        // strings outside content as long as a JSON body may be (the server's default cap, 10 MiB)
        SnapshotReader reader = new SnapshotReader(10L * 1024 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            return reader.readAll(in, defaultSiteId);
        } catch (IOException e) {
            throw new BadOption("cannot read --state " + file + ": " + e);
        } catch (MediaManagerException e) {
            throw new BadOption("--state " + file + " is not a valid snapshot file: " + describe(e));
        } catch (RuntimeException e) {
            throw new BadOption("--state " + file + " is not a valid snapshot file: " + e.getMessage());
        }
    }

    private static List<ApiKey> readKeys(Path file) {
        try {
            return KeysFile.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadOption("cannot read --keys " + file + ": " + e);
        } catch (MediaManagerException e) {
            throw new BadOption("--keys " + file + " is not a valid keys file: " + describe(e));
        } catch (RuntimeException e) {
            throw new BadOption("--keys " + file + " is not a valid keys file: " + e.getMessage());
        }
    }

    private static String describe(MediaManagerException e) {
        if (e.fieldViolations().isEmpty()) {
            return e.getMessage();
        }
        List<String> parts = new ArrayList<>();
        for (FieldViolation v : e.fieldViolations()) {
            parts.add(v.field() + " " + v.description());
        }
        return String.join("; ", parts);
    }

    /** {@code --journal-capacity} is read from {@code FAKE_WIX_JOURNAL_CAPACITY}. */
    static String environmentVariable(String option) {
        return ENV_PREFIX + option.substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Every option a user can set, on the command line or by its environment variable, sorted. */
    static List<String> options() {
        TreeSet<String> all = new TreeSet<>(Options.VALUED);
        all.addAll(Options.SWITCHES);
        return List.copyOf(all);
    }

    /** The standalone server logs warnings only, unless the user set slf4j-simple's properties. */
    private static void quietLogging() {
        // the core warns through java.util.logging (a torn log tail at start): one line, as the server's own lines
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%4$s: %5$s%6$s%n");
        }
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        if (System.getProperty("org.slf4j.simpleLogger.logFile") == null) {
            System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        }
    }

    /**
     * Jetty sizes some padding by how many object references fit in a cache line and, unless told, asks the JVM
     * through the platform MBean server whether references are compressed: that starts JMX, 160 classes and a tenth
     * of the start-up, for a padding size. Told here: 16, what a 64-byte line holds of compressed references, the
     * JVM's default below 32 GB of heap (and what Jetty falls back to when the probe fails, as in the container image,
     * whose runtime has no jdk.management).
     */
    private static void noJettyMBeanProbe() {
        if (System.getProperty("org.eclipse.jetty.util.referencesPerCacheLine") == null) {
            System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        }
    }

    /** A command-line mistake: its message says what is wrong. */
    static final class BadOption extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }

    /** Parsed command-line options. */
    static final class Options {
        int port = 8080;
        String host = "127.0.0.1";
        AuthMode auth = AuthMode.PERMISSIVE;
        Path keysFile;
        Path stateFile;
        long seed;
        String siteId;
        ReadinessPolicy readiness = Readiness.ready();
        int journalCapacity = 1000;
        List<String[]> scenarios = new ArrayList<>();
        List<String[]> webhooks = new ArrayList<>();
        Path webhookKeyFile;
        Path dataDir;
        String tokenSecret;
        String accountId;
        boolean fixedClock;
        Instant clockAt;
        List<String> allowedHosts = new ArrayList<>();
        String adminToken;
        boolean help;
        boolean dashboard = true;
        Integer httpsPort;
        Path tlsDir;
        boolean wixHosts;
        boolean serveMedia;

        /** The options that take a value: the option table, with {@link #SWITCHES}. */
        static final Set<String> VALUED = Set.of(
                "--port",
                "--host",
                "--auth",
                "--keys",
                "--state",
                "--seed",
                "--site-id",
                "--readiness",
                "--journal-capacity",
                "--scenario",
                "--token-secret",
                "--allow-host",
                "--admin-token",
                "--webhook",
                "--webhook-key",
                "--account-id",
                "--clock",
                "--clock-at",
                "--https-port",
                "--tls-dir",
                "--data-dir");
        /** The options that take no value (their environment variable takes true or false). */
        static final Set<String> SWITCHES = Set.of("--no-dashboard", "--wix-hosts", "--serve-media");
        /** The valued options that may be given more than once (their environment variable takes a comma-separated list). */
        static final Set<String> REPEATABLE = Set.of("--allow-host", "--scenario", "--webhook");

        static Options parse(String[] args) {
            return parse(args, Map.of());
        }

        /**
         * The environment's {@value StandaloneServer#ENV_PREFIX}* variables first, then the command line, which wins for
         * an option that takes one value and adds to a repeatable one. A variable that names no option is a mistake, as
         * an unknown option is: a misspelt one would otherwise be ignored without a word.
         */
        static Options parse(String[] args, Map<String, String> env) {
            Options o = new Options();
            Map<String, String> variables = new HashMap<>();
            for (String option : options()) {
                variables.put(environmentVariable(option), option);
            }
            for (var variable : new TreeMap<>(env).entrySet()) {
                String name = variable.getKey();
                String value = variable.getValue();
                if (!name.startsWith(ENV_PREFIX) || value.isEmpty()) {
                    continue; // empty counts as unset: compose files pass "${VAR:-}" through
                }
                String option = variables.get(name);
                if (option == null) {
                    throw new BadOption("unknown environment variable " + name + " (the fake reads " + ENV_PREFIX
                            + "* variables named after its options, e.g. " + environmentVariable("--port") + ")");
                }
                try {
                    o.apply(fromVariable(option, value));
                } catch (BadOption e) {
                    throw new BadOption("environment variable " + name + ": " + e.getMessage());
                }
            }
            o.apply(args);
            if (o.keysFile != null && o.auth != AuthMode.STRICT) {
                throw new BadOption("--keys is only used with --auth strict");
            }
            if (o.httpsPort == null && (o.wixHosts || o.tlsDir != null)) {
                throw new BadOption((o.wixHosts ? "--wix-hosts" : "--tls-dir") + " needs --https-port N (Wix's hosts"
                        + " and the fake's CA are about the HTTPS port)");
            }
            if (o.wixHosts && o.serveMedia) {
                throw new BadOption(
                        "--wix-hosts serves media at Wix's own URLs and --serve-media at the fake's:" + " choose one");
            }
            return o;
        }

        /** An environment variable's value as the command-line arguments it stands for. */
        private static String[] fromVariable(String option, String value) {
            if (SWITCHES.contains(option)) {
                return switch (value.trim().toLowerCase(Locale.ROOT)) {
                    case "true" -> new String[] {option};
                    case "false" -> new String[0];
                    default -> throw new BadOption(option + " is a switch: true or false, got '" + value + "'");
                };
            }
            if (REPEATABLE.contains(option)) {
                List<String> args = new ArrayList<>();
                for (String item : value.split(",", -1)) {
                    if (!item.isBlank()) {
                        args.add(option + "=" + item.trim());
                    }
                }
                return args.toArray(new String[0]);
            }
            return new String[] {option + "=" + value};
        }

        private void apply(String[] args) {
            Options o = this;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (name.equals("--help") || name.equals("-h")) {
                    o.help = true;
                    continue;
                }
                if (SWITCHES.contains(name) && value == null) {
                    switch (name) {
                        case "--no-dashboard" -> o.dashboard = false;
                        case "--wix-hosts" -> o.wixHosts = true;
                        case "--serve-media" -> o.serveMedia = true;
                        default -> throw new BadOption("unknown option " + name);
                    }
                    continue;
                }
                if (!name.startsWith("--")) {
                    throw new BadOption("unexpected argument '" + arg + "'");
                }
                if (!VALUED.contains(name)) {
                    throw new BadOption("unknown option " + name);
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new BadOption(name + " needs a value");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--port" -> o.port = intValue(name, value, 0, 65535);
                    case "--host" -> o.host = nonBlank(name, value);
                    case "--auth" -> o.auth = auth(value);
                    case "--keys" -> o.keysFile = existingFile(name, value);
                    case "--state" -> o.stateFile = existingFile(name, value);
                    case "--seed" -> o.seed = longValue(name, value);
                    case "--site-id" -> o.siteId = nonBlank(name, value);
                    case "--readiness" -> o.readiness = readiness(value);
                    case "--journal-capacity" -> o.journalCapacity = intValue(name, value, 0, Integer.MAX_VALUE);
                    case "--token-secret" -> o.tokenSecret = nonBlank(name, value);
                    case "--allow-host" -> o.allowedHosts.add(nonBlank(name, value));
                    case "--admin-token" -> o.adminToken = nonBlank(name, value);
                    case "--scenario" -> {
                        int at = value.indexOf('=');
                        String site = at > 0 ? value.substring(0, at) : null;
                        o.scenarios.add(new String[] {
                            site,
                            existingFile(name, at > 0 ? value.substring(at + 1) : value)
                                    .toString()
                        });
                    }
                    case "--webhook" -> {
                        // SITE=URL when what comes before the first '=' cannot be part of a URL's scheme
                        int at = value.indexOf('=');
                        boolean site = at > 0
                                && !value.substring(0, at).contains(":")
                                && !value.substring(0, at).contains("/");
                        o.webhooks.add(new String[] {
                            site ? value.substring(0, at) : null, site ? value.substring(at + 1) : value
                        });
                    }
                    case "--webhook-key" -> o.webhookKeyFile = existingFile(name, value);
                    case "--account-id" -> o.accountId = nonBlank(name, value);
                    case "--clock" -> o.fixedClock = fixedClock(value);
                    case "--clock-at" -> o.clockAt = instant(name, value);
                    case "--https-port" -> o.httpsPort = intValue(name, value, 0, 65535);
                    case "--tls-dir" -> o.tlsDir = Path.of(nonBlank(name, value));
                    case "--data-dir" -> o.dataDir = Path.of(nonBlank(name, value));
                    default -> throw new BadOption("unknown option " + name);
                }
            }
        }

        /** The clock {@code --clock} and {@code --clock-at} describe. */
        VirtualClock clock() {
            Instant at = clockAt == null ? Instant.now() : clockAt;
            if (fixedClock) {
                return VirtualClock.frozenAt(at);
            }
            VirtualClock clock = VirtualClock.followingWallTime();
            if (clockAt != null) {
                clock.setTo(clockAt);
            }
            return clock;
        }

        private static boolean fixedClock(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "fixed" -> true;
                case "wall" -> false;
                default -> throw new BadOption("--clock must be wall or fixed, got '" + value + "'");
            };
        }

        private static Instant instant(String name, String value) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new BadOption(
                        name + " needs an ISO-8601 instant such as 2024-01-01T00:00:00Z, got '" + value + "'");
            }
        }

        /** The HTTPS port, its CA, Wix's host names and served media, on a server's configuration. */
        void hosting(ServerConfig c) {
            if (httpsPort != null) {
                c.httpsPort(httpsPort);
            }
            if (tlsDir != null) {
                c.tlsDir(tlsDir);
            }
            c.wixHosts(wixHosts).serveMedia(serveMedia);
        }

        private static int intValue(String name, String value, int min, int max) {
            long v = longValue(name, value);
            if (v < min || v > max) {
                throw new BadOption(name + " must be between " + min + " and " + max + ", got " + value);
            }
            return (int) v;
        }

        private static long longValue(String name, String value) {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new BadOption(name + " needs an integer, got '" + value + "'");
            }
        }

        private static String nonBlank(String name, String value) {
            if (value.isBlank()) {
                throw new BadOption(name + " must not be empty");
            }
            return value.trim();
        }

        private static AuthMode auth(String value) {
            try {
                return AuthMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadOption("--auth must be off, permissive or strict, got '" + value + "'");
            }
        }

        private static Path existingFile(String name, String value) {
            Path path = Path.of(value);
            if (!Files.isRegularFile(path)) {
                throw new BadOption(name + " " + value + ": no such file");
            }
            return path;
        }

        private static ReadinessPolicy readiness(String value) {
            try {
                return ReadinessPolicy.parse(value);
            } catch (IllegalArgumentException e) {
                throw new BadOption("--readiness: " + e.getMessage());
            }
        }
    }
}
