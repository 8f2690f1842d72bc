package dev.fakewix.media.contract;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The suite's settings, read from JUnit configuration parameters (which include {@code -D} system properties) and the
 * environment. An environment variable {@code X} can be overridden by the parameter {@code contract.env.X}
 * (blank = unset), which is how the suite tests its own skip rules whatever the machine's environment.
 *
 * <table>
 *   <tr><td>{@code contract.targets}</td><td>comma-separated {@link TargetKind} ids; default all four</td></tr>
 *   <tr><td>{@code WIX_API_KEY}, {@code WIX_SITE_ID}</td><td>both set: the real-API target runs</td></tr>
 *   <tr><td>{@code contract.baseUrl} or {@code WIX_CONTRACT_BASE_URL}</td><td>the base-URL target's server</td></tr>
 *   <tr><td>{@code contract.apiKey}, {@code contract.siteId}</td><td>key and site for the base-URL target</td></tr>
 *   <tr><td>{@code contract.standaloneJar}</td><td>the jar of the standalone target (the build sets it)</td></tr>
 *   <tr><td>{@code contract.requireRealApi}</td><td>{@code true}: missing variables fail the real-API target instead of skipping it (for a CI job that exists to run against Wix)</td></tr>
 *   <tr><td>{@code contract.record}</td><td>{@code true}: a real-API run records the snapshots</td></tr>
 *   <tr><td>{@code contract.wixApiBase}</td><td>where the real-API target sends requests (default Wix; tests of the suite point it at a fake)</td></tr>
 *   <tr><td>{@code WIX_CONTRACT_IMPORT_URL}</td><td>a public PNG the real API can import (default a Wikimedia PNG)</td></tr>
 *   <tr><td>{@code WIX_CONTRACT_VIDEO_URL}</td><td>a public MP4 the real API can import (default a w3schools sample)</td></tr>
 * </table>
 */
record ContractConfig(
        List<TargetKind> targets,
        String wixApiKey,
        String wixSiteId,
        URI wixApiBase,
        URI baseUrl,
        String baseUrlApiKey,
        String baseUrlSiteId,
        Path standaloneJar,
        boolean ci,
        boolean requireRealApi,
        boolean record,
        Path snapshotDir,
        String importUrl,
        String videoUrl) {

    static final String DEFAULT_VIDEO_URL = "https://www.w3schools.com/html/mov_bbb.mp4";
    static final String DEFAULT_IMPORT_URL =
            "https://upload.wikimedia.org/wikipedia/commons/4/47/PNG_transparency_demonstration_1.png";

    static ContractConfig from(ExtensionContext context) {
        List<TargetKind> targets = param(context, "contract.targets")
                .map(t -> Arrays.stream(t.split(","))
                        .filter(s -> !s.isBlank())
                        .map(TargetKind::byId)
                        .toList())
                .orElse(List.of(TargetKind.values()));
        return new ContractConfig(
                targets,
                env(context, "WIX_API_KEY").orElse(null),
                env(context, "WIX_SITE_ID").orElse(null),
                URI.create(param(context, "contract.wixApiBase").orElse("https://www.wixapis.com")),
                param(context, "contract.baseUrl")
                        .or(() -> env(context, "WIX_CONTRACT_BASE_URL"))
                        .map(URI::create)
                        .orElse(null),
                param(context, "contract.apiKey").orElse("contract-suite-key"),
                param(context, "contract.siteId").orElse(null),
                param(context, "contract.standaloneJar").map(Path::of).orElse(null),
                env(context, "CI").map("true"::equalsIgnoreCase).orElse(false),
                param(context, "contract.requireRealApi")
                        .map("true"::equalsIgnoreCase)
                        .orElse(false),
                param(context, "contract.record").map("true"::equalsIgnoreCase).orElse(false),
                param(context, "contract.snapshotDir").map(Path::of).orElse(null),
                env(context, "WIX_CONTRACT_IMPORT_URL").orElse(DEFAULT_IMPORT_URL),
                env(context, "WIX_CONTRACT_VIDEO_URL").orElse(DEFAULT_VIDEO_URL));
    }

    /** Why {@code kind} cannot run here, or empty when it can. */
    Optional<String> unavailable(TargetKind kind) {
        return switch (kind) {
            case IN_PROCESS -> Optional.empty();
            case STANDALONE_JAR ->
                (standaloneJar != null && standaloneJar.toFile().isFile()) || ci
                        ? Optional.empty()
                        : Optional.of(
                                "standalone jar: skipped, no jar at " + standaloneJar
                                        + " (a reactor build, mvn -B verify, packages http-facade first; CI=true makes this a failure)");
            case BASE_URL ->
                baseUrl != null
                        ? Optional.empty()
                        : Optional.of(
                                "server at base URL: skipped, no contract.baseUrl (or WIX_CONTRACT_BASE_URL) given");
            case REAL_WIX ->
                (wixApiKey != null && wixSiteId != null) || requireRealApi
                        ? Optional.empty()
                        : Optional.of("real Wix API: skipped because WIX_API_KEY and WIX_SITE_ID are not both set"
                                + " (set them to run the suite against your own site)");
        };
    }

    private static Optional<String> param(ExtensionContext context, String key) {
        return context.getConfigurationParameter(key).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Optional<String> env(ExtensionContext context, String name) {
        Optional<String> override = context.getConfigurationParameter("contract.env." + name);
        String value = override.isPresent() ? override.get() : System.getenv(name);
        return Optional.ofNullable(value).map(String::trim).filter(s -> !s.isEmpty());
    }
}
