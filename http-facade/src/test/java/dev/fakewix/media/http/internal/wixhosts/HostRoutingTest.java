package dev.fakewix.media.http.internal.wixhosts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where each host's paths go, with Wix's names on and off. */
class HostRoutingTest {
    private final HostRouting wix = new HostRouting(true);
    private final HostRouting plain = new HostRouting(false);

    @ParameterizedTest(name = "{0}{1} -> {2}")
    @CsvSource({
        "www.wixapis.com, /site-media/v1/files, /site-media/v1/files",
        "WWW.WIXAPIS.COM., /site-media/v1/files, /site-media/v1/files",
        "www.wixapis.com, /_fake/journal, /_media/www.wixapis.com/_fake/journal",
        "upload.wixmp.com, /upload/abc, /_wixmp/upload/abc",
        "upload.wixmp.com, /upload/tus/abc, /_wixmp/upload/tus/abc",
        "upload.wixmp.com, /_wixmp/upload/abc, /_media/upload.wixmp.com/_wixmp/upload/abc",
        "download-files.wixmp.com, /media/6acbb8_f~mv2.jpg, /_wixmp/download/6acbb8_f~mv2.jpg",
        "download-files.wixmp.com, /media/6acbb8_v/720p, /_wixmp/download/6acbb8_v",
        "archive.wixmp.com, /archive/wix/a1b2, /_wixmp/archive/a1b2",
        "repackager.wixmp.com, '/video.wixstatic.com/video/6acbb8_v/,720p,360p,1080p,480p,/mp4/file.mp4.urlset/master.m3u8', /_wixmp/stream/6acbb8_v/master.m3u8",
        "static.wixstatic.com, /media/6acbb8_f~mv2.jpg, /_media/static.wixstatic.com/media/6acbb8_f~mv2.jpg",
        "video.wixstatic.com, /video/6acbb8_v/720p/mp4/file.mp4, /_media/video.wixstatic.com/video/6acbb8_v/720p/mp4/file.mp4",
        "site-1.usrfiles.com, /ugd/6acbb8_d, /_media/site-1.usrfiles.com/ugd/6acbb8_d",
    })
    void wixNamesGoWhereTheirPathsAreServed(String host, String path, String target) {
        assertThat(wix.target(host, path)).isEqualTo(target);
    }

    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({
        "127.0.0.1, /site-media/v1/files",
        "localhost, /_fake/journal",
        "a.b.usrfiles.com, /ugd/x",
        "example.com, /media/x",
    })
    void theFakesOwnNamesAndOthersAreLeftAlone(String host, String path) {
        assertThat(wix.target(host, path)).isNull();
        assertThat(plain.target(host, path)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"127.0.0.1", "localhost", "media-fake"})
    void theSdksApiBaseUrlPathIsTheApiOnTheFakesNames(String host) {
        assertThat(wix.target(host, "/wix-privatemedia-proxy-server/v1/files/get-file-by-id"))
                .isEqualTo("/site-media/v1/files/get-file-by-id");
        assertThat(plain.target(host, "/wix-privatemedia-proxy-server/v1/folders"))
                .isEqualTo("/site-media/v1/folders");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"www.wixapis.com", "static.wixstatic.com", "upload.wixmp.com"})
    void withoutWixNamesTheirRequestsAreLeftToTheHostCheck(String host) {
        assertThat(plain.target(host, "/media/x")).isNull();
    }
}
