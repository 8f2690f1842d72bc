package dev.fakewix.media.http.internal;

import dev.fakewix.media.http.AuthMode;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The configuration a server or plugin runs with, frozen when it starts.
 *
 * @param allowedHosts   host names answered besides loopback and localhost ({@code "*"}: any)
 * @param adminToken     the token the admin API requires, {@code null} for none
 * @param journalMaxBytes the journal's memory bound
 * @param dashboard      whether the web dashboard is served at {@code /_fake/ui}
 * @param hosting        HTTPS, Wix's host names and media URLs served by the fake
 */
@API(status = API.Status.INTERNAL)
public record FacadeSettings(
        String host,
        int port,
        AuthMode auth,
        List<ApiKey> apiKeys,
        int journalCapacity,
        long maxJsonBodyBytes,
        long maxUploadBytes,
        URI baseUri,
        Set<String> allowedHosts,
        String adminToken,
        long journalMaxBytes,
        boolean dashboard,
        HostingSettings hosting) {
    public FacadeSettings {
        apiKeys = List.copyOf(apiKeys);
        allowedHosts = Set.copyOf(allowedHosts);
        hosting = hosting == null ? HostingSettings.PLAIN : hosting;
    }

    /** Settings without HTTPS, Wix's host names or served media. */
    public FacadeSettings(
            String host,
            int port,
            AuthMode auth,
            List<ApiKey> apiKeys,
            int journalCapacity,
            long maxJsonBodyBytes,
            long maxUploadBytes,
            URI baseUri,
            Set<String> allowedHosts,
            String adminToken,
            long journalMaxBytes,
            boolean dashboard) {
        this(
                host,
                port,
                auth,
                apiKeys,
                journalCapacity,
                maxJsonBodyBytes,
                maxUploadBytes,
                baseUri,
                allowedHosts,
                adminToken,
                journalMaxBytes,
                dashboard,
                HostingSettings.PLAIN);
    }
}
