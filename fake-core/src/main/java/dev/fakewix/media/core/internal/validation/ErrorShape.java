package dev.fakewix.media.core.internal.validation;

import dev.fakewix.media.core.FieldViolation;
import dev.fakewix.media.core.model.ApplicationError;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The wire fields of the API's two error values, in wire order, defined once for every writer: the HTTP facade's
 * (top-level errors, bulk items, the admin state) and the core's (webhook bodies).
 *
 * <pre>{@code
 * ErrorShape.of(FieldViolation.of("paging.limit", "MAX", "must be at most 100"))
 * // {field: paging.limit, description: must be at most 100, violatedRule: MAX}
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ErrorShape {
    private ErrorShape() {}

    /** {@code field}, {@code description}, {@code violatedRule}, then {@code ruleName} and {@code data} only when set. */
    public static Map<String, Object> of(FieldViolation v) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("field", v.field());
        shape.put("description", v.description());
        shape.put("violatedRule", v.violatedRule());
        if (v.ruleName() != null) {
            shape.put("ruleName", v.ruleName());
        }
        if (!v.data().isEmpty()) {
            shape.put("data", v.data());
        }
        return shape;
    }

    /** {@code code}, {@code description}, {@code data} (always present, {@code {}} when empty). */
    public static Map<String, Object> of(ApplicationError error) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("code", error.code());
        shape.put("description", error.description());
        shape.put("data", error.data());
        return shape;
    }
}
