/**
 * Wix's own host names and the media URLs the fake hands out: routing a request by the host it was sent to
 * ({@code HostRouting}, {@code WixHosts}), the CDN's answers for media URLs ({@code MediaRoutes}, {@code FileUrls},
 * {@code Placeholders}) and {@code --serve-media}'s rewriting of those URLs to the fake ({@code ServedMediaUrls}).
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.http.internal.wixhosts;

import org.apiguardian.api.API;
