package example;

import dev.fakewix.media.core.Operation;
import dev.fakewix.media.testcontainers.FakeWixMediaManagerContainer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import static dev.fakewix.media.assertj.MediaManagerAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The README's recipe: the container's address into the app's properties with @DynamicPropertySource. */
@SpringBootTest(properties = "spring.main.web-application-type=none")
@Testcontainers(disabledWithoutDocker = true)
class LibraryApplicationTest {
    @Container
    static FakeWixMediaManagerContainer fake = new FakeWixMediaManagerContainer();
    static final String SITE = "spring-boot-site";

    @DynamicPropertySource
    static void wix(DynamicPropertyRegistry registry) {
        registry.add("wix.api-base-url", () -> fake.baseUrl().toString());
        registry.add("wix.api-key", () -> "spring-key");
        registry.add("wix.site-id", () -> SITE);
    }

    @Autowired
    LibraryApplication.MediaClient media;

    @Test
    void theAppTalksToTheContainer() {
        String id = media.createFolder("Invoices");

        assertThat(id).isNotBlank();
        assertThat(fake.journal()).forSite(SITE).received(Operation.CREATE_FOLDER, 1).receivedNothingElse();
    }
}
