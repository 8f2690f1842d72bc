package example;

import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.junit.WithFakeMediaManager;
import org.junit.jupiter.api.Test;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;

/** What a user's test does in-process: the Java API and the assertions, no server. */
@WithFakeMediaManager
class InProcessTest {
    @Test
    void anImportedFileIsFoundByItsPath(MediaSite site) {
        site.files().importFile(ImportFileRequest.of("https://example.com/dog.png").withDisplayName("dog.png"));

        assertThat(site).hasFileAt("/dog.png");
        assertThat(site).fileAt("/dog.png").isReady();
    }
}
