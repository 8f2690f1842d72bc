package example;

import dev.fakewix.media.awaitility.MediaAwait;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.ReceivedWebhook;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.junit.WebhookInbox;
import dev.fakewix.media.junit.WithFakeMediaManager;
import org.junit.jupiter.api.Test;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;

/** A user's webhook test: the inbox receives, verifies and decodes File Ready next to the project's own Jackson 2. */
@WithFakeMediaManager
class WebhookInboxNextToJacksonTest {
    @Test
    void fileReadyArrivesVerifiedWithItsExternalInfo(MediaSite site, WebhookInbox inbox) {
        ExternalInfo order = ExternalInfo.of("shop", "order-7");
        FileDescriptor file = site.files().importFile(ImportFileRequest.of("https://example.com/cat.jpg")
                .withDisplayName("cat.jpg").withExternalInfo(order));
        site.files().getFileDescriptor(file.id()); // immediate readiness: READY on the next read

        ReceivedWebhook ready = MediaAwait.untilReceived(inbox, WebhookEvent.FILE_READY, file.id());

        org.assertj.core.api.Assertions.assertThat(ready.externalInfo()).isEqualTo(order);
        assertThat(inbox).received(WebhookEvent.FILE_READY).forFile(file.id()).withExternalInfo(order).once();
        assertThat(inbox).hasRejected(0);
    }
}
