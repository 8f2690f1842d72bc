package dev.fakewix.media.core.internal.fidelity;

import org.apiguardian.api.API;

/**
 * Whether a fake records, per site, the guesses its plain Java calls meet. Off by default, so that a fake nobody
 * asks about costs one volatile read per call; the faces that report reliance (the HTTP facade, the JUnit
 * extension) turn it on. Requests served over HTTP are recorded whatever this says: the journal lists their guesses.
 */
@API(status = API.Status.INTERNAL)
public final class RelianceRecording {
    private volatile boolean on;

    public boolean isOn() {
        return on;
    }

    public void turnOn() {
        on = true;
    }
}
