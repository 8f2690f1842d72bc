package dev.fakewix.media.core.model;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A folder in the Media Manager (REST names).
 *
 * <pre>{@code Folder pets = site.folders().createFolder("Pets", null);}</pre>
 *
 * <p>Immutable: a change produces a new instance.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Folder(
        String id,
        String displayName,
        String parentFolderId,
        Instant createdDate,
        Instant updatedDate,
        State state,
        String siteId) {
    public Folder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        displayName = displayName == null ? "" : displayName;
    }

    public Folder withDisplayName(String value) {
        return new Folder(id, value, parentFolderId, createdDate, updatedDate, state, siteId);
    }

    public Folder withParentFolderId(String value) {
        return new Folder(id, displayName, value, createdDate, updatedDate, state, siteId);
    }

    public Folder withUpdatedDate(Instant value) {
        return new Folder(id, displayName, parentFolderId, createdDate, value, state, siteId);
    }
}
