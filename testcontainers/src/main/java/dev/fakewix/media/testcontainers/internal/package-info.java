/**
 * Reading the container's admin API back into the library's values ({@code JournalJson}).
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.testcontainers.internal;

import org.apiguardian.api.API;
