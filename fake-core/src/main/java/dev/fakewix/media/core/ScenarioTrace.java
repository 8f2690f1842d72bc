package dev.fakewix.media.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Which scripted behaviours acted during one request, so that a face (the HTTP facade's request journal) can say
 * which request met which behaviour. Per thread because a request is served on one thread from start to end; a
 * face calls {@link #begin()} before and {@link #end()} after serving it, through {@code FaceAccess}.
 *
 * <pre>{@code
 * ScenarioTrace.begin();
 * try { fake.files().listFiles(request); } finally { List<String> met = ScenarioTrace.end(); }
 * }</pre>
 */
final class ScenarioTrace {
    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();

    private ScenarioTrace() {
    }

    /** Starts recording on this thread. */
    static void begin() {
        CURRENT.set(new ArrayList<>());
    }

    /** Stops recording on this thread and returns the labels of the behaviours that acted, in order. */
    static List<String> end() {
        List<String> met = CURRENT.get();
        CURRENT.remove();
        return met == null ? List.of() : List.copyOf(met);
    }

    static void record(ScriptedBehaviour behaviour) {
        List<String> met = CURRENT.get();
        if (met != null) {
            met.add(behaviour.label());
        }
    }
}
