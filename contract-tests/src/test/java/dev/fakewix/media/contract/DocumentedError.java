package dev.fakewix.media.contract;

import dev.fakewix.media.client.Endpoint;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A documented error code (docs/api-reference.md#errors-per-method) a contract test provokes. The suite verifies
 * after a passing test that the endpoint really answered with that code.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(DocumentedError.List.class)
public @interface DocumentedError {
    Endpoint endpoint();

    String code();

    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface List {
        DocumentedError[] value();
    }
}
