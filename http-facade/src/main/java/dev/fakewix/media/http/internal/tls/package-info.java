/**
 * The HTTPS port: the fake's own certificate authority, kept in a directory so that a CA trusted once stays trusted
 * ({@code CertificateAuthority}), the server certificate made per start for every name the server answers to
 * ({@code TlsSetup}, {@code ServerIdentity}), the connector that also notices plain HTTP on the TLS port
 * ({@code HttpsConnector}), and the CA certificate served to clients ({@code TlsRoutes}, {@code TrustedCa}).
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.http.internal.tls;

import org.apiguardian.api.API;
