package dev.fakewix.media.core.model;

import org.apiguardian.api.API;

/** How a download URL asks the browser to treat the file. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum ContentDisposition {
    ATTACHMENT,
    INLINE
}
