package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.SiteId;
import dev.fakewix.media.http.AuthMode;
import dev.fakewix.media.http.ServerConfig;
import dev.fakewix.media.junit.ServerScope;
import dev.fakewix.media.junit.WithFakeMediaManager;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The resolved configuration of one test's fake, from an annotation or from the builder.
 *
 * @param siteId         the fixed site id, {@code null} for the default (in-process) or one per test (HTTP)
 * @param readiness      the readiness of each test's site, {@code null} for the fake's own (a builder registration's
 *                       {@code fake(b -> b.readiness(...))})
 * @param clockStart     where the clock starts, {@code null} to follow wall time
 * @param limits         site limits, {@code null} for the fake's default (no quota)
 * @param scenarioFiles  classpath resources with JSON scenarios
 * @param scenarioSetups Java scenarios, run against each test's site after the files
 * @param webhookUrls    receivers subscribed to every event of each test's site for the test's duration
 * @param origin         where the settings come from, for messages (e.g. {@code @WithFakeMediaManager on FooTest})
 * @param tokenSecret    the pinned token secret, {@code null} for a random one
 * @param allowedHosts   host names the HTTP server answers besides loopback
 * @param fakeOptions    the user's configuration of the core's builder, applied after these settings
 * @param serverOptions  the user's configuration of the HTTP server, applied after these settings
 * @param ownClock       whether each test's site on a shared server runs on a clock of its own
 * @param hosting        the shared server's HTTPS port, Wix host names and served media
 */
@API(status = API.Status.INTERNAL)
public record FakeSettings(
        boolean http,
        String siteId,
        long seed,
        ReadinessPolicy readiness,
        AuthMode auth,
        String apiKey,
        Instant clockStart,
        List<String> scenarioFiles,
        List<Consumer<? super MediaSite>> scenarioSetups,
        SiteLimits limits,
        ServerScope serverScope,
        int journalCapacity,
        String origin,
        String tokenSecret,
        List<String> allowedHosts,
        List<String> webhookUrls,
        Consumer<? super FakeMediaManager.Builder> fakeOptions,
        Consumer<? super ServerConfig> serverOptions,
        boolean ownClock,
        ServerHosting hosting) {
    /** No user configuration of the core's builder or of the server. */
    public static final Consumer<Object> NO_OPTIONS = options -> {};

    /** How many requests a shared server's journal keeps unless told otherwise (as {@link WithFakeMediaManager#journalCapacity()}). */
    static final int DEFAULT_JOURNAL_CAPACITY = 10_000;

    public FakeSettings {
        Objects.requireNonNull(fakeOptions, "fakeOptions");
        Objects.requireNonNull(serverOptions, "serverOptions");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(serverScope, "serverScope");
        Objects.requireNonNull(origin, "origin");
        hosting = hosting == null ? ServerHosting.NONE : hosting;
        scenarioFiles = List.copyOf(scenarioFiles);
        scenarioSetups = List.copyOf(scenarioSetups);
        webhookUrls = List.copyOf(webhookUrls);
        allowedHosts = List.copyOf(allowedHosts);
        if (tokenSecret != null && tokenSecret.isEmpty()) {
            tokenSecret = null; // the annotation's default: a random secret
        }
        for (String host : allowedHosts) {
            if (host.isBlank()) {
                throw new ExtensionConfigurationException(
                        origin + ": allowHosts must not contain a blank name; use \"*\" to allow every host");
            }
        }
        if (siteId != null) {
            checkSiteId(siteId, origin);
        }
        if (apiKey.isBlank()) {
            throw new ExtensionConfigurationException(
                    origin + ": apiKey must not be blank; remove it to use the default \""
                            + WithFakeMediaManager.DEFAULT_API_KEY + "\"");
        }
        if (journalCapacity < 0) {
            throw new ExtensionConfigurationException(
                    origin + ": journalCapacity must be >= 0 (0 keeps no request), was " + journalCapacity);
        }
    }

    /**
     * The settings of a builder registration: the extension's own settings, the rest at the annotation's defaults,
     * left to the user's configuration of the core's builder and of the server (applied after them).
     */
    public static FakeSettings builder(
            boolean http,
            String siteId,
            String apiKey,
            List<String> scenarioFiles,
            List<Consumer<? super MediaSite>> scenarioSetups,
            ServerScope serverScope,
            List<String> webhookUrls,
            Consumer<? super FakeMediaManager.Builder> fakeOptions,
            Consumer<? super ServerConfig> serverOptions,
            boolean ownClock) {
        return new FakeSettings(
                http,
                siteId,
                0,
                null,
                AuthMode.PERMISSIVE,
                apiKey,
                Instant.parse(WithFakeMediaManager.DEFAULT_INSTANT),
                scenarioFiles,
                scenarioSetups,
                null,
                serverScope,
                DEFAULT_JOURNAL_CAPACITY,
                "FakeMediaManagerExtension.builder() registration",
                null,
                List.of(),
                webhookUrls,
                fakeOptions,
                serverOptions,
                ownClock,
                ServerHosting.NONE);
    }

    /** The settings of {@code @ExtendWith(FakeMediaManagerExtension.class)} alone: every default. */
    public static FakeSettings defaults(String origin) {
        return new FakeSettings(
                false,
                null,
                0,
                Readiness.ready(),
                AuthMode.PERMISSIVE,
                WithFakeMediaManager.DEFAULT_API_KEY,
                Instant.parse(WithFakeMediaManager.DEFAULT_INSTANT),
                List.of(),
                List.of(),
                null,
                ServerScope.PER_RUN,
                DEFAULT_JOURNAL_CAPACITY,
                origin,
                null,
                List.of(),
                List.of(),
                NO_OPTIONS,
                NO_OPTIONS,
                false,
                ServerHosting.NONE);
    }

    /** Reads an annotation, refusing inconsistent attributes with a message that says what to write instead. */
    public static FakeSettings of(WithFakeMediaManager a, String origin) {
        return new FakeSettings(
                a.http(),
                a.siteId().isEmpty() ? null : a.siteId(),
                a.seed(),
                readiness(a.readiness(), origin),
                a.auth(),
                a.apiKey(),
                clock(a.fixedClock(), origin),
                List.of(a.scenarios()),
                List.of(),
                null,
                a.serverScope(),
                a.journalCapacity(),
                origin,
                a.tokenSecret(),
                List.of(a.allowHosts()),
                List.of(a.webhooks()),
                NO_OPTIONS,
                NO_OPTIONS,
                a.ownClock(),
                ServerHosting.of(a, origin));
    }

    /** The key of the shared server these settings ask for. */
    public ServerKey serverKey() {
        return new ServerKey(
                serverScope,
                auth,
                apiKey,
                clockStart,
                seed,
                journalCapacity,
                tokenSecret,
                Set.copyOf(allowedHosts),
                fakeOptions,
                serverOptions,
                hosting);
    }

    /**
     * A new in-process fake: these settings' seed, clock, token secret, readiness and limits, then the user's
     * configuration of the core's builder.
     */
    public FakeMediaManager newFake() {
        FakeMediaManager.Builder builder = coreBuilder(seed, clockStart, tokenSecret)
                .siteId(siteId == null ? FakeMediaManager.DEFAULT_SITE_ID : siteId);
        if (readiness != null) {
            builder.readiness(readiness);
        }
        if (limits != null) {
            builder.limits(limits);
        }
        fakeOptions.accept(builder);
        return builder.build();
    }

    /** The core's builder with a seed, a clock at {@code clockStart} ({@code null}: wall time) and a token secret. */
    static FakeMediaManager.Builder coreBuilder(long seed, Instant clockStart, String tokenSecret) {
        FakeMediaManager.Builder builder = FakeMediaManager.builder()
                .seed(seed)
                .clock(clockStart == null ? VirtualClock.followingWallTime() : VirtualClock.frozenAt(clockStart));
        if (tokenSecret != null) {
            builder.tokenSecret(tokenSecret);
        }
        return builder;
    }

    /** The annotation's readiness: the core's text form, read by the core. */
    static ReadinessPolicy readiness(String readiness, String origin) {
        try {
            return ReadinessPolicy.parse(readiness);
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(
                    origin + ": readiness = \"" + readiness + "\": " + e.getMessage()
                            + "; write e.g. readiness = \"readyAfter 5m\"",
                    e);
        }
    }

    static Instant clock(String fixedClock, String origin) {
        if (WithFakeMediaManager.WALL_TIME.equals(fixedClock)) {
            return null;
        }
        try {
            return Instant.parse(fixedClock.trim());
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException(
                    origin + ": fixedClock = \"" + fixedClock
                            + "\" is not an ISO-8601 instant; write e.g. \"2024-01-01T00:00:00Z\", or WithFakeMediaManager.WALL_TIME"
                            + " for a clock that follows real time",
                    e);
        }
    }

    static void checkSiteId(String siteId, String origin) {
        if (!SiteId.isValid(siteId)) {
            throw new ExtensionConfigurationException(
                    origin + ": siteId must be 1.." + SiteId.MAX_LENGTH + " characters (a GUID at Wix), was \"" + siteId
                            + "\"; leave it empty for a site of the test's own");
        }
    }
}
