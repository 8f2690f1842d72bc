package dev.fakewix.media.contract;

import dev.fakewix.media.client.Endpoint;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The endpoints whose success path a contract test checks. The suite verifies after a passing test that it really
 * called each of them with a 200 answer, so the report's coverage cannot claim more than the tests do.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Exercises {
    Endpoint[] value();
}
