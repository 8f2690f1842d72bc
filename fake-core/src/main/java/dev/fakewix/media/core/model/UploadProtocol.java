package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** Resumable upload protocol. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum UploadProtocol {
    TUS
}
