package dev.fakewix.media.assertj;

import dev.fakewix.media.assertj.internal.ShouldHaveReceived;
import dev.fakewix.media.core.ReceivedWebhook;
import dev.fakewix.media.core.WebhookEvent;
import dev.fakewix.media.core.model.ExternalInfo;
import dev.fakewix.media.junit.WebhookInbox;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import org.assertj.core.error.ErrorMessageFactory;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on the webhooks a {@link WebhookInbox} received (verified ones; see {@link #hasRejected(int)} for the
 * others). {@link #received(WebhookEvent)} narrows to one event type; each further step narrows again and fails when
 * nothing is left, naming what did arrive.
 *
 * <pre>{@code
 * assertThat(inbox).received(WebhookEvent.FILE_READY).forFile(file.id()).withExternalInfo(ExternalInfo.of("shop", "order-7")).once();
 * assertThat(inbox).received(WebhookEvent.FILE_DESCRIPTOR_DELETED).forFile(file.id()).movedToTrash();
 * assertThat(inbox).hasRejected(0).hasNoDuplicates();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public class WebhookInboxAssert extends AbstractObjectAssert<WebhookInboxAssert, WebhookInbox> {
    private final List<ReceivedWebhook> selected;
    private final String selection;

    public WebhookInboxAssert(@Nullable WebhookInbox actual) {
        this(actual, actual == null ? List.of() : actual.received(), "a webhook");
    }

    private WebhookInboxAssert(WebhookInbox actual, List<ReceivedWebhook> selected, String selection) {
        super(actual, WebhookInboxAssert.class);
        this.selected = selected;
        this.selection = selection;
    }

    /** Verifies that at least one {@code event} arrived, and narrows to those. */
    public WebhookInboxAssert received(WebhookEvent event) {
        Objects.requireNonNull(event, "event");
        return narrow(w -> w.event() == event, event.name());
    }

    /** Narrows to the events of file {@code fileId} (or folder: the entity id), failing when there is none. */
    public WebhookInboxAssert forFile(String fileId) {
        return narrow(w -> w.entityId().equals(fileId), "for " + fileId);
    }

    /** Narrows to the events of folder {@code folderId}. */
    public WebhookInboxAssert forFolder(String folderId) {
        return narrow(w -> w.entityId().equals(folderId), "for folder " + folderId);
    }

    /** Narrows to the events carrying this {@code externalInfo}. */
    public WebhookInboxAssert withExternalInfo(ExternalInfo externalInfo) {
        return narrow(w -> Objects.equals(w.externalInfo(), externalInfo), "with externalInfo " + externalInfo);
    }

    /** Narrows to File Ready events of files restored from the trash bin. */
    public WebhookInboxAssert triggeredByUndelete() {
        return narrow(ReceivedWebhook::triggeredByUndelete, "triggered by undelete");
    }

    /** Narrows to File Failed events with this error code. */
    public WebhookInboxAssert withErrorCode(String code) {
        return narrow(w -> code.equals(w.errorCode()), "with error code " + code);
    }

    /** Narrows to Deleted events that moved to the trash bin. */
    public WebhookInboxAssert movedToTrash() {
        return narrow(
                w -> w.domainEvent().contains("\"deletedEvent\":{\"movedToTrash\":true}"), "moved to the trash bin");
    }

    /** Narrows with any predicate; {@code description} names it in failures. */
    public WebhookInboxAssert matching(String description, Predicate<ReceivedWebhook> predicate) {
        return narrow(predicate, description);
    }

    /** Verifies that exactly one event (one event id, however often delivered) is selected. */
    public WebhookInboxAssert once() {
        return times(1);
    }

    /** Verifies that exactly {@code n} distinct events (by event id) are selected. */
    public WebhookInboxAssert times(int n) {
        isNotNull();
        long distinct =
                selected.stream().map(ReceivedWebhook::eventId).distinct().count();
        if (distinct != n) {
            throwAssertionError(received(
                    inbox(),
                    "exactly " + n + " x " + selection + " (distinct event ids)",
                    distinct + " such events, and in all:\n" + describe(actual.received())));
        }
        return myself;
    }

    /** Verifies that nothing verified arrived. */
    public WebhookInboxAssert receivedNothing() {
        isNotNull();
        if (!actual.received().isEmpty()) {
            throwAssertionError(received(inbox(), "nothing", describe(actual.received())));
        }
        return myself;
    }

    /** Verifies that no event arrived twice (no duplicate event id). */
    public WebhookInboxAssert hasNoDuplicates() {
        isNotNull();
        if (actual.distinct().size() != actual.received().size()) {
            throwAssertionError(received(inbox(), "no event twice", describe(actual.received())));
        }
        return myself;
    }

    /** Verifies how many webhooks failed verification (bad signature, expired). */
    public WebhookInboxAssert hasRejected(int n) {
        isNotNull();
        if (actual.rejected().size() != n) {
            throwAssertionError(received(
                    inbox(),
                    n + " rejected webhook(s)",
                    actual.rejected().size() + " rejected: "
                            + actual.rejected().stream()
                                    .map(WebhookInbox.Rejected::reason)
                                    .toList()));
        }
        return myself;
    }

    private WebhookInboxAssert narrow(Predicate<ReceivedWebhook> predicate, String what) {
        isNotNull();
        String next = selection.equals("a webhook") ? what : selection + " " + what;
        List<ReceivedWebhook> kept = selected.stream().filter(predicate).toList();
        if (kept.isEmpty()) {
            throwAssertionError(received(inbox(), next, describe(actual.received())));
        }
        return new WebhookInboxAssert(actual, kept, next);
    }

    /** "Expecting the webhook inbox of site "S" to have received X but it received: ...". */
    private static ErrorMessageFactory received(String inbox, String expected, String found) {
        return ShouldHaveReceived.shouldHaveReceived(inbox, expected, "it received:\n" + found);
    }

    private String inbox() {
        return "the webhook inbox of site \"" + actual.siteId() + "\"";
    }

    private static String describe(List<ReceivedWebhook> webhooks) {
        if (webhooks.isEmpty()) {
            return "  nothing";
        }
        return webhooks.stream()
                .map(w -> "  " + w.event() + " " + w.entityId() + " (event " + w.eventId() + ", sequence "
                        + w.entityEventSequence() + (w.externalInfo() == null ? "" : ", " + w.externalInfo()) + ")")
                .collect(Collectors.joining("\n"));
    }
}
