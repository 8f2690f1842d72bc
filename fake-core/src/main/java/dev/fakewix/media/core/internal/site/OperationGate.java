package dev.fakewix.media.core.internal.site;

import dev.fakewix.media.core.Operation;
import org.apiguardian.api.API;

/**
 * The point every operation passes before it touches state, where scripted scenarios (errors, latency) act. A gate
 * may throw a {@link dev.fakewix.media.core.MediaManagerException} or delay the caller; it never sees the lock.
 */
@FunctionalInterface
@API(status = API.Status.INTERNAL)
public interface OperationGate {
    OperationGate OPEN = (operation, facts) -> {};

    void before(Operation operation, RequestFacts facts);
}
