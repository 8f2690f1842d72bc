package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the one exception the fake throws, shaped as the wire carries it. */
final class MediaErrors {
    private MediaErrors() {}

    /** Runs {@code call}, asserts it threw a {@link MediaManagerException} and returns it. */
    static MediaManagerException thrownBy(ThrowingCallable call) {
        MediaManagerException e = catchThrowableOfType(MediaManagerException.class, call);
        assertThat(e).as("expected a MediaManagerException").isNotNull();
        return e;
    }

    /**
     * Asserts a per-method code: HTTP 400, a validation error whose single violation has {@code violatedRule OTHER}
     * and {@code ruleName} = the code; returns the exception.
     */
    static MediaManagerException assertRule(ThrowingCallable call, WixErrorCode code) {
        MediaManagerException e = thrownBy(call);
        assertThat(e.code()).as("code of: %s", e.getMessage()).isEqualTo(code.name());
        assertThat(e.httpStatus()).isEqualTo(code.httpStatus());
        if (code.kind() == WixErrorCode.Kind.RULE) {
            assertThat(e.isValidationError()).isTrue();
            assertThat(e.fieldViolations()).singleElement().satisfies(v -> {
                assertThat(v.violatedRule()).isEqualTo("OTHER");
                assertThat(v.ruleName()).isEqualTo(code.name());
            });
        } else {
            assertThat(e.applicationError().code()).isEqualTo(code.name());
        }
        return e;
    }

    /** As {@link #assertRule}, also checking the field the violation names. */
    static MediaManagerException assertRule(ThrowingCallable call, WixErrorCode code, String field) {
        MediaManagerException e = assertRule(call, code);
        if (code.kind() == WixErrorCode.Kind.RULE) {
            assertThat(e.fieldViolations().get(0).field()).isEqualTo(field);
        }
        return e;
    }

    /** Asserts a plain 400 INVALID_ARGUMENT that names {@code field} with {@code violatedRule}. */
    static MediaManagerException assertInvalid(ThrowingCallable call, String field, String violatedRule) {
        MediaManagerException e = thrownBy(call);
        assertThat(e.code()).as("code of: %s", e.getMessage()).isEqualTo("INVALID_ARGUMENT");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.isValidationError()).isTrue();
        assertThat(e.fieldViolations()).as("violations of: %s", e.getMessage()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.violatedRule()).isEqualTo(violatedRule);
        });
        return e;
    }

    /** Asserts a plain 400 INVALID_ARGUMENT naming {@code field}, whatever the rule. */
    static MediaManagerException assertInvalid(ThrowingCallable call, String field) {
        MediaManagerException e = thrownBy(call);
        assertThat(e.code()).as("code of: %s", e.getMessage()).isEqualTo("INVALID_ARGUMENT");
        assertThat(e.fieldViolations()).extracting(FieldViolation::field).contains(field);
        return e;
    }
}
