package dev.fakewix.media.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a validation error ({@code details.validationError.fieldViolations[]} on the wire).
 *
 * @param field        REST path of the offending field, e.g. {@code paging.limit}
 * @param description  what was expected and what was found
 * @param violatedRule the rule type, e.g. {@code MAX}, {@code MAX_LENGTH}, {@code REQUIRED_FIELD}, or {@code OTHER}
 * @param ruleName     the API's own code when {@code violatedRule} is {@code OTHER} (e.g. {@code RESOURCE_NOT_FOUND}), else {@code null}
 * @param data         extra data, e.g. {@code allowedValues}; never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record FieldViolation(
        String field,
        String description,
        String violatedRule,
        @Nullable String ruleName,
        Map<String, Object> data) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(violatedRule, "violatedRule");
        data = data == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(data)); // keeps the wire order
    }

    /** A breach of a plain constraint such as {@code MAX_LENGTH}. */
    public static FieldViolation of(String field, String violatedRule, String description) {
        return new FieldViolation(field, description, violatedRule, null, Map.of());
    }
}
