package dev.fakewix.media.contract;

import java.util.Arrays;

/** Where a contract test runs; {@code contract.targets} (comma-separated ids) chooses among them. */
enum TargetKind {
    /** The fake's HTTP facade in this JVM, on port 0. Always available. */
    IN_PROCESS("in-process", "in-process fake", true),
    /** The standalone jar, started with {@code java -jar} on port 0. */
    STANDALONE_JAR("standalone-jar", "standalone jar", true),
    /** A server that is already running, at {@code contract.baseUrl}. */
    BASE_URL("base-url", "server at base URL", false),
    /** The real Wix API, with {@code WIX_API_KEY} and {@code WIX_SITE_ID}. */
    REAL_WIX("real-wix", "real Wix API", false);

    final String id;
    final String label;
    /** Whether the suite can script the target (scenarios): only then do {@link FakeOnly} tests run on it. */
    final boolean controllable;

    TargetKind(String id, String label, boolean controllable) {
        this.id = id;
        this.label = label;
        this.controllable = controllable;
    }

    static TargetKind byId(String id) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contract.targets: unknown target '" + id + "'; known: "
                        + Arrays.stream(values()).map(k -> k.id).toList()));
    }
}
