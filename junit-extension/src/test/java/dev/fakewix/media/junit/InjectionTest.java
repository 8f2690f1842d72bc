package dev.fakewix.media.junit;

import static dev.fakewix.media.junit.EngineRuns.assertAllPassed;
import static dev.fakewix.media.junit.EngineRuns.onlyFailure;
import static dev.fakewix.media.junit.EngineRuns.reported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.Files;
import dev.fakewix.media.core.Folders;
import dev.fakewix.media.core.Lifecycle;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Scenarios;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.http.RequestJournal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** What the extension injects, where, and what it says when it cannot. */
class InjectionTest {

    @Test
    void injectsTheTestsFakeIntoParametersFieldsAndTheConstructor() {
        assertAllPassed(EngineRuns.run(EveryInjectableType.class), 1);
    }

    @Test
    void injectsTheSameFakeIntoBeforeEachAndTheTest() {
        assertAllPassed(EngineRuns.run(BeforeEachAndTest.class), 1);
    }

    @Test
    void refusesHttpCoordinatesWhenHttpIsOffAndSaysHowToTurnItOn() {
        String failure = onlyFailure(EngineRuns.run(HttpInfoWithoutHttp.class));

        assertThat(failure)
                .contains(
                        "FakeMediaManagerHttp",
                        "does not serve HTTP",
                        "@WithFakeMediaManager(http = true)",
                        "FakeMediaManagerExtension.builder().http(true)");
    }

    @Test
    void refusesAWrongParameterTypeAndNamesTheTypesItInjects() {
        String failure = onlyFailure(EngineRuns.run(JournalParameter.class));

        assertThat(failure)
                .contains(
                        "parameter [RequestJournal journal]",
                        "injects FakeMediaManager, MediaSite",
                        "inject FakeMediaManagerHttp and use http.requests()");
    }

    @Test
    void refusesInjectionIntoBeforeAllAndSaysWhereItWorks() {
        String failure = onlyFailure(EngineRuns.run(BeforeAllParameter.class));

        assertThat(failure).contains("made fresh for each test", "@BeforeEach");
    }

    @Test
    void refusesStaticAndUnsupportedFields() {
        assertThat(onlyFailure(EngineRuns.run(StaticField.class)))
                .contains("field [MediaSite site]", "static", "Remove 'static'");
        assertThat(onlyFailure(EngineRuns.run(StringField.class))).contains("field [String name]", "java.lang.String");
    }

    @Test
    void reinjectsFieldsOfAPerClassInstanceBeforeEachTest() {
        EngineExecutionResults results = EngineRuns.run(PerClassFields.class);

        assertAllPassed(results, 2);
        assertThat(reported(results, "fake")).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void refusesFieldInjectionIntoAPerClassInstanceWhoseTestsRunConcurrently() {
        EngineExecutionResults results = EngineRuns.runInParallel(PerClassConcurrentFields.class);

        assertThat(EngineRuns.failures(results).values())
                .isNotEmpty()
                .allSatisfy(message -> assertThat(message).contains("PER_CLASS", "CONCURRENT", "parameter"));
    }

    @Test
    void refusesConstructorInjectionOfAPerClassInstance() {
        assertThat(onlyFailure(EngineRuns.run(PerClassConstructor.class))).contains("PER_CLASS");
    }

    @Test
    void injectsIntoNestedClassesAndTheirEnclosingInstance() {
        assertAllPassed(EngineRuns.run(Outer.class), 2);
    }

    @Test
    void worksWithPlainExtendWithAndItsDefaults() {
        assertAllPassed(EngineRuns.run(PlainExtendWith.class), 1);
    }

    @Test
    void refusesTheAnnotationTogetherWithAProgrammaticRegistration() {
        String failure = onlyFailure(EngineRuns.run(AnnotationAndRegisterExtension.class));

        assertThat(failure).contains("registered more than once", "Keep exactly one", "builder()");
    }

    @Test
    void refusesTwoProgrammaticRegistrations() {
        String failure = onlyFailure(EngineRuns.run(TwoRegisterExtensions.class));

        assertThat(failure).contains("registered more than once", "Keep exactly one");
    }

    // ------------------------------------------------------------------ fixtures (run by EngineTestKit only)

    @WithFakeMediaManager(http = true)
    static class EveryInjectableType {
        @InjectFake
        MediaSite siteField;

        @InjectFake
        FakeMediaManagerHttp httpField;

        @InjectFake
        Files filesField;

        final MediaSite constructorSite;

        EveryInjectableType(MediaSite site) {
            this.constructorSite = site;
        }

        @Test
        void everyTypeIsOfTheTestsSite(
                FakeMediaManager fake,
                MediaSite site,
                Files files,
                Folders folders,
                Lifecycle lifecycle,
                Scenarios scenarios,
                VirtualClock clock,
                FakeMediaManagerHttp http) {
            assertThat(site).isSameAs(siteField).isSameAs(constructorSite);
            assertThat(fake.site(http.siteId())).isSameAs(site);
            assertThat(files).isSameAs(site.files()).isSameAs(filesField);
            assertThat(folders).isSameAs(site.folders());
            assertThat(lifecycle).isSameAs(site.lifecycle());
            assertThat(scenarios).isSameAs(site.scenarios());
            assertThat(clock).isSameAs(fake.clock());
            assertThat(http).isSameAs(httpField);
            assertThat(http.siteId()).isEqualTo(site.siteId()).isNotEqualTo(FakeMediaManager.DEFAULT_SITE_ID);
            assertThat(http.baseUri().getPort()).isEqualTo(http.port());
            assertThat(http.apiKey()).isEqualTo(WithFakeMediaManager.DEFAULT_API_KEY);
        }
    }

    @WithFakeMediaManager
    static class BeforeEachAndTest {
        MediaSite fromBeforeEach;

        @BeforeEach
        void seed(MediaSite site) {
            fromBeforeEach = site;
            site.files().importFile(ImportFileRequest.of("https://example.com/seeded.jpg"));
        }

        @Test
        void seesWhatBeforeEachMade(MediaSite site) {
            assertThat(site).isSameAs(fromBeforeEach);
            assertThat(site.snapshot().files()).hasSize(1);
        }
    }

    @WithFakeMediaManager
    static class HttpInfoWithoutHttp {
        @Test
        void asksForHttp(FakeMediaManagerHttp http) {}
    }

    @WithFakeMediaManager(http = true)
    static class JournalParameter {
        @Test
        void asksForTheJournal(RequestJournal journal) {}
    }

    @WithFakeMediaManager
    static class BeforeAllParameter {
        @BeforeAll
        static void setUp(MediaSite site) {}

        @Test
        void test() {}
    }

    @WithFakeMediaManager
    static class StaticField {
        @InjectFake
        static MediaSite site;

        @Test
        void test() {}
    }

    @WithFakeMediaManager
    static class StringField {
        @InjectFake
        String name;

        @Test
        void test() {}
    }

    @WithFakeMediaManager
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerClassFields {
        @InjectFake
        FakeMediaManager fake;

        @InjectFake
        MediaSite site;

        @Test
        @Order(1)
        void first(TestReporter reporter) {
            assertThat(site.snapshot().files()).isEmpty();
            site.files().importFile(ImportFileRequest.of("https://example.com/first.jpg"));
            reporter.publishEntry("fake", String.valueOf(System.identityHashCode(fake)));
        }

        @Test
        @Order(2)
        void second(TestReporter reporter, MediaSite parameter) {
            assertThat(site).isSameAs(parameter);
            assertThat(site.snapshot().files()).isEmpty();
            reporter.publishEntry("fake", String.valueOf(System.identityHashCode(fake)));
        }
    }

    @WithFakeMediaManager
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @Execution(ExecutionMode.CONCURRENT)
    static class PerClassConcurrentFields {
        @InjectFake
        MediaSite site;

        @Test
        void one() {}

        @Test
        void two() {}
    }

    @WithFakeMediaManager
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassConstructor {
        PerClassConstructor(MediaSite site) {}

        @Test
        void test() {}
    }

    @WithFakeMediaManager(http = true)
    static class Outer {
        @InjectFake
        MediaSite outerSite;

        @Test
        void outerTest(MediaSite site) {
            assertThat(site).isSameAs(outerSite);
        }

        @Nested
        class Inner {
            @InjectFake
            MediaSite innerSite;

            @Test
            void innerTest(MediaSite site, FakeMediaManagerHttp http, TestInfo info) {
                assertThat(site).isSameAs(innerSite).isSameAs(outerSite);
                assertThat(http.siteId()).isEqualTo(site.siteId());
            }
        }
    }

    @ExtendWith(FakeMediaManagerExtension.class)
    static class PlainExtendWith {
        @Test
        void getsTheDefaults(FakeMediaManager fake, MediaSite site) {
            assertThat(site.siteId()).isEqualTo(FakeMediaManager.DEFAULT_SITE_ID);
            assertThat(fake.clock().instant()).hasToString(WithFakeMediaManager.DEFAULT_INSTANT);
        }
    }

    @WithFakeMediaManager
    static class AnnotationAndRegisterExtension {
        @RegisterExtension
        static FakeMediaManagerExtension media =
                FakeMediaManagerExtension.builder().build();

        @Test
        void test(MediaSite site) {}
    }

    static class TwoRegisterExtensions {
        @RegisterExtension
        static FakeMediaManagerExtension one =
                FakeMediaManagerExtension.builder().build();

        @RegisterExtension
        static FakeMediaManagerExtension two =
                FakeMediaManagerExtension.builder().fake(b -> b.seed(2)).build();

        @Test
        void test(MediaSite site) {}
    }
}
