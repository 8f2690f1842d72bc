package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Video streaming format. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum StreamFormat {
    UNKNOWN,
    HLS,
    DASH
}
