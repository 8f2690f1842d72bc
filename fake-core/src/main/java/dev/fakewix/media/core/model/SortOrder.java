package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Sort direction. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SortOrder {
    ASC,
    DESC
}
