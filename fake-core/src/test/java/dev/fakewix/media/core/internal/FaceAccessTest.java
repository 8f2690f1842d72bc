package dev.fakewix.media.core.internal;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.HttpFault;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.TransferUrls;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.VirtualClock;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The faces' hooks reach the core through FaceAccess only: none of them is public on the classes users see. */
class FaceAccessTest {
    private final FaceAccess core = FaceAccess.get();

    @Test
    void transferUrlsPointWhereTheFaceServesThem() {
        FakeMediaManager fake = FakeMediaManager.create();
        core.setTransferUrls(fake, TransferUrls.servedFrom(URI.create("http://127.0.0.1:9999/")));

        assertThat(fake.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")))
                .startsWith("http://127.0.0.1:9999/_wixmp/upload/");
    }

    @Test
    void settlingMovesPendingFilesThatAreDueToReady() {
        VirtualClock clock = VirtualClock.frozenAt(Instant.parse("2024-01-01T00:00:00Z"));
        FakeMediaManager fake = FakeMediaManager.builder().clock(clock)
                .readiness(ReadinessPolicy.after(Duration.ofSeconds(5))).build();
        String id = fake.files().importFile(ImportFileRequest.of("https://example.com/a.jpg")).id();
        clock.advance(Duration.ofSeconds(5));

        core.settle(fake.site());

        assertThat(fake.files().getFileDescriptor(id).operationStatus().name()).isEqualTo("READY");
    }

    @Test
    void itIsInstalledOnceByTheCore() {
        assertThatThrownBy(() -> FaceAccess.install(core)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePublicClassesHaveNoFaceHookLeft() throws Exception {
        for (Class<?> type : new Class<?>[]{FakeMediaManager.class, MediaSite.class, dev.fakewix.media.core.Scenarios.class}) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()))
                    .map(m -> m.getName()))
                    .as("public methods of %s", type.getSimpleName())
                    .doesNotContain("takeFault", "setTransferUrls", "settle", "setGate");
        }
        // The thread-bound trace is gone: a request's scenario pass records what it met.
        assertThatThrownBy(() -> Class.forName("dev.fakewix.media.core.ScenarioTrace")).isInstanceOf(ClassNotFoundException.class);
    }
}
