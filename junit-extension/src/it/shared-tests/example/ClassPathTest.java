package example;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix point this project claims is the one on its class path: the Jackson 2 and JUnit versions, and whether an
 * SLF4J binding is there (the project's pom passes what it expects as system properties).
 */
class ClassPathTest {
    @Test
    void jackson2IsTheProjectsVersion() {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .startsWith(System.getProperty("expected.jackson"));
    }

    @Test
    void junitIsTheProjectsVersion() {
        assertThat(Test.class.getPackage().getImplementationVersion()).startsWith(System.getProperty("expected.junit"));
    }

    @Test
    void anSlf4jBindingIsPresentExactlyWhenTheProjectHasOne() {
        boolean bound = !LoggerFactory.getILoggerFactory().getClass().getName().contains("NOP");
        assertThat(bound).isEqualTo(Boolean.getBoolean("expected.slf4jBinding"));
    }
}
