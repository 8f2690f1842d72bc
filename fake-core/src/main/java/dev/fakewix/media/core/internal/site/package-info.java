/**
 * The site aggregate: one site's state ({@code SiteState}: files, folders, their indexes), the lock and transaction
 * that guard it ({@code SiteTransaction}), and the operations over them, one class per task ({@code FileQueries},
 * {@code FileImports}, {@code FileUpdates}, {@code UploadTickets}, {@code Downloads}, {@code Archives}, {@code TrashBin},
 * {@code FolderTree}, {@code LifecycleScheduler}, {@code SiteEvents}, snapshots taken, checked and restored
 * ({@code SiteSnapshots})...), a list request's rules ({@code ListRequests}) and the routing of transfer tokens to
 * their site ({@code SiteRoutedTransfers}). {@code SiteEngine} wires them.
 *
 * <p>The only package of the core that knows the site's state; the leaf packages beside it ({@code search},
 * {@code query}, {@code content}, {@code media}, {@code webhook}, {@code scenario}, {@code validation}, {@code util},
 * {@code persist}) never import it (ArchitectureTest). A site given a data directory keeps its state there through
 * {@code SitePersistence}: each committed write appends a record of what it changed.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.site;

import org.apiguardian.api.API;
