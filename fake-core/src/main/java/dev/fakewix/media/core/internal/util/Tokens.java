package dev.fakewix.media.core.internal.util;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Signs and verifies the fake's JWTs (HS256), in the shape Wix's upload and download tokens have. The key is a secret:
 * random per fake unless the user pins one ({@code FakeMediaManager.Builder.tokenSecret}). It is never derived from
 * the id seed, which is public (a test's source, a server's command line): with a seed-derived key anyone could mint a
 * token that downloads a private file.
 */
@API(status = API.Status.INTERNAL)
@Decides(Guess.TOKEN_SIGNING_SECRET)
public final class Tokens {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final String HEADER =
            B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;

    /** A signer with {@code secret} as its HMAC key (at least 1 byte). */
    public Tokens(byte[] secret) {
        if (secret == null || secret.length == 0) {
            throw new IllegalArgumentException("a token secret needs at least one byte");
        }
        this.key = secret.clone();
    }

    /** A signer with a fresh random 256-bit key, as every fake gets unless a secret is pinned. */
    public static Tokens withRandomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new Tokens(secret);
    }

    public String sign(Map<String, Object> claims) {
        String payload = B64.encodeToString(Json.write(claims).getBytes(StandardCharsets.UTF_8));
        String unsigned = HEADER + "." + payload;
        return unsigned + "." + B64.encodeToString(hmac(unsigned));
    }

    /** The claims of a token this fake signed, or empty if it is malformed or the signature does not match. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] expected = hmac(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            Object claims = Json.parse(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8));
            return claims instanceof Map<?, ?> m
                    ? Optional.of(new LinkedHashMap<>((Map<String, Object>) m))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] hmac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java 17 runtime", e);
        }
    }
}
