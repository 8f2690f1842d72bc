package dev.fakewix.media.http.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CA in the TLS directory: made once, kept, read back, its key owner-only, and every bad directory explained. */
class CertificateAuthorityTest {
    @TempDir
    Path dir;

    @Test
    void theFirstUseCreatesACaWithAnOwnerOnlyKeyAndLaterUsesReadIt() throws Exception {
        CertificateAuthority first = CertificateAuthority.openOrCreate(dir.resolve("tls"));

        Path key = dir.resolve("tls").resolve(CertificateAuthority.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("tls"))))
                .isEqualTo("rwx------");
        assertThat(first.certificate().getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);
        assertThat(first.certificatePem())
                .startsWith("-----BEGIN CERTIFICATE-----")
                .doesNotContain("PRIVATE");
        assertThat(Files.readString(first.certificateFile())).isEqualTo(first.certificatePem());

        CertificateAuthority again = CertificateAuthority.openOrCreate(dir.resolve("tls"));
        assertThat(again.certificate()).as("a CA trusted once stays trusted").isEqualTo(first.certificate());
    }

    @Test
    void anExistingDirectoryKeepsItsPermissions() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        CertificateAuthority.openOrCreate(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(dir.resolve(CertificateAuthority.KEY_FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void aServerCertificateCoversItsNamesAndChainsToTheCa() throws Exception {
        CertificateAuthority ca = CertificateAuthority.openOrCreate(dir);

        ServerIdentity identity = ca.issueServerCertificate(List.of("localhost", "127.0.0.1", "::1", "*.usrfiles.com"));

        X509Certificate cert = identity.certificate();
        cert.verify(ca.certificate().getPublicKey());
        assertThat(alternativeNames(cert))
                .containsExactlyInAnyOrder("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1", "*.usrfiles.com");
        assertThat(cert.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(cert.getNotAfter()).isBeforeOrEqualTo(ca.certificate().getNotAfter());
    }

    @Test
    void aUsersOwnRsaCaInPkcs1FormIsUsed() throws Exception {
        // a CA made elsewhere (here: by another CertificateAuthority) with an RSA key in the traditional PEM form
        Path elsewhere = dir.resolve("elsewhere");
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair pair = rsa.generateKeyPair();
        X509Certificate cert = selfSignedCa(pair);
        Files.createDirectories(elsewhere);
        Files.writeString(
                elsewhere.resolve(CertificateAuthority.CERTIFICATE_FILE),
                CertificateAuthority.pem("CERTIFICATE", cert.getEncoded()));
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        Files.writeString(
                elsewhere.resolve(CertificateAuthority.KEY_FILE),
                CertificateAuthority.pem(
                        "RSA PRIVATE KEY",
                        info.parsePrivateKey().toASN1Primitive().getEncoded()));

        CertificateAuthority ca = CertificateAuthority.openOrCreate(elsewhere);

        assertThat(ca.certificate()).isEqualTo(cert);
        ca.issueServerCertificate(List.of("localhost")).certificate().verify(pair.getPublic());
    }

    @Test
    void aCorruptDirectoryIsOneClearLine() throws Exception {
        Files.writeString(dir.resolve(CertificateAuthority.CERTIFICATE_FILE), "not a certificate");
        Files.writeString(dir.resolve(CertificateAuthority.KEY_FILE), "not a key");
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(dir))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageContaining("ca.pem is not a PEM X.509 certificate")
                .hasMessageContaining("delete")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aKeyWithoutItsCertificateAndTheReverseAreExplained() throws Exception {
        CertificateAuthority.openOrCreate(dir);
        Files.delete(dir.resolve(CertificateAuthority.CERTIFICATE_FILE));
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(dir))
                .hasMessageContaining("has ca-key.pem but no ca.pem");

        Path other = dir.resolve("other");
        CertificateAuthority.openOrCreate(other);
        Files.delete(other.resolve(CertificateAuthority.KEY_FILE));
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(other))
                .hasMessageContaining("has ca.pem but no ca-key.pem");
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CertificateAuthority.openOrCreate(a);
        CertificateAuthority.openOrCreate(b);
        Files.copy(
                b.resolve(CertificateAuthority.KEY_FILE),
                a.resolve(CertificateAuthority.KEY_FILE),
                StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(a))
                .hasMessageContaining("is not the private key of");
    }

    @Test
    void anExpiredCaSaysToMakeANewOne() {
        CertificateAuthority.openOrCreate(dir);
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(3651)), ZoneOffset.UTC);
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(dir, later))
                .hasMessageContaining("expired on")
                .hasMessageContaining("create a new CA");
    }

    @Test
    void aFileInPlaceOfTheDirectoryIsExplained() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> CertificateAuthority.openOrCreate(file))
                .hasMessageContaining("is a file, not a directory");
    }

    @Test
    void aUsersOwnEd25519CaSignsWithTheMatchingAlgorithm() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        X509Certificate cert = selfSignedCa(pair);
        Files.writeString(
                dir.resolve(CertificateAuthority.CERTIFICATE_FILE),
                CertificateAuthority.pem("CERTIFICATE", cert.getEncoded()));
        Files.writeString(
                dir.resolve(CertificateAuthority.KEY_FILE),
                CertificateAuthority.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));

        X509Certificate server = CertificateAuthority.openOrCreate(dir)
                .issueServerCertificate(List.of("localhost"))
                .certificate();

        assertThat(server.getSigAlgName()).isEqualTo("Ed25519");
        server.verify(pair.getPublic());
    }

    private static List<String> alternativeNames(X509Certificate cert) throws Exception {
        Collection<List<?>> names = cert.getSubjectAlternativeNames();
        return names.stream().map(n -> String.valueOf(n.get(1))).collect(Collectors.toList());
    }

    private static X509Certificate selfSignedCa(KeyPair pair) throws Exception {
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=Someone's own CA");
        Instant now = Instant.now();
        var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(
                        name,
                        java.math.BigInteger.TEN,
                        java.util.Date.from(now.minusSeconds(60)),
                        java.util.Date.from(now.plusSeconds(86_400)),
                        name,
                        pair.getPublic())
                .addExtension(
                        org.bouncycastle.asn1.x509.Extension.basicConstraints,
                        true,
                        new org.bouncycastle.asn1.x509.BasicConstraints(true));
        // the CA's own signer: BC's JcaContentSignerBuilder is not in the standalone jar these tests also run against
        return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                .getCertificate(builder.build(CertificateAuthority.signer(pair.getPrivate())));
    }
}
