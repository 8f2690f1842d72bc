package example;

import dev.fakewix.media.client.MediaManagerApiException;
import dev.fakewix.media.client.MediaManagerClient;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WithFakeMediaManager;
import org.junit.jupiter.api.Test;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The contract-tests artifact's {@link MediaManagerClient} against the fake, next to the user's Jackson 2: the client's
 * own Jackson 3 is relocated in its jar, so it cannot meet the user's older jackson-annotations (it once died with
 * NoClassDefFoundError: JsonSerializeAs on its first request).
 */
@WithFakeMediaManager(http = true)
class ClientOverHttpTest {

    @Test
    void theClientImportsAFileAndReadsTheWixErrorShape(FakeMediaManagerHttp http, MediaSite site) {
        // the fake answers in milliseconds, or seconds beside other builds on 2 cores: only a hang takes 2 minutes
        MediaManagerClient wix = MediaManagerClient.builder().requestTimeout(java.time.Duration.ofMinutes(2))
                .baseUri(http.baseUri()).apiKey(http.apiKey()).siteId(http.siteId()).build();

        var imported = wix.importFile("https://example.com/dog.jpg", MediaManagerClient.fields("displayName", "dog.jpg"));
        MediaManagerApiException missing = catchThrowableOfType(MediaManagerApiException.class,
                () -> wix.getFileDescriptor("nope"));

        assertThat(imported.path("file").path("displayName").asString()).isEqualTo("dog.jpg");
        assertThat(site).hasFileAt("/dog.jpg");
        assertThat(missing.httpStatus()).as(missing.toString()).isEqualTo(400);   // Wix answers a missing file id as a 400 with that code
        assertThat(missing.code()).isEqualTo("RESOURCE_NOT_FOUND");
    }
}
