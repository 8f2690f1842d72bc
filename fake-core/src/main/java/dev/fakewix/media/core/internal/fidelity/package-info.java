/**
 * The fidelity ledger's hold on the code: {@code Guess}, one constant per guessed behaviour of
 * {@code docs/fidelity/ledger.json}; {@code @Decides}, which marks the code that decides one; {@code Reliance}, which
 * records at run time the guesses a request meets ("what your tests relied on"), and {@code FidelityLedger}, the
 * ledger itself as packaged in the jar. A leaf: of the internals it reads only {@code util} (JSON), and every other
 * package may mark and record with it.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.fidelity;

import org.apiguardian.api.API;
