/**
 * The AssertJ assertions' messages: one {@code Should...} factory per kind of failure, each saying what was expected,
 * what was found and where, with the nearest miss ({@code EditDistance}) read from a consistent view of the site
 * ({@code SiteIndex}).
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.assertj.internal;

import org.apiguardian.api.API;
