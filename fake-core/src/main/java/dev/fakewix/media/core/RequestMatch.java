package dev.fakewix.media.core;

import dev.fakewix.media.core.internal.scenario.Rules;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a scripted behaviour applies to, beyond the operation: a target folder, a MIME type, a file id
 * or name, or any predicate over the request's facts.
 *
 * <pre>{@code
 * site.scenarios().on(Operation.IMPORT_FILE).where(RequestMatch.mimeType("video/mp4")).failWith(WixErrorCode.SITE_QUOTA_EXCEEDED).always();
 * }</pre>
 *
 * @param description how the match reads in journals and error messages, e.g. {@code folderId=abc}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RequestMatch(String description, Predicate<Request> predicate) {
    public RequestMatch {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(predicate, "predicate");
    }

    /**
     * What is known of a request when it meets the scenarios.
     *
     * @param folderId the folder it targets (parent of an import, folder listed...), or {@code null}
     * @param mimeType the MIME type of an import or upload, or {@code null}
     * @param fileIds  the file ids it names
     * @param fileName the display or file name it gives, or {@code null}
     */
    public record Request(
            @Nullable Operation operation,
            @Nullable String folderId,
            @Nullable String mimeType,
            List<String> fileIds,
            @Nullable String fileName) {}

    /** Requests targeting {@code folderId}. */
    public static RequestMatch folder(String folderId) {
        return new RequestMatch(
                "folderId=" + folderId, Rules.match("folderId", folderId, r -> folderId.equals(r.folderId())));
    }

    /** Requests with MIME type {@code mimeType} (case-insensitive; {@code image/*} matches every image type). */
    public static RequestMatch mimeType(String mimeType) {
        String wanted = mimeType.toLowerCase(Locale.ROOT);
        boolean wildcard = wanted.endsWith("/*");
        return new RequestMatch(
                "mimeType=" + mimeType,
                Rules.match(
                        "mimeType",
                        mimeType,
                        r -> r.mimeType() != null
                                && (wildcard
                                        ? r.mimeType()
                                                .toLowerCase(Locale.ROOT)
                                                .startsWith(wanted.substring(0, wanted.length() - 1))
                                        : r.mimeType().equalsIgnoreCase(wanted))));
    }

    /** Requests naming file {@code fileId}. */
    public static RequestMatch fileId(String fileId) {
        return new RequestMatch(
                "fileId=" + fileId,
                Rules.match("fileId", fileId, r -> r.fileIds().contains(fileId)));
    }

    /** Requests whose file name matches a glob ({@code *}, {@code ?}). */
    public static RequestMatch fileNamed(String glob) {
        Predicate<String> matches = Globs.matcher(glob);
        return new RequestMatch("fileName=" + glob, Rules.match("fileName", glob, r -> matches.test(r.fileName())));
    }

    /** Requests matching any predicate; {@code description} names it in journals. */
    public static RequestMatch matching(String description, Predicate<Request> predicate) {
        return new RequestMatch(description, predicate);
    }
}
