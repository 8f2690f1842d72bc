/**
 * Lists, sorting and paging: the sorted indexes ({@code SortedIndex}) that keyset pages are read from, the sort
 * fields, cursors that carry the whole query ({@code Cursor}), paging ({@code Paging}) and the query language of
 * {@code queryFileDescriptors}/{@code queryFolders} ({@code QueryFilter}). A leaf.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.query;

import org.apiguardian.api.API;
