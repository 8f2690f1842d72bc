package dev.fakewix.media.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks an instance field (or, optionally, a parameter) that {@link FakeMediaManagerExtension} fills with the current
 * test's fake. Supported types are those of parameter injection: {@code FakeMediaManager}, {@code MediaSite},
 * {@code Files}, {@code Folders}, {@code Lifecycle}, {@code Scenarios}, {@code VirtualClock} and, with HTTP on,
 * {@link FakeMediaManagerHttp}.
 *
 * <pre>{@code
 * @WithFakeMediaManager
 * class GalleryTest {
 *     @InjectFake MediaSite site;
 *     @InjectFake Files files;
 *
 *     @Test
 *     void startsEmpty() {
 *         assertThat(site).isEmpty();
 *     }
 * }
 * }</pre>
 *
 * <p>Fields are (re)assigned before each test, before {@code @BeforeEach} methods run, on the test instance and on
 * the enclosing instances of {@code @Nested} classes. Static or final fields, and fields of other types, are refused
 * with a message. With {@code @TestInstance(PER_CLASS)} one instance serves every test, so fields are only safe when
 * its tests run one at a time; concurrent tests of such a class must take the fake as parameters (the extension
 * refuses field injection there).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public @interface InjectFake {}
