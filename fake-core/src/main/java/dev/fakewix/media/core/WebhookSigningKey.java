package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The RSA key pair the fake signs its webhooks with (RS256, as Wix does): by default a random key made once per JVM,
 * or one you pin: loaded from a PEM private key you keep (so an app config can hold the public key), or derived from
 * a seed. Only JDK crypto.
 *
 * <pre>{@code
 * WebhookSigningKey key = WebhookSigningKey.fromPem(Files.readString(Path.of("webhook-key.pem")));
 * FakeMediaManager fake = FakeMediaManager.builder().webhookKey(key).build();
 * String publicKey = fake.webhooks().signingKey().publicKeyPem();// for AppStrategy({appId, publicKey})
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class WebhookSigningKey {
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    /** {@code {"kid":"...","alg":"RS256"}}, the header of every webhook JWT, as in Wix's sample JWT. */
    private final String header;

    private WebhookSigningKey(RSAPrivateCrtKey privateKey) {
        this.privateKey = privateKey;
        try {
            this.publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            this.keyId = B64URL.encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded()))
                    .substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA and SHA-256 are required by every Java runtime", e);
        }
        this.header = B64URL.encodeToString(
                ("{\"kid\":\"" + keyId + "\",\"alg\":\"RS256\"}").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Keys by seed. Generating one takes 0.1 to a few seconds; a suite that makes a fake per test with one seed pays
     * once. A pure memo of a deterministic function (nothing a test can change), bounded by its size.
     */
    private static final Map<Long, WebhookSigningKey> GENERATED = new ConcurrentHashMap<>();

    /** A fresh random 2048-bit key. */
    public static WebhookSigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), new SecureRandom());
            return new WebhookSigningKey(
                    (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is required by every Java runtime", e);
        }
    }

    /**
     * The key of every fake that was given none: random, made once per JVM on first use (a key costs 0.1 s to a few
     * seconds to make). Never derived from the seed, which is public: nobody can sign webhooks that a receiver
     * trusting the fake's key would accept. Immutable, so sharing it shares no state.
     */
    @Decides(Guess.WEBHOOK_DEFAULT_KEY)
    static WebhookSigningKey processDefault() {
        return ProcessDefault.KEY;
    }

    private static final class ProcessDefault {
        static final WebhookSigningKey KEY = generate();
    }

    /**
     * A 2048-bit key derived from {@code seed}: the same seed gives the same key on the same JDK, so a test can pin
     * it without a PEM file. Anyone who knows the seed can make the same key.
     */
    public static WebhookSigningKey generate(long seed) {
        WebhookSigningKey known = GENERATED.get(seed);
        if (known != null) {
            return known;
        }
        WebhookSigningKey key = derive(seed);
        if (GENERATED.size() < 64) {
            GENERATED.putIfAbsent(seed, key);
        }
        return key;
    }

    private static WebhookSigningKey derive(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(("fake-wix-media-manager-webhooks:" + seed)
                    .getBytes(StandardCharsets.UTF_8)); // before any use: deterministic
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), random);
            return new WebhookSigningKey(
                    (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA and SHA1PRNG are required by every Java runtime", e);
        }
    }

    /**
     * Loads an RSA private key in PEM: PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey}
     * writes) or PKCS#1 ({@code -----BEGIN RSA PRIVATE KEY-----}). Anything else is refused with an
     * {@link IllegalArgumentException} saying what was expected.
     */
    public static WebhookSigningKey fromPem(String pem) {
        Objects.requireNonNull(pem, "pem");
        boolean pkcs1 = pem.contains("-----BEGIN RSA PRIVATE KEY-----");
        boolean pkcs8 = pem.contains("-----BEGIN PRIVATE KEY-----");
        if (!pkcs1 && !pkcs8) {
            throw new IllegalArgumentException("expected an RSA private key in PEM (-----BEGIN PRIVATE KEY----- or "
                    + "-----BEGIN RSA PRIVATE KEY-----), e.g. from `openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048`"
                    + (pem.contains("PUBLIC KEY")
                            ? "; this is a public key, the fake needs the private one to sign"
                            : ""));
        }
        String label = pkcs1 ? "RSA PRIVATE KEY" : "PRIVATE KEY";
        int start = pem.indexOf("-----BEGIN " + label + "-----") + ("-----BEGIN " + label + "-----").length();
        int end = pem.indexOf("-----END " + label + "-----", start);
        if (end < 0) {
            throw new IllegalArgumentException("the PEM has no -----END " + label + "----- line");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(pem.substring(start, end).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PEM body is not valid base64: " + e.getMessage());
        }
        try {
            byte[] pkcs8Der = pkcs1 ? wrapPkcs1(der) : der;
            if (!(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8Der))
                    instanceof RSAPrivateCrtKey key)) {
                throw new IllegalArgumentException(
                        "the PEM holds an RSA key without its CRT parameters; export it in PKCS#8");
            }
            if (key.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("RS256 needs an RSA key of at least 2048 bits, this one has "
                        + key.getModulus().bitLength());
            }
            return new WebhookSigningKey(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the PEM is not an RSA private key: " + e.getMessage());
        }
    }

    /** The public key in PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo), ready for {@code AppStrategy}. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The private key in PKCS#8 PEM, so a generated key can be saved and pinned. */
    public String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The public key, for a JDK {@link Signature} check. */
    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The {@code kid} of the JWT header: 8 characters of the public key's SHA-256, so a receiver can tell keys apart. */
    public String keyId() {
        return keyId;
    }

    /** A compact JWT: the RS256 header, {@code claimsJson} as the payload, and the signature. */
    public String sign(String claimsJson) {
        String unsigned = header + "." + B64URL.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(privateKey);
            rsa.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return unsigned + "." + B64URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is required by every Java runtime", e);
        }
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: {@code SEQUENCE {0, rsaEncryption NULL, OCTET STRING der}}. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] algorithm = {
            0x30,
            0x0d,
            0x06,
            0x09,
            0x2a,
            (byte) 0x86,
            0x48,
            (byte) 0x86,
            (byte) 0xf7,
            0x0d,
            0x01,
            0x01,
            0x01,
            0x05,
            0x00
        };
        byte[] octets = tlv(0x04, pkcs1);
        ByteArrayOutputStream inner = new ByteArrayOutputStream();
        inner.writeBytes(version);
        inner.writeBytes(algorithm);
        inner.writeBytes(octets);
        return tlv(0x30, inner.toByteArray());
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = value.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            byte[] len = BigInteger.valueOf(n).toByteArray();
            int skip = len[0] == 0 ? 1 : 0;
            out.write(0x80 | (len.length - skip));
            out.write(len, skip, len.length - skip);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "WebhookSigningKey[RSA " + publicKey.getModulus().bitLength() + "]";
    }
}
