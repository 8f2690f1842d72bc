package dev.fakewix.media.core.internal.webhook;

import dev.fakewix.media.core.MediaEvent;
import dev.fakewix.media.core.WebhookFault;
import dev.fakewix.media.core.WebhookSigningKey;
import dev.fakewix.media.core.face.WebhookTransport;
import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.time.Clock;
import java.util.Base64;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The body of a webhook request: the event in Wix's envelope, as an RS256-signed JWT, valid from the fake's clock
 * for as long as Wix's sample JWT is; or one of the broken variants a scripted fault asks for (expired, bad
 * signature).
 *
 * <pre>{@code
 * WebhookJwt jwts = new WebhookJwt(fakeClock, Clock.systemUTC());
 * String body = jwts.sign(event, instanceId, appId, accountId, entityJson, key, null);
 * }</pre>
 *
 * <p>Thread-safe (stateless but for the clocks).
 */
@API(status = API.Status.INTERNAL)
public final class WebhookJwt {
    /** How long a webhook JWT is valid: {@code exp - iat} of the sample JWT on Wix's "Verify requests" page. */
    @Decides(Guess.WEBHOOK_JWT_KID_AND_EXPIRY)
    static final long LIFETIME_SECONDS = 300_000;

    private final Clock clock;
    private final Clock wallClock;

    /**
     * A signer on two clocks.
     *
     * @param clock     the fake's clock ({@code iat})
     * @param wallClock real time, which receivers check {@code exp} on
     */
    public WebhookJwt(Clock clock, Clock wallClock) {
        this.clock = clock;
        this.wallClock = wallClock;
    }

    /** The signed JWT of {@code event}; {@code variant} {@code EXPIRED_JWT} or {@code BAD_SIGNATURE} breaks it. */
    public String sign(
            MediaEvent event,
            String instanceId,
            String appId,
            String accountId,
            WebhookTransport.EntityJson json,
            WebhookSigningKey key,
            WebhookFault.@Nullable Kind variant) {
        long fakeNow = clock.millis() / 1000;
        long wallNow = wallClock.millis() / 1000;
        long iat = fakeNow;
        // valid as long as Wix's sample JWT is (300,000 s), counted from the later clock: receivers check exp against
        // real time, and a fake clock standing in the past must not make every webhook expired
        long exp = Math.max(fakeNow, wallNow) + LIFETIME_SECONDS;
        if (variant == WebhookFault.Kind.EXPIRED_JWT) {
            // expired for a receiver on real time and for one on the fake clock alike
            long earlier = Math.min(fakeNow, wallNow);
            iat = earlier - 7200;
            exp = earlier - 3600;
        }
        String token = key.sign(WebhookEnvelope.claims(event, instanceId, appId, accountId, json, iat, exp));
        return variant == WebhookFault.Kind.BAD_SIGNATURE ? corruptSignature(token) : token;
    }

    /** The same token with one bit of its signature flipped: well-formed, but no key verifies it. */
    private static String corruptSignature(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 0x01;
        return token.substring(0, dot + 1)
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
