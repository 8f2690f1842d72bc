package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Entity state of a file or folder. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum State {
    OK,
    DELETED
}
