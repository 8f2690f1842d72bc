/**
 * The fidelity ledger's hold on the code: {@code Guess}, one constant per guessed behaviour of
 * {@code docs/fidelity/ledger.json}, and {@code @Decides}, which marks the code that decides one. A leaf: imports
 * nothing else of the internals, and every other package may mark its code with it.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.fidelity;

import org.apiguardian.api.API;
