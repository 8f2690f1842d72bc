package dev.fakewix.media.core.face;

import dev.fakewix.media.core.HttpFault;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * One request of a face (the HTTP facade) passing the scenario gates of a fake: what scripted behaviour acted on it
 * and, when the face can break its answer, which {@link HttpFault} to deliver. Every scripted outcome of the request
 * (latency, error, fault) is decided at one moment, when its operation passes its site's gate, so a request that
 * fails before it reaches the core (a malformed body) consumes nothing, and what {@link #met()} says is what happened.
 *
 * <pre>{@code
 * ScenarioPass pass = FaceAccess.get().scenarioPass(fake, Operation.LIST_FILES);
 * byte[] answer = pass.run(() -> handle(request));       // the core's gates record into the pass
 * pass.fault().ifPresent(f -> breakTheAnswer(f));         // decided by the gate, never before it
 * journal(pass.met());                                    // e.g. ["#1 listFiles: fault EMPTY_RESPONSE once"]
 * }</pre>
 *
 * <p>A pass belongs to one request served on one thread; {@link #run} scopes it to that call (nested runs restore
 * the outer pass). Java API calls made outside a pass meet errors and latency but never faults.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface ScenarioPass {

    /** Runs {@code call} with this pass in force for the fake's gates on this thread. */
    <T> T run(Supplier<T> call);

    /** The labels of the behaviours that acted, in order. */
    List<String> met();

    /** The fault a gate decided for this request, if any (at most one per request). */
    Optional<HttpFault> fault();
}
