package dev.fakewix.media.http.internal;

import dev.fakewix.media.http.AuthMode;

import java.net.URI;
import java.util.List;

/**
 * The configuration a server or plugin runs with, frozen when it starts.
 *
 * @param dashboard whether the web dashboard is served at {@code /_fake/ui}
 */
public record FacadeSettings(String host, int port, AuthMode auth, List<ApiKey> apiKeys, int journalCapacity,
                             long maxJsonBodyBytes, long maxUploadBytes, URI baseUri, boolean dashboard) {
    public FacadeSettings {
        apiKeys = List.copyOf(apiKeys);
    }
}
