package dev.fakewix.media.http.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jcajce.io.OutputStreamFactory;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The fake's certificate authority, kept in a directory ({@code --tls-dir}) so that a CA trusted once stays trusted:
 * {@value #CERTIFICATE_FILE} (the CA certificate, to hand to clients) and {@value #KEY_FILE} (its private key, written
 * owner-only and never served). The first start creates both; later starts, in this or another process, read them.
 * A user brings their own CA by putting its certificate and key there under those names (PEM; the key as PKCS#8,
 * PKCS#1 or SEC1, unencrypted).
 *
 * <pre>{@code
 * CertificateAuthority ca = CertificateAuthority.openOrCreate(Path.of("/home/me/.fake-wix-media-manager/tls"));
 * ServerIdentity identity = ca.issueServerCertificate(List.of("localhost", "127.0.0.1", "www.wixapis.com"));
 * }</pre>
 *
 * <p>Certificates are dated by the machine's real clock, never the fake's virtual one: clients check them against
 * real time. Thread-safe; creating the files is safe across threads and processes (a lock file in the directory).
 */
@API(status = API.Status.INTERNAL)
public final class CertificateAuthority {
    /** The CA certificate's file name in the TLS directory. */
    public static final String CERTIFICATE_FILE = "ca.pem";
    /** The CA private key's file name in the TLS directory. */
    public static final String KEY_FILE = "ca-key.pem";

    private static final String LOCK_FILE = ".lock";
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    /** The longest validity browsers accept for a server certificate (398 days), less a day of margin. */
    private static final Duration SERVER_VALIDITY = Duration.ofDays(397);
    /** Server certificates start an hour early, for clients whose clock is a little behind. */
    private static final Duration BACKDATE = Duration.ofHours(1);

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** One process creating the files at a time within this JVM; the lock file covers other processes. */
    private static final ReentrantLock CREATING = new ReentrantLock();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final X509Certificate certificate;
    private final PrivateKey key;
    private final Clock clock;

    private CertificateAuthority(Path directory, X509Certificate certificate, PrivateKey key, Clock clock) {
        this.directory = directory;
        this.certificate = certificate;
        this.key = key;
        this.clock = clock;
    }

    /**
     * The CA in {@code directory}, created there (with the directory) when the directory holds neither file.
     *
     * @throws TlsSetupException when the directory or its files cannot be used; the message says what to do
     */
    public static CertificateAuthority openOrCreate(Path directory) {
        return openOrCreate(directory, Clock.systemUTC());
    }

    static CertificateAuthority openOrCreate(Path directory, Clock clock) {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new TlsSetupException("--tls-dir " + dir + " is a file, not a directory; name a directory (it is"
                    + " created if missing)");
        }
        Path cert = dir.resolve(CERTIFICATE_FILE);
        Path key = dir.resolve(KEY_FILE);
        if (!Files.exists(cert) && !Files.exists(key)) {
            create(dir, clock);
        }
        return read(dir, clock);
    }

    /** Where the CA certificate is, to hand to clients ({@code NODE_EXTRA_CA_CERTS}, {@code CURL_CA_BUNDLE}...). */
    public Path certificateFile() {
        return directory.resolve(CERTIFICATE_FILE);
    }

    /** The directory this CA lives in. */
    public Path directory() {
        return directory;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The CA certificate in PEM form (never the key). */
    public String certificatePem() {
        return pem("CERTIFICATE", encoded(certificate));
    }

    /**
     * A new server key and certificate, signed by this CA, for {@code names}: DNS names ({@code localhost},
     * {@code *.usrfiles.com}) and IP literals ({@code 127.0.0.1}, {@code ::1}), all in the subject alternative names.
     */
    public ServerIdentity issueServerCertificate(Collection<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a server certificate needs at least one name");
        }
        try {
            KeyPair pair = newKeyPair();
            Instant now = clock.instant();
            Instant notAfter = now.plus(SERVER_VALIDITY);
            if (notAfter.isAfter(certificate.getNotAfter().toInstant())) {
                notAfter = certificate.getNotAfter().toInstant(); // no certificate outlives its issuer
            }
            List<GeneralName> alternatives = new ArrayList<>();
            for (String name : names) {
                alternatives.add(
                        isIpLiteral(name)
                                ? new GeneralName(GeneralName.iPAddress, name)
                                : new GeneralName(GeneralName.dNSName, name));
            }
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.O, "Fake Wix Media Manager")
                    .addRDN(BCStyle.CN, names.iterator().next())
                    .build();
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            certificate,
                            serial(),
                            Date.from(now.minus(BACKDATE)),
                            Date.from(notAfter),
                            subject,
                            pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(
                            Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(
                            Extension.subjectAlternativeName,
                            false,
                            new GeneralNames(alternatives.toArray(new GeneralName[0])))
                    .addExtension(
                            Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()))
                    .addExtension(
                            Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(certificate));
            X509Certificate server = sign(builder, key);
            return new ServerIdentity(pair.getPrivate(), server, certificate, Set.copyOf(names));
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException(
                    "could not issue the server certificate with the CA of " + directory + ": " + e, e);
        }
    }

    // ---------------------------------------------------------------- creating

    @SuppressWarnings("try") // the file lock is held by being open: the body never needs to name it
    private static void create(Path dir, Clock clock) {
        CREATING.lock();
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                ownerOnly(dir, true); // a directory the fake makes; an existing one (the user's) keeps its permissions
            }
            try (FileChannel lockFile = FileChannel.open(
                            dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(dir.resolve(CERTIFICATE_FILE)) || Files.exists(dir.resolve(KEY_FILE))) {
                    return; // another process made them while this one waited for the lock
                }
                KeyPair pair = newKeyPair();
                X509Certificate cert = selfSigned(pair, clock.instant());
                // the key first: a directory with a certificate but no key could never serve
                writeAtomically(
                        dir, KEY_FILE, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
                writeAtomically(dir, CERTIFICATE_FILE, pem("CERTIFICATE", encoded(cert)), false);
            }
        } catch (IOException e) {
            throw new TlsSetupException(
                    "cannot create the CA in --tls-dir " + dir + ": " + e.getMessage()
                            + "; pick a directory this user can write (--tls-dir)",
                    e);
        } catch (GeneralSecurityException e) {
            throw new TlsSetupException("cannot create a CA: " + e, e);
        } finally {
            CREATING.unlock();
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, Instant now) throws GeneralSecurityException, IOException {
        // the date and a random tag tell two machines' CAs apart in a trust store listing
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        String tag = HexFormat.of().formatHex(random);
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "Fake Wix Media Manager")
                .addRDN(
                        BCStyle.CN,
                        "Fake Wix Media Manager local CA " + LocalDate.ofInstant(now, ZoneOffset.UTC) + " " + tag)
                .build();
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                        name,
                        serial(),
                        Date.from(now.minus(BACKDATE)),
                        Date.from(now.plus(CA_VALIDITY)),
                        name,
                        pair.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(pair.getPublic()));
        return sign(builder, pair.getPrivate());
    }

    private static void writeAtomically(Path dir, String name, String text, boolean secret) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        Files.deleteIfExists(tmp);
        if (posix(dir)) {
            Files.createFile(
                    tmp,
                    PosixFilePermissions.asFileAttribute(
                            secret
                                    ? PosixFilePermissions.fromString("rw-------")
                                    : PosixFilePermissions.fromString("rw-r--r--")));
        } else {
            Files.createFile(tmp);
            if (secret) {
                ownerOnly(tmp, false);
            }
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, dir.resolve(name));
        }
    }

    /** Owner-only access: {@code rwx------} for the directory, {@code rw-------} for the key. */
    private static void ownerOnly(Path path, boolean directory) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        } else {
            File f = path.toFile();
            boolean ok = f.setReadable(false, false)
                    && f.setReadable(true, true)
                    && f.setWritable(false, false)
                    && f.setWritable(true, true);
            if (!ok) {
                throw new IOException("cannot make " + path + " readable by its owner only");
            }
        }
    }

    private static boolean posix(Path path) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    // ---------------------------------------------------------------- reading

    private static CertificateAuthority read(Path dir, Clock clock) {
        Path certFile = dir.resolve(CERTIFICATE_FILE);
        Path keyFile = dir.resolve(KEY_FILE);
        if (!Files.exists(certFile)) {
            throw new TlsSetupException("--tls-dir " + dir + " has " + KEY_FILE + " but no " + CERTIFICATE_FILE
                    + ": put the CA certificate back, or delete " + KEY_FILE
                    + " so that a new CA is created (clients must"
                    + " then trust the new one)");
        }
        if (!Files.exists(keyFile)) {
            throw new TlsSetupException("--tls-dir " + dir + " has " + CERTIFICATE_FILE + " but no " + KEY_FILE
                    + ": the fake needs the CA's private key to issue its server certificate; put it there (PEM), or"
                    + " delete " + CERTIFICATE_FILE + " so that a new CA is created");
        }
        X509Certificate cert = readCertificate(certFile);
        PrivateKey key = readKey(keyFile);
        if (cert.getBasicConstraints() < 0) {
            throw new TlsSetupException(
                    certFile + " is not a CA certificate (no basicConstraints CA:TRUE), so clients"
                            + " would refuse what it signs; use a CA certificate, or delete both files to let the fake create one");
        }
        try {
            cert.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException e) {
            throw new TlsSetupException("the CA certificate " + certFile + " expired on "
                    + cert.getNotAfter().toInstant() + "; delete " + CERTIFICATE_FILE + " and " + KEY_FILE
                    + " to create a new CA (and trust it again)");
        } catch (CertificateNotYetValidException e) {
            throw new TlsSetupException("the CA certificate " + certFile + " is valid only from "
                    + cert.getNotBefore().toInstant() + " on; check this machine's clock");
        }
        if (!signs(key, cert.getPublicKey())) {
            throw new TlsSetupException(keyFile + " is not the private key of " + certFile + "; put the matching pair"
                    + " there, or delete both to let the fake create a new CA");
        }
        return new CertificateAuthority(dir, cert, key, clock);
    }

    private static X509Certificate readCertificate(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new TlsSetupException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (CertificateException | ClassCastException e) {
            throw new TlsSetupException(
                    file + " is not a PEM X.509 certificate (" + reason(e) + "); put the CA"
                            + " certificate there, or delete " + CERTIFICATE_FILE + " and " + KEY_FILE
                            + " to let the fake create a new CA",
                    e);
        }
    }

    private static PrivateKey readKey(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new TlsSetupException("cannot read " + file + ": " + e.getMessage(), e);
        }
        String fix = "; put the CA's unencrypted PEM private key there, or delete " + CERTIFICATE_FILE + " and "
                + KEY_FILE + " to let the fake create a new CA";
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new TlsSetupException(
                        file + " is encrypted; the fake needs it unencrypted (e.g. openssl pkey -in " + KEY_FILE
                                + " -out " + KEY_FILE + "), readable by its owner only");
            }
            throw new TlsSetupException(file + " holds no private key" + fix);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TlsSetupException t) {
                throw t;
            }
            throw new TlsSetupException(file + " is not a PEM private key (" + reason(e) + ")" + fix, e);
        }
    }

    /** Whether {@code key} is the private half of {@code publicKey}: it signs, the public key verifies. */
    private static boolean signs(PrivateKey key, PublicKey publicKey) {
        try {
            byte[] probe = "fake-wix-media-manager".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(signatureAlgorithm(key));
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(signatureAlgorithm(key));
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        // P-256: what every TLS client speaks, and a key in a millisecond
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey)
            throws GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(signer(signingKey)));
    }

    /**
     * Signs with the JDK's {@link Signature}, as BC's {@code JcaContentSignerBuilder} would, without it: that class
     * also knows BC's composite and post-quantum keys, and through them reaches BC's whole JCA provider, which would
     * keep some 5,000 classes (7 MB) in the standalone jar instead of the 400 this CA needs.
     */
    static ContentSigner signer(PrivateKey key) throws GeneralSecurityException {
        String algorithm = signatureAlgorithm(key);
        AlgorithmIdentifier identifier = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
        Signature signature = Signature.getInstance(algorithm);
        signature.initSign(key);
        OutputStream stream = OutputStreamFactory.createStream(signature);
        return new ContentSigner() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return identifier;
            }

            @Override
            public OutputStream getOutputStream() {
                return stream;
            }

            @Override
            public byte[] getSignature() {
                try {
                    return signature.sign();
                } catch (SignatureException e) {
                    throw new RuntimeOperatorException("cannot sign with the CA key: " + e.getMessage(), e);
                }
            }
        };
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default ->
                throw new TlsSetupException("a CA key of type " + key.getAlgorithm() + " cannot sign here; use an"
                        + " EC, RSA or Ed25519 key");
        };
    }

    private static BigInteger serial() {
        return new BigInteger(127, RANDOM).add(BigInteger.ONE); // positive, as RFC 5280 wants
    }

    private static byte[] encoded(X509Certificate cert) {
        try {
            return cert.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** What went wrong, in words: the innermost message, without exception class names. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z]*(Exception|Error): ", "")
                .strip();
    }

    static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }
}
