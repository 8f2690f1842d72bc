/**
 * Stored bytes: the content store that keeps uploaded and registered bytes on the heap up to a budget and in a
 * temporary directory beyond it ({@code ContentStore}), and the opt-in fetch of loopback import URLs
 * ({@code LoopbackFetch}). A leaf.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.content;

import org.apiguardian.api.API;
