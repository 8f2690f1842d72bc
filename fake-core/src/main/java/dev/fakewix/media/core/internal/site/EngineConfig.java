package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.SiteLimits;
import dev.fakewix.media.core.face.TransferUrls;
import dev.fakewix.media.core.internal.content.ContentStore;
import dev.fakewix.media.core.internal.fidelity.RelianceRecording;
import dev.fakewix.media.core.internal.util.Tokens;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What every site of one fake shares: the clocks, the seed, the token signer, the defaults of new sites, where
 * events go and where transfer URLs point.
 *
 * @param wallClock real time, for readiness measured in wall time (injectable so that it too can be tested)
 * @param reliance  whether plain Java calls record the guesses they meet (the faces that report them turn it on)
 * @param guessedReadiness the readiness of new sites when the fake was given none (the guessed default), else
 *                  {@code null}
 * @param eventsHeard whether anyone receives events now (an in-process listener, a webhook subscription): only
 *                  then does a request rely on what its events say
 */
@API(status = API.Status.INTERNAL)
public record EngineConfig(
        Clock clock,
        Clock wallClock,
        long seed,
        Tokens tokens,
        ReadinessPolicy readiness,
        SiteLimits limits,
        Consumer<MediaEvent> events,
        Supplier<TransferUrls> transferUrls,
        ContentStore content,
        RelianceRecording reliance,
        ReadinessPolicy guessedReadiness,
        java.util.function.BooleanSupplier eventsHeard) {}
