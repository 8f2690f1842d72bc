package dev.fakewix.media.assertj;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.http.RequestJournal;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The one entry point of the fake's AssertJ assertions. Static-import it next to AssertJ's own
 * {@code Assertions.assertThat}; the overloads do not clash.
 *
 * <pre>{@code
 * import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
 *
 * assertThat(site).hasFileAt("/photos/cat.jpg").trashContainsFileNamed("old.jpg").hasFileCount(1);
 * assertThat(site).fileAt("/photos/cat.jpg").isReady().hasMediaType(MediaType.IMAGE).hasLabels("pets");
 * assertThat(descriptor).isPending().isPrivate();
 * assertThat(http).received(Operation.IMPORT_FILE, 1).receivedNothingElse();
 * assertThat(inbox).received(WebhookEvent.FILE_READY).forFile(fileId).withExternalInfo(info).once();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MediaManagerAssertions {
    private MediaManagerAssertions() {}

    /** Assertions on a site's content. */
    public static MediaSiteAssert assertThat(@Nullable MediaSite site) {
        return new MediaSiteAssert(site);
    }

    /** Assertions on the content of the fake's <em>default</em> site (in-process tests; with HTTP, assert on the injected {@code MediaSite}). */
    public static MediaSiteAssert assertThat(@Nullable FakeMediaManager fake) {
        return new MediaSiteAssert(fake == null ? null : fake.site());
    }

    /** Assertions on one file descriptor (a value: read it again to see later changes). */
    public static FileDescriptorAssert assertThat(@Nullable FileDescriptor file) {
        return new FileDescriptorAssert(file);
    }

    /** Assertions on the requests the current test's site received over HTTP. */
    public static RequestJournalAssert assertThat(@Nullable FakeMediaManagerHttp http) {
        return http == null ? new RequestJournalAssert(null) : new RequestJournalAssert(http.journal(), http.siteId());
    }

    /** Assertions on the webhooks an inbox received: {@code assertThat(inbox).received(FILE_READY).forFile(id).once()}. */
    public static WebhookInboxAssert assertThat(dev.fakewix.media.junit.@Nullable WebhookInbox inbox) {
        return new WebhookInboxAssert(inbox);
    }

    /** Assertions on every request a server received, all sites together (see {@link RequestJournalAssert#forSite(String)}). */
    public static RequestJournalAssert assertThat(@Nullable RequestJournal journal) {
        return new RequestJournalAssert(journal);
    }
}
