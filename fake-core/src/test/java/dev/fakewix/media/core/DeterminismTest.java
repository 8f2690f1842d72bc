package dev.fakewix.media.core;

import dev.fakewix.media.core.model.FileDescriptor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @Test
    void theSameSeedAndCallsGiveIdenticalAnswersEventsAndStateWithAFixedClock() {
        List<MediaEvent> eventsA = new ArrayList<>();
        List<MediaEvent> eventsB = new ArrayList<>();
        FakeMediaManager a = Fakes.builder().seed(7).build();
        FakeMediaManager b = Fakes.builder().seed(7).build();
        a.onEvent(eventsA::add);
        b.onEvent(eventsB::add);

        List<String> answersA = Script.run(a, a.site());
        List<String> answersB = Script.run(b, b.site());

        assertThat(answersA).isEqualTo(answersB);
        assertThat(eventsA).isNotEmpty().isEqualTo(eventsB);
        assertThat(a.site().snapshot()).isEqualTo(b.site().snapshot());
    }

    @Test
    void idsAreDeterministicEvenWhenTheClockFollowsWallTime() {
        FakeMediaManager a = FakeMediaManager.builder().seed(3).build();
        FakeMediaManager b = FakeMediaManager.builder().seed(3).build();

        assertThat(ids(a)).isEqualTo(ids(b));
    }

    @Test
    void anotherSeedGivesOtherIds() {
        assertThat(ids(Fakes.builder().seed(1).build())).doesNotContainAnyElementsOf(ids(Fakes.builder().seed(2).build()));
    }

    @Test
    void theDefaultSeedIsZero() {
        assertThat(FakeMediaManager.create().seed()).isZero();
        assertThat(ids(FakeMediaManager.create())).isEqualTo(ids(FakeMediaManager.builder().seed(0).build()));
    }

    @Test
    void aFailedCallDoesNotShiftLaterIds() {
        FakeMediaManager clean = Fakes.fake();
        FakeMediaManager withFailures = Fakes.fake();
        MediaErrors.thrownBy(() -> withFailures.files().getFileDescriptor("nope"));
        MediaErrors.thrownBy(() -> withFailures.folders().createFolder("x", "0123456789abcdef0123456789abcdef"));
        MediaErrors.thrownBy(() -> withFailures.files().importFile(Fakes.importRequest("a.jpg").withParentFolderId("nope")));

        assertThat(ids(withFailures)).isEqualTo(ids(clean));
    }

    private static List<String> ids(FakeMediaManager fake) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FileDescriptor f = Fakes.importImage(fake.files(), i + ".jpg");
            ids.add(f.id());
            ids.add(fake.folders().createFolder("f" + i, null).id());
        }
        return ids;
    }
}
