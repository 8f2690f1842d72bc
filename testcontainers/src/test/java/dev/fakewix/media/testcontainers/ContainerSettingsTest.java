package dev.fakewix.media.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the container is told before it starts: no container engine needed. */
class ContainerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void optionsBecomeTheServersEnvironmentVariables() {
        FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer()
                .withSeed(7)
                .withReadiness("manual")
                .withOption("--journal-capacity", "50")
                .withOption("--no-dashboard", "true");
        assertThat(fake.getEnvMap())
                .containsEntry("FAKE_WIX_SEED", "7")
                .containsEntry("FAKE_WIX_READINESS", "manual")
                .containsEntry("FAKE_WIX_JOURNAL_CAPACITY", "50")
                .containsEntry("FAKE_WIX_NO_DASHBOARD", "true");
        assertThatThrownBy(() -> fake.withOption("journal-capacity", "5")).hasMessageContaining("\"--readiness\"");
    }

    @Test
    void scenarioFilesAreCopiedInAndListedForTheirSites() throws Exception {
        Path one = Files.writeString(dir.resolve("one.json"), "{}");
        Path two = Files.writeString(dir.resolve("two.json"), "{}");
        FakeWixMediaManagerContainer fake =
                new FakeWixMediaManagerContainer().withScenario(one).withScenario("s2", two);
        assertThat(fake.getEnvMap())
                .containsEntry(
                        "FAKE_WIX_SCENARIO",
                        "/tmp/fake-wix-config/scenario-1.json,s2=/tmp/fake-wix-config/scenario-2.json");
        assertThatThrownBy(() -> fake.withState(dir.resolve("missing.json")))
                .hasMessageContaining("no such state file");
    }

    @Test
    void theDataDirectoryIsTheImagesVolumePassedAsTheDataDirOption() {
        FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer().withDataDir(dir);
        assertThat(fake.getEnvMap()).containsEntry("FAKE_WIX_DATA_DIR", "/data");
        assertThat(fake.getBinds()).singleElement().satisfies(bind -> {
            assertThat(bind.getPath()).isEqualTo(dir.toAbsolutePath().toString());
            assertThat(bind.getVolume().getPath()).isEqualTo("/data");
        });
    }

    @Test
    void perTestSitesAreDistinctAndRepeatable() {
        FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer();
        assertThat(fake.newSiteId()).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(fake.newSiteId()).isEqualTo("00000000-0000-4000-8000-000000000002");
        assertThat(fake.siteId()).isEqualTo(FakeWixMediaManagerContainer.DEFAULT_SITE_ID);
        assertThat(fake.withOption("--site-id", "mine").siteId()).isEqualTo("mine");
    }

    @Test
    void theDefaultImageIsThisVersionsAndOtherNamesMustSaySoToBeUsed() {
        assertThat(FakeWixMediaManagerContainer.DEFAULT_IMAGE.getUnversionedPart())
                .isEqualTo("ghcr.io/fakewix/fake-wix-media-manager");
        assertThat(FakeWixMediaManagerContainer.DEFAULT_IMAGE.getVersionPart())
                .isNotBlank()
                .doesNotContain("$");
        assertThatThrownBy(() -> new FakeWixMediaManagerContainer("nginx:1")).hasMessageContaining("compatible");
    }
}
