/**
 * The fake's container image as a Testcontainers container: {@code FakeWixMediaManagerContainer}, with the
 * standalone server's options as fluent methods and the request journal read back for the AssertJ assertions.
 */
@NullMarked
@API(status = API.Status.EXPERIMENTAL)
package dev.fakewix.media.testcontainers;

import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
