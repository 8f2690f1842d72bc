package dev.fakewix.media.testcontainers.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.assertj.MediaManagerAssertions;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.testcontainers.FakeWixMediaManagerContainer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The README's Testcontainers example, compiled and run as it is shown there. */
@Testcontainers(disabledWithoutDocker = true)
class UploadServiceTest {
    @Container
    static FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer()
            .withReadiness("readyAfter PT5M")
            .withScenario(Path.of("src/test/resources/list-files-unavailable-once.json"))
            .withState(Path.of("src/test/resources/pets-site.json"));

    @Test
    void importsTheLogoOnce() {
        String site = fake.newSiteId();
        new UploadService(fake.baseUrl(), site).importLogo();
        fake.advanceClock(Duration.ofMinutes(5));
        MediaManagerAssertions.assertThat(fake.journal())
                .forSite(site)
                .received(Operation.IMPORT_FILE, 1)
                .receivedNothingElse();
        fake.reset(site);
        assertThat(fake.state(site)).doesNotContain("logo");
    }
}
