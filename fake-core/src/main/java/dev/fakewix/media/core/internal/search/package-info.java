/**
 * Search by term: the trigram index ({@code TermIndex}) that proposes the files a search term can match, its
 * posting lists ({@code PostingList}), gram table ({@code GramTable}) and gram cutting ({@code GramKeys}). Sees files
 * only as {@code Searchable}; a leaf (imports no site class).
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.search;

import org.apiguardian.api.API;
