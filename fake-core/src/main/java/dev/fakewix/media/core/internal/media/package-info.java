/**
 * What a file is by its format and what processing reveals: the format table ({@code MediaFormats}), the media URL
 * shapes Wix hands out ({@code MediaUrls}), and the facts of a READY file ({@code MediaFacts}). A leaf.
 */
@API(status = API.Status.INTERNAL)
package dev.fakewix.media.core.internal.media;

import org.apiguardian.api.API;
