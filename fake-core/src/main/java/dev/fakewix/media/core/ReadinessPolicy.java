package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.scenario.ReadinessText;
import dev.fakewix.media.core.internal.scenario.Rules;
import dev.fakewix.media.core.model.MediaType;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Decides, for every new file, how it leaves {@code PENDING}: a {@link Readiness} per file. Every {@link Readiness}
 * is a policy (the same for every file); the rules below refine one for some files. Import and upload responses
 * always show {@code PENDING} (as Wix does); the policy decides what later reads see.
 *
 * <pre>{@code
 * ReadinessPolicy policy = Readiness.ready()                                        // the default
 *         .forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5)))  // videos take 5 minutes
 *         .forFilesNamed("*.broken.*", Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode"));
 * FakeMediaManager.builder().readiness(policy);          // the default of every site of the fake
 * site.scenarios().readiness(policy);                    // one site, until it is reset
 * }</pre>
 *
 * <p>Later rules win over earlier ones. Implementations must be thread-safe and side-effect free.
 */
@FunctionalInterface
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface ReadinessPolicy {

    /** Chooses the readiness of one new file. */
    Readiness decide(PendingFile file);

    /**
     * A policy written as text, in the words of {@link Readiness}: the one syntax of the standalone server's
     * {@code --readiness} and the JUnit annotation. A word and its arguments, separated by spaces:
     * {@code ready}, {@code readyAfter 5m}, {@code readyAfterWallTime 30s}, {@code failed [CODE]},
     * {@code failedAfter 5m [CODE]}, {@code afterReads 3 [failed CODE]}, {@code manual}. Words are case-insensitive;
     * delays are a number and a unit ({@code 250ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}) or ISO-8601
     * ({@code PT5M}); a failure without a code fails with {@link Lifecycle#DEFAULT_FAILURE_CODE}.
     *
     * <pre>{@code
     * ReadinessPolicy.parse("readyAfter 5m");   // equals Readiness.readyAfter(Duration.ofMinutes(5))
     * ReadinessPolicy.parse("afterReads 3");    // equals Readiness.afterReads(3, Readiness.ready())
     * }</pre>
     *
     * @throws IllegalArgumentException naming the valid words
     */
    static ReadinessPolicy parse(String text) {
        return ReadinessText.parse(text);
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
        Objects.requireNonNull(mediaType, "mediaType");
        // a rule that knows what it was made from, so that a data directory can keep it
        return Rules.readinessRule(this, "mediaType", mediaType.name(), file -> file.mediaType() == mediaType, then);
    }

    /** This policy, except for files whose display name matches a glob ({@code *} and {@code ?}). */
    default ReadinessPolicy forFilesNamed(String glob, ReadinessPolicy then) {
        Predicate<String> matches = Globs.matcher(glob);
        return Rules.readinessRule(this, "namePattern", glob, file -> matches.test(file.displayName()), then);
    }

    /** This policy, except for files created directly in {@code folderId}. */
    default ReadinessPolicy forFolder(String folderId, ReadinessPolicy then) {
        Objects.requireNonNull(folderId, "folderId");
        return Rules.readinessRule(this, "folderId", folderId, file -> folderId.equals(file.parentFolderId()), then);
    }

    /** This policy, except for the file with id {@code fileId}. */
    default ReadinessPolicy forFileId(String fileId, ReadinessPolicy then) {
        Objects.requireNonNull(fileId, "fileId");
        return Rules.readinessRule(this, "fileId", fileId, file -> fileId.equals(file.fileId()), then);
    }
}
