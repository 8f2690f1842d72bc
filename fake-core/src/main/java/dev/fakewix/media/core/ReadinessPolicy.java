package dev.fakewix.media.core;

import dev.fakewix.media.core.model.MediaType;
import org.apiguardian.api.API;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Decides, for every new file, how it leaves {@code PENDING}. Import and upload responses always show
 * {@code PENDING} (as Wix does); the policy decides what later reads see.
 *
 * <pre>{@code
 * ReadinessPolicy policy = ReadinessPolicy.immediate()                                   // the default
 *         .forMediaType(MediaType.VIDEO, ReadinessPolicy.after(Duration.ofMinutes(5)))    // videos take 5 minutes
 *         .forFilesNamed("*.broken.*", ReadinessPolicy.failing("UNSUPPORTED_FILE_FORMAT", "cannot decode"));
 * }</pre>
 *
 * <p>Later rules win over earlier ones. Implementations must be thread-safe and side-effect free.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ReadinessPolicy {

    /** Chooses the readiness of one new file. */
    Readiness decide(PendingFile file);

    /** Files turn READY at once: the import response says PENDING, the next read says READY. */
    static ReadinessPolicy immediate() {
        return of(Readiness.ready());
    }

    /** Files turn READY after {@code delay} on the fake's clock. */
    static ReadinessPolicy after(Duration delay) {
        return of(Readiness.readyAfter(delay));
    }

    /** Files turn READY after {@code delay} of real time, for code under test that polls in real time. */
    static ReadinessPolicy afterWallTime(Duration delay) {
        return of(Readiness.readyAfterWallTime(delay));
    }

    /** Files stay PENDING until the test marks them ({@code lifecycle().markReady(id)}). */
    static ReadinessPolicy manual() {
        return of(Readiness.manual());
    }

    /** Files turn FAILED at once with the given error. */
    static ReadinessPolicy failing(String code, String description) {
        return of(Readiness.failed(code, description));
    }

    /** Files stay PENDING for {@code reads} reads (get, list, search...), then turn READY. */
    static ReadinessPolicy afterReads(int reads) {
        return of(Readiness.afterReads(reads, Readiness.ready()));
    }

    /**
     * A policy written as text, the one syntax every face accepts (the standalone server's {@code --readiness}, the
     * JUnit annotation): {@code immediate}, {@code manual}, {@code after 5m}, {@code afterWallTime 30s},
     * {@code afterReads 3}, {@code failing CODE}, {@code failingAfter ...}, or a bare delay ({@code PT5M}, meaning
     * {@code after}). Delays are ISO-8601 or a number and a unit ({@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h},
     * {@code 1d}).
     *
     * <pre>{@code
     * ReadinessPolicy.parse("after 5m");    // same as ReadinessPolicy.after(Duration.ofMinutes(5))
     * ReadinessPolicy.parse("PT5M");        // the same
     * }</pre>
     *
     * @throws IllegalArgumentException naming the valid forms
     */
    static ReadinessPolicy parse(String text) {
        return dev.fakewix.media.core.internal.scenario.ReadinessText.parse(text);
    }

    /**
     * A readiness delay as text: ISO-8601 ({@code PT5M}) or a number and a unit ({@code 250ms}, {@code 30s},
     * {@code 5m}, {@code 2h}, {@code 1d}).
     *
     * @throws IllegalArgumentException when {@code text} is neither form, or negative
     */
    static Duration parseDelay(String text) {
        return dev.fakewix.media.core.internal.scenario.ReadinessText.delay(text);
    }

    /** The same readiness for every file. */
    static ReadinessPolicy of(Readiness readiness) {
        Objects.requireNonNull(readiness, "readiness");
        return new ReadinessPolicy() {
            @Override
            public Readiness decide(PendingFile file) {
                return readiness;
            }

            @Override
            public String toString() {
                return readiness.toString();
            }
        };
    }

    /** This policy, except that files matching {@code match} get {@code then}. */
    default ReadinessPolicy forFiles(Predicate<PendingFile> match, ReadinessPolicy then) {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(then, "then");
        ReadinessPolicy otherwise = this;
        return file -> match.test(file) ? then.decide(file) : otherwise.decide(file);
    }

    /** This policy, except for files of {@code mediaType}. */
    default ReadinessPolicy forMediaType(MediaType mediaType, ReadinessPolicy then) {
        return forFiles(file -> file.mediaType() == mediaType, then);
    }

    /** This policy, except for files whose display name matches a glob ({@code *} and {@code ?}). */
    default ReadinessPolicy forFilesNamed(String glob, ReadinessPolicy then) {
        java.util.function.Predicate<String> matches = Globs.matcher(glob);
        return forFiles(file -> matches.test(file.displayName()), then);
    }

    /** This policy, except for files created directly in {@code folderId}. */
    default ReadinessPolicy forFolder(String folderId, ReadinessPolicy then) {
        return forFiles(file -> folderId.equals(file.parentFolderId()), then);
    }

    /** This policy, except for the file with id {@code fileId}. */
    default ReadinessPolicy forFileId(String fileId, ReadinessPolicy then) {
        return forFiles(file -> fileId.equals(file.fileId()), then);
    }
}
