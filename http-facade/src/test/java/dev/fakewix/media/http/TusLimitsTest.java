package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a TUS upload may hold, whatever the order of its requests (issue 19, findings 3 and 4): {@code Tus-Max-Size}
 * holds for the sum of every chunk, also for PATCHes without a create step and after a create refused with 413.
 */
class TusLimitsTest extends OnDemandServer {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final int MAX = 64 * 1024;
    private static final String TUS = "application/offset+octet-stream";

    private WireClient client;

    private void start(FakeMediaManager.Builder builder) {
        client = start(
                builder.seed(7).clock(VirtualClock.frozenAt(NOW)).build(),
                c -> c.port(0).maxUploadBytes(MAX));
    }

    private String newUpload() {
        return fake.site(WireClient.SITE_ID)
                .files()
                .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                .uploadToken();
    }

    private WireClient.Response patch(String token, long offset, int bytes) {
        return client.send(
                "PATCH",
                "/_wixmp/upload/tus/" + token,
                new byte[bytes],
                TUS,
                Map.of("Tus-Resumable", "1.0.0", "Upload-Offset", Long.toString(offset)));
    }

    private long offset(String token) {
        return FaceAccess.get().transfers(fake).resumableStatus(token).offset();
    }

    @Test
    void patchesWithoutACreateStepStopAtTusMaxSizeInTotal() {
        start(FakeMediaManager.builder());
        String token = newUpload();

        assertThat(patch(token, 0, MAX / 2 + 1).status()).isEqualTo(204);
        WireClient.Response beyond = patch(token, MAX / 2 + 1, MAX / 2);

        assertThat(beyond.status()).as("%s", beyond).isEqualTo(413);
        assertThat(beyond.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(beyond.json().at("/details/applicationError/description").stringValue())
                .contains("Tus-Max-Size");
        assertThat(offset(token)).as("the refused chunk is taken back whole").isEqualTo(MAX / 2 + 1);
        assertThat(patch(token, MAX / 2 + 1, MAX / 2 - 1).status())
                .as("up to the limit exactly")
                .isEqualTo(204);
        assertThat(offset(token)).isEqualTo(MAX);
        assertThat(patch(token, MAX, 1).status()).isEqualTo(413);
        assertThat(offset(token)).isEqualTo(MAX);
    }

    @Test
    void aCreateRefusedForItsLengthLeavesNoWayToWriteMore() {
        start(FakeMediaManager.builder());
        String token = newUpload();
        WireClient.Response create = client.send(
                "POST",
                "/_wixmp/upload/tus",
                new byte[0],
                null,
                Map.of(
                        "Tus-Resumable",
                        "1.0.0",
                        "Upload-Length",
                        Long.toString(4L * MAX),
                        "Upload-Metadata",
                        "token " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8))));
        assertThat(create.status()).isEqualTo(413);

        long sent = 0;
        int refusedAt = -1;
        for (int i = 0; i < 8 && refusedAt < 0; i++) {
            WireClient.Response r = patch(token, sent, MAX / 4);
            if (r.status() == 204) {
                sent += MAX / 4;
            } else {
                assertThat(r.status()).as("%s", r).isEqualTo(413);
                refusedAt = i;
            }
        }

        assertThat(refusedAt)
                .as("the chunk that would pass Tus-Max-Size is refused")
                .isEqualTo(4);
        assertThat(offset(token)).isEqualTo(MAX);
    }

    @Test
    void aPatchStartingBeyondTusMaxSizeIsRefusedBeforeItsBody() {
        start(FakeMediaManager.builder());
        String token = newUpload();

        WireClient.Response r = patch(token, MAX + 1, 10);

        assertThat(r.status()).as("%s", r).isEqualTo(413);
        assertThat(offset(token)).isZero();
    }
}
