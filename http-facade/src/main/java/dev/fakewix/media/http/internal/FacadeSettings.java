package dev.fakewix.media.http.internal;

import dev.fakewix.media.http.AuthMode;
import org.apiguardian.api.API;

import java.net.URI;
import java.util.List;

/** The configuration a server or plugin runs with, frozen when it starts. */
@API(status = API.Status.INTERNAL)
public record FacadeSettings(String host, int port, AuthMode auth, List<ApiKey> apiKeys, int journalCapacity,
                             long maxJsonBodyBytes, long maxUploadBytes, URI baseUri) {
    public FacadeSettings {
        apiKeys = List.copyOf(apiKeys);
    }
}
