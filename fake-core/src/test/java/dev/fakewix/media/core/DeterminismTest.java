package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    @Test
    void theSameSeedSecretAndCallsGiveIdenticalAnswersEventsAndStateWithAFixedClock() {
        List<MediaEvent> eventsA = new ArrayList<>();
        List<MediaEvent> eventsB = new ArrayList<>();
        FakeMediaManager a = Fakes.builder().seed(7).tokenSecret("pinned").build();
        FakeMediaManager b = Fakes.builder().seed(7).tokenSecret("pinned").build();
        a.onEvent(eventsA::add);
        b.onEvent(eventsB::add);

        List<String> answersA = Script.run(a, a.site());
        List<String> answersB = Script.run(b, b.site());

        assertThat(answersA).isEqualTo(answersB);
        assertThat(eventsA).isNotEmpty().isEqualTo(eventsB);
        assertThat(a.site().snapshot()).isEqualTo(b.site().snapshot());
    }

    @Test
    void withoutAPinnedSecretIdsAgreeButTokensDoNot() {
        FakeMediaManager a = Fakes.builder().seed(7).build();
        FakeMediaManager b = Fakes.builder().seed(7).build();
        assertThat(ids(a)).isEqualTo(ids(b));
        String urlA = a.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        String urlB = b.site().files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        assertThat(urlA).isNotEqualTo(urlB);
        // a token of one fake is not one of the other's
        assertThatThrownBy(() -> b.transfers()
                        .upload(urlA.substring(urlA.lastIndexOf('/') + 1), "a.png", "image/png", new byte[] {1}))
                .isInstanceOf(MediaManagerException.class)
                .hasMessageContaining("not one this fake signed");
    }

    @Test
    void aSecretMustNotBeEmpty() {
        assertThatThrownBy(() -> FakeMediaManager.builder().tokenSecret(""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreDeterministicEvenWhenTheClockFollowsWallTime() {
        FakeMediaManager a = FakeMediaManager.builder().seed(3).build();
        FakeMediaManager b = FakeMediaManager.builder().seed(3).build();

        assertThat(ids(a)).isEqualTo(ids(b));
    }

    @Test
    void anotherSeedGivesOtherIds() {
        assertThat(ids(Fakes.builder().seed(1).build()))
                .doesNotContainAnyElementsOf(ids(Fakes.builder().seed(2).build()));
    }

    @Test
    void theDefaultSeedIsZero() {
        assertThat(FakeMediaManager.builder().build().seed()).isZero();
        assertThat(ids(FakeMediaManager.builder().build()))
                .isEqualTo(ids(FakeMediaManager.builder().seed(0).build()));
    }

    @Test
    void aFailedCallDoesNotShiftLaterIds() {
        FakeMediaManager clean = Fakes.fake();
        FakeMediaManager withFailures = Fakes.fake();
        MediaErrors.thrownBy(() -> withFailures.site().files().getFileDescriptor("nope"));
        MediaErrors.thrownBy(() -> withFailures.site().folders().createFolder("x", "0123456789abcdef0123456789abcdef"));
        MediaErrors.thrownBy(() -> withFailures
                .site()
                .files()
                .importFile(Fakes.importRequest("a.jpg").withParentFolderId("nope")));

        assertThat(ids(withFailures)).isEqualTo(ids(clean));
    }

    private static List<String> ids(FakeMediaManager fake) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FileDescriptor f = Fakes.importImage(fake.site().files(), i + ".jpg");
            ids.add(f.id());
            ids.add(fake.site().folders().createFolder("f" + i, null).id());
        }
        return ids;
    }
}
