package dev.fakewix.media.junit.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.Folders;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Scenarios;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.http.FakeMediaManagerServer;
import dev.fakewix.media.http.RequestJournal;
import dev.fakewix.media.junit.FakeMediaManagerHttp;
import dev.fakewix.media.junit.WebhookInbox;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apiguardian.api.API;

/** Which types the extension injects, what it injects for them, and what it says when it cannot. */
@API(status = API.Status.INTERNAL)
public final class Injection {
    /** Types resolved (by exact type) to the current test's fake. */
    public static final Set<Class<?>> INJECTABLE = Set.of(
            FakeMediaManager.class,
            MediaSite.class,
            Files.class,
            Folders.class,
            Lifecycle.class,
            Scenarios.class,
            VirtualClock.class,
            FakeMediaManagerHttp.class,
            WebhookInbox.class);

    /** Types a user plausibly asks for by mistake: claimed so that the failure can say what to inject instead. */
    private static final Map<Class<?>, String> MISTAKES = Map.of(
            RequestJournal.class,
                    "For the request journal inject FakeMediaManagerHttp and use http.requests(), http.journal()"
                            + " or MediaManagerAssertions.assertThat(http), which only look at this test's site.",
            FakeMediaManagerServer.class,
                    "The extension owns the shared server; inject FakeMediaManagerHttp for its address,"
                            + " port, this test's site id and an API key.");

    private static final String TYPES =
            "FakeMediaManager, MediaSite, Files, Folders, Lifecycle, Scenarios, VirtualClock,"
                    + " WebhookInbox and (with http = true) FakeMediaManagerHttp";

    private Injection() {}

    /** Whether the extension answers for this type, with a value or with an explanation. */
    public static boolean claims(Class<?> type) {
        return INJECTABLE.contains(type) || MISTAKES.containsKey(type);
    }

    /**
     * The value of {@code type} for a test.
     *
     * @param target what is being injected, for messages ("parameter [Files files] of ...")
     * @throws InjectionException saying what to do instead
     */
    public static Object valueFor(Class<?> type, TestFake fake, String target) {
        MediaSite site = fake.site();
        if (type == FakeMediaManager.class) {
            return fake.fake();
        } else if (type == MediaSite.class) {
            return site;
        } else if (type == Files.class) {
            return site.files();
        } else if (type == Folders.class) {
            return site.folders();
        } else if (type == Lifecycle.class) {
            return site.lifecycle();
        } else if (type == Scenarios.class) {
            return site.scenarios();
        } else if (type == VirtualClock.class) {
            return site.clock(); // the fake's, unless the site has a clock of its own (ownClock)
        } else if (type == WebhookInbox.class) {
            return fake.webhookInbox();
        } else if (type == FakeMediaManagerHttp.class) {
            if (fake.http() == null) {
                throw new InjectionException(
                        "Cannot inject " + target + ": this test's fake does not serve HTTP (" + fake.origin()
                                + "). Turn HTTP on with @WithFakeMediaManager(http = true) or FakeMediaManagerExtension.builder().http(true),"
                                + " or use the fake in-process by injecting MediaSite instead.");
            }
            return fake.http();
        }
        throw new InjectionException(unsupported(type, target));
    }

    /** The message for a type the extension does not inject. */
    public static String unsupported(Class<?> type, String target) {
        String hint = MISTAKES.getOrDefault(type, "Types are matched exactly (no supertypes or subtypes).");
        return "Cannot inject " + target + ": FakeMediaManagerExtension injects " + TYPES + ", not " + type.getName()
                + ". " + hint;
    }

    /** A GUID-shaped site id derived from a test's unique id: stable across runs, different for every test. */
    public static String siteIdFor(String uniqueId) {
        return UUID.nameUUIDFromBytes(("fakewix-junit:" + uniqueId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** An injection that cannot be done, with the fix in its message. */
    public static final class InjectionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InjectionException(String message) {
            super(message);
        }
    }
}
