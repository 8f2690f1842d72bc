package dev.fakewix.media.http.internal.wixhosts;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Every host name of Wix that appears in a URL the fake hands out: the REST API's, the CDN's (media URLs, see the
 * core's media URL builder) and the byte-moving ones (upload, download, archive and streaming URLs, see
 * {@code TransferUrls.wix()}). They go into the HTTPS certificate, and with {@code --wix-hosts} each is answered as
 * Wix answers it. Documents and archives live on a site's own {@code <siteId>.usrfiles.com}.
 */
@API(status = API.Status.INTERNAL)
public final class WixHosts {
    public static final String API = "www.wixapis.com";
    public static final String STATIC = "static.wixstatic.com";
    public static final String VIDEO = "video.wixstatic.com";
    public static final String UPLOAD = "upload.wixmp.com";
    public static final String DOWNLOAD = "download-files.wixmp.com";
    public static final String ARCHIVE = "archive.wixmp.com";
    public static final String REPACKAGER = "repackager.wixmp.com";
    /** The parent of a site's file host, {@code <siteId>.usrfiles.com}. */
    public static final String USER_FILES = "usrfiles.com";

    /** The names as a certificate and the host check take them (a wildcard for the sites' file hosts). */
    public static final List<String> NAMES =
            List.of(API, STATIC, VIDEO, UPLOAD, DOWNLOAD, ARCHIVE, REPACKAGER, "*." + USER_FILES);

    /** The hosts whose paths are media bytes (served by {@link MediaRoutes}). */
    private static final Set<String> CDN = Set.of(STATIC, VIDEO);

    private WixHosts() {}

    /** Whether {@code host} (lower case, no port) is one of Wix's names the fake can answer as. */
    public static boolean isWixHost(String host) {
        return NAMES.contains(host) || isUserFiles(host);
    }

    /** Whether media bytes are served at {@code host}: the CDN's and a site's file host. */
    public static boolean isCdnHost(String host) {
        return CDN.contains(host) || isUserFiles(host);
    }

    /** {@code <siteId>.usrfiles.com} (one label before it, as a wildcard certificate covers). */
    public static boolean isUserFiles(String host) {
        return host.endsWith("." + USER_FILES) && host.indexOf('.') == host.length() - USER_FILES.length() - 1;
    }
}
