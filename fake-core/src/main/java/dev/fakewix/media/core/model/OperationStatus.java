package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Processing status of a file: {@code PENDING} right after upload or import, then {@code READY} or {@code FAILED}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum OperationStatus {
    FAILED,
    READY,
    PENDING
}
