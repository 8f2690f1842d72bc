package dev.fakewix.media.assertj;

import dev.fakewix.media.http.JournalEntry;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.assertj.core.api.Condition;

/**
 * Conditions on one journaled request, for {@link RequestJournalAssert#received(dev.fakewix.media.core.Operation, int, Condition)}.
 * Combine them with AssertJ's {@code allOf(...)} / {@code anyOf(...)}; each describes itself in failure messages.
 *
 * <pre>{@code
 * assertThat(http).received(Operation.IMPORT_FILE, 1, bodyHas("displayName", "cat.jpg"));
 * assertThat(http).received(Operation.LIST_FILES, 2, allOf(queryParam("paging.limit", "50"), status(200)));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RequestConditions {
    private RequestConditions() {}

    /** The query has {@code name=value} (one of its values, for repeated keys). */
    public static Condition<JournalEntry> queryParam(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        return new Condition<>(
                e -> e.query().getOrDefault(name, List.of()).contains(value), "query %s=%s", name, value);
    }

    /** The body contains this text as is. */
    public static Condition<JournalEntry> bodyContains(String fragment) {
        Objects.requireNonNull(fragment, "fragment");
        return new Condition<>(
                e -> e.body() != null && e.body().contains(fragment), "body containing \"%s\"", fragment);
    }

    /**
     * The JSON body has, at any depth, a member {@code field} with this value: a string is compared as a JSON string,
     * a number or boolean as a literal ({@code bodyHas("private", true)}, {@code bodyHas("displayName", "a.jpg")}).
     * Whitespace does not matter.
     */
    public static Condition<JournalEntry> bodyHas(String field, Object value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        String literal = value instanceof Number || value instanceof Boolean
                ? String.valueOf(value)
                : "\"" + jsonEscape(String.valueOf(value)) + "\"";
        Pattern pattern = Pattern.compile("\"" + Pattern.quote(jsonEscape(field)) + "\"\\s*:\\s*"
                + Pattern.quote(literal) + (literal.startsWith("\"") ? "" : "(?![0-9A-Za-z.])"));
        return new Condition<>(
                e -> e.body() != null && pattern.matcher(e.body()).find(), "body with \"%s\": %s", field, literal);
    }

    /** The HTTP status of the answer. */
    public static Condition<JournalEntry> status(int status) {
        return new Condition<>(e -> e.status() == status, "status %s", status);
    }

    /** The answer was the error with this Wix code ({@code SITE_QUOTA_EXCEEDED}, {@code UNAVAILABLE}, ...). */
    public static Condition<JournalEntry> errorCode(String code) {
        Objects.requireNonNull(code, "code");
        return new Condition<>(e -> code.equals(e.errorCode()), "error %s", code);
    }

    /** The answer was a success (200). */
    public static Condition<JournalEntry> succeeded() {
        return new Condition<>(e -> e.status() == 200, "success (200)");
    }

    private static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
