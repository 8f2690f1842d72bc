package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.face.ScenarioPass;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.MediaType;
import dev.fakewix.media.core.model.OperationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScenariosTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    private final FakeMediaManager fake =
            FakeMediaManager.builder().seed(7).clock(VirtualClock.frozenAt(T0)).build();
    private final MediaSite site = fake.site();
    private final Scenarios scenarios = site.scenarios();

    private FileDescriptor importJpeg(String name) {
        return site.files().importFile(ImportFileRequest.of("https://example.com/" + name));
    }

    @Nested
    class Errors {
        @Test
        void aCataloguedErrorScriptedOnceAnswersTheNextCallThenStops() {
            scenarios
                    .on(Operation.IMPORT_FILE)
                    .failWith(WixErrorCode.SITE_QUOTA_EXCEEDED)
                    .once();

            assertThatThrownBy(() -> importJpeg("a.jpg")).isInstanceOfSatisfying(MediaManagerException.class, e -> {
                assertThat(e.code()).isEqualTo("SITE_QUOTA_EXCEEDED");
                assertThat(e.httpStatus()).isEqualTo(400);
                assertThat(e.fieldViolations())
                        .singleElement()
                        .satisfies(v -> assertThat(v.ruleName()).isEqualTo("SITE_QUOTA_EXCEEDED"));
            });
            assertThat(importJpeg("b.jpg").displayName()).isEqualTo("b.jpg");
        }

        @Test
        void aScriptedErrorNeverChangesState() {
            scenarios.on(Operation.IMPORT_FILE).failWithStatus(503).always();

            assertThatThrownBy(() -> importJpeg("a.jpg")).isInstanceOf(MediaManagerException.class);
            scenarios.clear();

            assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
        }

        @Test
        void aStandardErrorByStatusCarriesItsCodeAndA429CarriesRetryAfter() {
            scenarios
                    .on(Operation.LIST_FILES)
                    .failWithStatus(429)
                    .retryAfter(Duration.ofSeconds(7))
                    .once();
            scenarios.on(Operation.GET_FOLDER).failWithStatus(503).once();

            assertThatThrownBy(() -> site.files().listFiles(ListFilesRequest.all()))
                    .isInstanceOfSatisfying(MediaManagerException.class, e -> {
                        assertThat(e.code()).isEqualTo("RESOURCE_EXHAUSTED");
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.retryAfterSeconds()).contains(7);
                        assertThat(e.isValidationError()).isFalse();
                    });
            assertThatThrownBy(() -> site.folders().getFolder("media-root"))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo("UNAVAILABLE"));
        }

        @Test
        void timesFromCallAndAlwaysCountMatchingCallsOnly() {
            ScriptedBehaviour twice =
                    scenarios.on(Operation.LIST_FILES).failWithStatus(500).times(2);
            ScriptedBehaviour third =
                    scenarios.on(Operation.GET_FOLDER).failWithStatus(500).fromCall(3);

            List<Boolean> listOutcomes = outcomes(4, () -> site.files().listFiles(ListFilesRequest.all()));
            List<Boolean> folderOutcomes = outcomes(4, () -> site.folders().getFolder("media-root"));

            assertThat(listOutcomes).containsExactly(false, false, true, true);
            assertThat(folderOutcomes).containsExactly(true, true, false, false);
            assertThat(twice.timesMet()).isEqualTo(2);
            assertThat(third.timesMet()).isEqualTo(2);
        }

        @Test
        void aMatchLimitsTheErrorToRequestsForAFolder() {
            String photos = site.folders().createFolder("photos", null).id();
            scenarios
                    .on(Operation.IMPORT_FILE)
                    .where(RequestMatch.folder(photos))
                    .failWithStatus(403)
                    .always();

            assertThat(importJpeg("root.jpg").parentFolderId()).isEqualTo("media-root");
            assertThatThrownBy(() -> site.files()
                            .importFile(ImportFileRequest.of("https://example.com/p.jpg")
                                    .withParentFolderId(photos)))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo("PERMISSION_DENIED"));
        }

        @Test
        void aMatchOnMimeTypeAcceptsWildcards() {
            scenarios
                    .on(Operation.IMPORT_FILE)
                    .where(RequestMatch.mimeType("video/*"))
                    .failWith(WixErrorCode.FILE_SIZE_OVER_LIMIT)
                    .always();

            assertThat(importJpeg("still.jpg")).isNotNull();
            assertThatThrownBy(() -> importJpeg("clip.mp4"))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo("FILE_SIZE_OVER_LIMIT"));
        }

        @Test
        void probabilityDrawsFromTheSeedSoTheSameSeedGivesTheSameOutcomes() {
            List<Boolean> first = probabilisticRun(11);
            List<Boolean> again = probabilisticRun(11);
            List<Boolean> other = probabilisticRun(12);

            assertThat(first).isEqualTo(again).contains(true, false);
            assertThat(other).isNotEqualTo(first);
        }

        private List<Boolean> probabilisticRun(long seed) {
            MediaSite s = FakeMediaManager.builder()
                    .seed(seed)
                    .clock(VirtualClock.frozenAt(T0))
                    .build()
                    .site();
            s.scenarios().on(Operation.LIST_FILES).failWithStatus(503).withProbability(0.5);
            List<Boolean> out = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                try {
                    s.files().listFiles(ListFilesRequest.all());
                    out.add(true);
                } catch (MediaManagerException e) {
                    out.add(false);
                }
            }
            return out;
        }

        @Test
        void resetClearsScenariosOfTheSiteOnly() {
            MediaSite other = fake.site("other-site");
            scenarios.onAnyOperation().failWithStatus(503).always();
            other.scenarios().onAnyOperation().failWithStatus(503).always();

            site.reset();

            assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
            assertThatThrownBy(() -> other.files().listFiles(ListFilesRequest.all()))
                    .isInstanceOf(MediaManagerException.class);
        }
    }

    @Nested
    class ReadinessOfTheSite {
        @Test
        void perMediaTypeRulesOverrideTheSitePolicy() {
            scenarios.readiness(
                    Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5))));

            FileDescriptor photo = importJpeg("a.jpg");
            FileDescriptor video = importJpeg("b.mp4");

            assertThat(status(photo)).isEqualTo(OperationStatus.READY);
            assertThat(status(video)).isEqualTo(OperationStatus.PENDING);
            fake.clock().advance(Duration.ofMinutes(5));
            assertThat(status(video)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void readinessAfterReadsTurnsReadyOnTheReadAfterTheNth() {
            scenarios.readiness(Readiness.afterReads(2, Readiness.ready()));
            FileDescriptor file = importJpeg("a.jpg");

            assertThat(status(file)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(file)).isEqualTo(OperationStatus.PENDING);
            assertThat(status(file)).isEqualTo(OperationStatus.READY);
        }

        @Test
        void aFailingRuleFiresFileFailedWithItsError() {
            List<MediaEvent> events = new ArrayList<>();
            fake.onEvent(events::add);
            scenarios.readiness(Readiness.ready()
                    .forFilesNamed("*.broken.*", Readiness.failed("UNSUPPORTED_FILE_FORMAT", "cannot decode")));

            FileDescriptor broken = importJpeg("photo.broken.jpg");

            assertThat(status(broken)).isEqualTo(OperationStatus.FAILED);
            assertThat(events)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            MediaEvent.FileFailed.class,
                            failed -> assertThat(failed.error().code()).isEqualTo("UNSUPPORTED_FILE_FORMAT"));
        }

        @Test
        void resetReturnsTheSiteToTheDefaultReadiness() {
            scenarios.readiness(Readiness.manual());
            site.reset();

            assertThat(status(importJpeg("a.jpg"))).isEqualTo(OperationStatus.READY);
        }
    }

    @Nested
    class Limits {
        @Test
        void aStorageQuotaIsReachedByUploadsAndThenRefusesImports() {
            scenarios.limits(SiteLimits.unlimited().withStorageQuota(10));
            String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
            FaceAccess.get()
                    .transfers(fake)
                    .upload(url.substring(url.lastIndexOf('/') + 1), "a.png", "image/png", new byte[10]);

            assertThatThrownBy(() -> importJpeg("b.jpg"))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo("SITE_QUOTA_EXCEEDED"));
        }

        @Test
        void aFileSizeLimitRefusesLargerUploadUrls() {
            scenarios.limits(SiteLimits.unlimited().withMaxFileSize(100));

            assertThatThrownBy(() -> site.files()
                            .generateFileUploadUrl(
                                    GenerateFileUploadUrlRequest.of("image/png").withSizeInBytes(101L)))
                    .isInstanceOfSatisfying(
                            MediaManagerException.class,
                            e -> assertThat(e.code()).isEqualTo("FILE_SIZE_OVER_LIMIT"));
        }
    }

    @Nested
    class JsonForm {
        @Test
        void theJsonFormAndTheJavaDslBehaveTheSame() {
            Consumer<Scenarios> java = s -> {
                s.on(Operation.IMPORT_FILE)
                        .failWith(WixErrorCode.SITE_QUOTA_EXCEEDED)
                        .times(2);
                s.on(Operation.LIST_FILES).failWithStatus(503).fromCall(2);
                s.on(Operation.GET_FOLDER).failWithStatus(429).withProbability(0.5);
                s.readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.manual()));
            };
            String json = """
                    {"errors": [
                       {"operation": "importFile", "error": "SITE_QUOTA_EXCEEDED", "times": 2},
                       {"operation": "listFiles", "status": 503, "fromCall": 2},
                       {"operation": "getFolder", "status": 429, "probability": 0.5}],
                     "readiness": {"policy": "ready", "rules": [{"mediaType": "VIDEO", "policy": "manual"}]}}
                    """;
            MediaSite viaJava = FakeMediaManager.builder()
                    .seed(3)
                    .clock(VirtualClock.frozenAt(T0))
                    .build()
                    .site();
            MediaSite viaJson = FakeMediaManager.builder()
                    .seed(3)
                    .clock(VirtualClock.frozenAt(T0))
                    .build()
                    .site();
            java.accept(viaJava.scenarios());
            viaJson.scenarios().apply(json);

            assertThat(transcript(viaJson)).isEqualTo(transcript(viaJava));
            assertThat(viaJson.scenarios().active())
                    .extracting(ScriptedBehaviour::description)
                    .isEqualTo(viaJava.scenarios().active().stream()
                            .map(ScriptedBehaviour::description)
                            .toList());
        }

        private List<String> transcript(MediaSite s) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                out.add(outcome(() -> s.files()
                        .importFile(ImportFileRequest.of("https://example.com/clip.mp4"))
                        .operationStatus()
                        .name()));
                out.add(outcome(() -> ""
                        + s.files().listFiles(ListFilesRequest.all()).files().stream()
                                .map(f -> f.mediaType() + ":" + f.operationStatus())
                                .toList()));
                out.add(outcome(() -> s.folders().getFolder("media-root").id()));
            }
            return out;
        }

        @Test
        void latencyAndFaultsParseAndReadAsSentences() {
            scenarios.apply("""
                    {"latency": [{"operation": "*", "min": "PT0S", "max": "PT0S"}],
                     "faults": [{"operation": "getFileDescriptor", "fault": "CONNECTION_RESET", "times": 1}]}
                    """);

            assertThat(scenarios.active())
                    .extracting(ScriptedBehaviour::label)
                    .containsExactly("#1 *: delay 0 ms always", "#2 getFileDescriptor: fault CONNECTION_RESET once");
            assertThat(faultMetBy(Operation.GET_FILE_DESCRIPTOR)).contains(HttpFault.CONNECTION_RESET);
            assertThat(faultMetBy(Operation.GET_FILE_DESCRIPTOR)).isEmpty();
        }

        @Test
        void anUnknownOperationIsRefusedNamingTheValidOnesAndNothingIsApplied() {
            assertThatThrownBy(() -> scenarios.apply("""
                    {"errors": [{"operation": "importFile", "status": 503},
                                {"operation": "uploadEverything", "status": 503}]}"""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("errors[1].operation: unknown operation 'uploadEverything'")
                    .hasMessageContaining("importFile, bulkImportFile");
            assertThat(scenarios.active()).isEmpty();
        }

        @Test
        void anUnknownErrorCodeIsRefusedNamingTheValidCodes() {
            assertThatThrownBy(() ->
                            scenarios.apply("{\"errors\": [{\"operation\": \"listFiles\", \"error\": \"OOPS\"}]}"))
                    .hasMessageContaining("unknown error code 'OOPS'")
                    .hasMessageContaining("SITE_QUOTA_EXCEEDED");
        }

        @Test
        void malformedJsonIsRefusedWithoutChangingTheSite() {
            scenarios.readiness(Readiness.manual());

            assertThatThrownBy(() -> scenarios.apply("{\"readiness\": {\"policy\": \"ready\"}, \"errors\": ["))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not valid JSON");
            assertThat(status(importJpeg("a.jpg"))).isEqualTo(OperationStatus.PENDING);
        }

        @Test
        void unknownKeysAndBadDurationsAreRefusedWithTheValidChoices() {
            assertThatThrownBy(() -> scenarios.apply("{\"errrors\": []}"))
                    .hasMessageContaining("unknown key 'errrors'")
                    .hasMessageContaining("errors");
            assertThatThrownBy(() -> scenarios.apply(
                            "{\"readiness\": {\"policy\": \"readyAfter\", \"duration\": \"5 minutes\"}}"))
                    .hasMessageContaining("not an ISO-8601 duration");
            assertThatThrownBy(() ->
                            scenarios.apply("{\"faults\": [{\"operation\": \"listFiles\", \"fault\": \"EXPLODE\"}]}"))
                    .hasMessageContaining("valid faults: CONNECTION_RESET");
        }
    }

    @Test
    void theTraceNamesTheBehaviourARequestMet() {
        scenarios.on(Operation.LIST_FILES).failWithStatus(503).once();

        ScenarioPass pass = FaceAccess.get().scenarioPass(fake, null);
        try {
            pass.run(() -> site.files().listFiles(ListFilesRequest.all()));
        } catch (MediaManagerException expected) {
            // the trace is what this test is about
        }
        assertThat(pass.met()).containsExactly("#1 listFiles: fail with UNAVAILABLE once");
    }

    /** The fault a request of {@code operation} meets, as the HTTP facade sees it through a scenario pass. */
    private Optional<HttpFault> faultMetBy(Operation operation) {
        ScenarioPass pass = FaceAccess.get().scenarioPass(fake, operation);
        try {
            pass.run(() -> site.files().getFileDescriptor("any-file"));
        } catch (MediaManagerException expected) {
            // only the decided fault matters here
        }
        return pass.fault();
    }

    private OperationStatus status(FileDescriptor file) {
        return site.files().getFileDescriptor(file.id()).operationStatus();
    }

    private static List<Boolean> outcomes(int n, Runnable call) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try {
                call.run();
                out.add(true);
            } catch (MediaManagerException e) {
                out.add(false);
            }
        }
        return out;
    }

    private static String outcome(Supplier<String> call) {
        try {
            return call.get();
        } catch (MediaManagerException e) {
            return e.code();
        }
    }
}
