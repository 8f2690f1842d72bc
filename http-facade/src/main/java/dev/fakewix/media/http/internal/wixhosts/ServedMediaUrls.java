package dev.fakewix.media.http.internal.wixhosts;

import dev.fakewix.media.core.model.FileDescriptor;
import java.net.URI;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * {@code --serve-media}: the media URLs of the CDN in answers ({@code https://static.wixstatic.com/media/<id>},
 * video renditions, a site's {@code usrfiles.com} documents...) pointed at the fake, as
 * {@code <base>/_media/<host>/<path>}, where {@link MediaRoutes} serves them. Other URLs, the import's
 * {@code sourceUrl} among them, are left alone. Thread-safe (immutable).
 *
 * <pre>{@code
 * new ServedMediaUrls(URI.create("http://127.0.0.1:8080")).apply(file).url();
 * // http://127.0.0.1:8080/_media/static.wixstatic.com/media/6acbb8_...~mv2.png
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ServedMediaUrls implements UnaryOperator<FileDescriptor> {
    private static final String HTTPS = "https://";
    private final String base;

    public ServedMediaUrls(URI baseUri) {
        this.base = baseUri.toString().replaceAll("/+$", "") + MediaRoutes.PREFIX + "/";
    }

    @Override
    public FileDescriptor apply(FileDescriptor file) {
        return FileUrls.map(file, this::url);
    }

    String url(String url) {
        if (!url.startsWith(HTTPS)) {
            return url;
        }
        int slash = url.indexOf('/', HTTPS.length());
        String host = url.substring(HTTPS.length(), slash < 0 ? url.length() : slash);
        return WixHosts.isCdnHost(host) ? base + url.substring(HTTPS.length()) : url;
    }
}
