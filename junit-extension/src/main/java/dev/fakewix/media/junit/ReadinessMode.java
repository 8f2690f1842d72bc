package dev.fakewix.media.junit;

import dev.fakewix.media.core.ReadinessPolicy;
import org.apiguardian.api.API;

/**
 * How new files leave {@code PENDING} in a test, as chosen by {@link WithFakeMediaManager#readiness()}. For anything
 * finer (per media type, per folder, failing files) build a {@link ReadinessPolicy} and pass it to
 * the core's builder through {@link FakeMediaManagerExtension.Builder#fake fake(b -> b.readiness(policy))}, or set it in the test with
 * {@code site.scenarios().readiness(policy)}.
 *
 * <pre>{@code
 * @WithFakeMediaManager(readiness = ReadinessMode.AFTER, readyAfter = "5m")
 * class SlowProcessingTest { ... }   // files turn READY when the test advances the VirtualClock by 5 minutes
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ReadinessMode {
    /** Files turn READY at once: the import response says PENDING, the next read says READY (the default). */
    IMMEDIATE,
    /** Files stay PENDING until the test calls {@code lifecycle.markReady(id)} or {@code markFailed(...)}. */
    MANUAL,
    /** Files turn READY once the fake's {@code VirtualClock} has moved by {@link WithFakeMediaManager#readyAfter()}. */
    AFTER,
    /**
     * Files turn READY after {@link WithFakeMediaManager#readyAfter()} of real time, for code under test that polls
     * in real time (pair it with {@code MediaAwait}).
     */
    AFTER_WALL_TIME
}
