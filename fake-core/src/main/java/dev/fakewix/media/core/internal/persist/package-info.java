/**
 * Durable storage of the fake's state in a data directory ({@code FakeMediaManager.Builder.dataDirectory}): the
 * directory's format and lock ({@code DataDirectory}), one site's files ({@code SiteStore}: snapshots, an
 * append-only log of state changes framed with checksums, stored bytes by content), and the JSON form of the model's
 * values ({@code ValueCodec}). A leaf: it stores and reads back what the site aggregate hands it, and knows nothing of
 * the site's state.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.persist;

import org.apiguardian.api.API;
