package dev.fakewix.media.core.internal.fidelity;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What the request this thread is serving relies on: the guesses of the ledger its answer met, noted where each is
 * decided. The code that carries {@link Decides @Decides(Guess.X)} calls {@link #met(Guess) Reliance.met(Guess.X)} on
 * the path where the guess shapes the answer (a default used because the request gave none, a refusal the pages do
 * not describe), so that a request's record says what the request really met, not what it could have met.
 *
 * <pre>{@code
 * Reliance.Frame frame = Reliance.open(site.reliance(), "listFiles");   // null: nobody records, or an outer request does
 * try {
 *     return listFiles(request);                                       // decision points call Reliance.met(Guess.X)
 * } finally {
 *     Reliance.close(frame);                                           // adds what it met to the site's tally
 * }
 * }</pre>
 *
 * <p>Cheap by design, as every decision point runs on the HTTP hot path: {@link #met} is one thread-local read and, in
 * a recorded request, one bit set; it allocates nothing. A recorded request is one {@link Frame} per outermost call,
 * thread-confined; a core call that a face makes while serving a request, or one operation calling another, belongs
 * to the request already recorded on its thread.
 */
@API(status = API.Status.INTERNAL)
public final class Reliance {
    private static final Guess[] GUESSES = Guess.values();
    private static final int WORDS = (GUESSES.length + 63) >>> 6;
    /** The request being recorded on each thread; none for a plain Java call on a fake that does not record. */
    private static final ThreadLocal<Frame> CURRENT = new ThreadLocal<>();

    private Reliance() {}

    /** At a decision point: the request this thread serves met {@code guess} (nothing when none is recorded). */
    @SuppressWarnings("EnumOrdinal") // a bit per guess, in ledger order: the set allocates nothing on the hot path
    public static void met(Guess guess) {
        Frame frame = CURRENT.get();
        if (frame != null) {
            frame.bits[guess.ordinal() >>> 6] |= 1L << guess.ordinal();
        }
    }

    /**
     * What the request this thread serves met so far, as a value {@link #metAgain} takes ({@code null} when nothing
     * is recorded): a face that answers a request from what an earlier one computed records what that one met.
     */
    public static long[] metSoFar() {
        Frame frame = CURRENT.get();
        return frame == null ? null : frame.bits.clone();
    }

    /** The guesses {@link #metSoFar} returned, met by the request this thread serves too. */
    public static void metAgain(long[] met) {
        Frame frame = CURRENT.get();
        if (frame != null && met != null) {
            for (int i = 0; i < met.length; i++) {
                frame.bits[i] |= met[i];
            }
        }
    }

    /**
     * Starts recording a request on this thread, whose guesses go to {@code tally} under {@code operation} when it
     * ends ({@code null} tally: the caller names it later, {@link Frame#attribute}). Returns {@code null}, recording
     * nothing new, when a request is recorded on this thread already: the call is part of it.
     */
    public static Frame open(RelianceTally tally, String operation) {
        if (CURRENT.get() != null) {
            return null;
        }
        Frame frame = new Frame(tally, operation);
        CURRENT.set(frame);
        return frame;
    }

    /** Ends the recording {@link #open} started ({@code null}: nothing to end) and adds it to its tally. */
    public static void close(Frame frame) {
        if (frame == null) {
            return;
        }
        if (CURRENT.get() == frame) {
            CURRENT.remove();
        }
        if (frame.tally != null) {
            frame.tally.add(frame.operation, frame.bits);
        }
    }

    /** One recorded request: the guesses it met, and where they are counted when it ends. Thread-confined. */
    public static final class Frame {
        private final long[] bits = new long[WORDS];
        private RelianceTally tally;
        private String operation;

        private Frame(RelianceTally tally, String operation) {
            this.tally = tally;
            this.operation = operation;
        }

        /**
         * Counts the request in {@code tally} under {@code operation} when it ends (a face learns the site only as it
         * reads the request); {@code null} counts it nowhere.
         */
        public void attribute(RelianceTally tally, String operation) {
            this.tally = tally;
            this.operation = operation;
        }

        /** The guesses met so far, in ledger order. */
        public List<Guess> guesses() {
            List<Guess> met = new ArrayList<>();
            for (int i = 0; i < GUESSES.length; i++) {
                if ((bits[i >>> 6] & (1L << i)) != 0) {
                    met.add(GUESSES[i]);
                }
            }
            return met;
        }
    }
}
