package dev.fakewix.media.core.internal.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The one builder of the signed tokens that transfer URLs carry (upload, resumable upload, download, archive). Every
 * token has the same layout: {@code iss}, {@code aud}, {@code iat}, {@code exp}, the URL's own claims, {@code siteId},
 * then the claims that follow it; the order is kept, so a token's bytes are deterministic.
 *
 * <pre>{@code
 * String token = TransferToken.issue(engine, "urn:service:file.download", iat -> iat + 600)
 *         .claim("obj", objects).siteId().claim("assetKey", "src").sign();
 * }</pre>
 */
final class TransferToken {
    static final String ISSUER = "urn:app:fake-wix-media-manager";

    private final SiteEngine engine;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private TransferToken(SiteEngine engine) {
        this.engine = engine;
    }

    /**
     * A token issued now on the site's clock.
     *
     * @param expiry the expiry in epoch seconds, given the issue time in epoch seconds
     */
    static TransferToken issue(SiteEngine engine, String audience, LongUnaryOperator expiry) {
        long iat = engine.clock().millis() / 1000;
        TransferToken token = new TransferToken(engine);
        token.claims.put("iss", ISSUER);
        token.claims.put("aud", List.of(audience));
        token.claims.put("iat", iat);
        token.claims.put("exp", expiry.applyAsLong(iat));
        return token;
    }

    TransferToken claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /** A claim that is left out when {@code value} is {@code null}. */
    TransferToken optionalClaim(String name, Object value) {
        return value == null ? this : claim(name, value);
    }

    /** The site the token is valid for. */
    TransferToken siteId() {
        return claim("siteId", engine.siteId);
    }

    String sign() {
        return engine.config.tokens().sign(claims);
    }
}
