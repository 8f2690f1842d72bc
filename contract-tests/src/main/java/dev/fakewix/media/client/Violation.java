package dev.fakewix.media.client;

import org.apiguardian.api.API;

/**
 * One field violation of a Wix validation error ({@code details.validationError.fieldViolations[]}).
 *
 * <p>The API's own per-method codes travel here: {@code violatedRule "OTHER"} with the code as {@code ruleName}, e.g.
 * {@code Violation[field=sort.fieldName, description=..., violatedRule=OTHER, ruleName=UNSUPPORTED_SORT_VALUE]}.
 *
 * @param field        the request field, e.g. {@code paging.limit}
 * @param description  what is wrong, in words
 * @param violatedRule Wix's rule vocabulary ({@code MAX}, {@code REQUIRED_FIELD}, {@code OTHER}, ...); may be empty
 * @param ruleName     the per-method code when {@code violatedRule} is {@code OTHER}, else {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Violation(String field, String description, String violatedRule, String ruleName) {
    public Violation {
        field = field == null ? "" : field;
        description = description == null ? "" : description;
        violatedRule = violatedRule == null ? "" : violatedRule;
    }
}
