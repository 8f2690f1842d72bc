package dev.fakewix.media.core;

import static dev.fakewix.media.core.MediaErrors.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.SearchFilesRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteIsolationTest {
    private final FakeMediaManager fake = Fakes.fake();

    @Test
    void sitesDoNotSeeEachOthersFiles() {
        MediaSite shop = fake.site("shop");
        MediaSite blog = fake.site("blog");
        FileDescriptor inShop = Fakes.importImage(shop.files(), "a.jpg");

        assertThat(blog.files().searchFiles(SearchFilesRequest.all()).files()).isEmpty();
        assertThat(fake.site().files().searchFiles(SearchFilesRequest.all()).files())
                .isEmpty();
        assertRule(() -> blog.files().getFileDescriptor(inShop.id()), WixErrorCode.RESOURCE_NOT_FOUND);
        assertThat(inShop.siteId()).isEqualTo("shop");
        assertThat(shop.files().getFileDescriptor(inShop.id()).siteId()).isEqualTo("shop");
    }

    @Test
    void aSitesIdsDoNotDependOnWhatOtherSitesDo() {
        FakeMediaManager quiet = Fakes.fake();
        FakeMediaManager busy = Fakes.fake();
        for (int i = 0; i < 5; i++) {
            Fakes.importImage(busy.site().files(), i + ".jpg");
            busy.site("noise").folders().createFolder("n" + i, null);
        }

        assertThat(Fakes.importImage(busy.site("blog").files(), "a.jpg").id())
                .isEqualTo(
                        Fakes.importImage(quiet.site("blog").files(), "a.jpg").id());
    }

    @Test
    void sitesHaveTheirOwnOwnerPrefixAndDocumentHost() {
        FileDescriptor a = fake.site("shop")
                .files()
                .getFileDescriptor(
                        Fakes.importImage(fake.site("shop").files(), "a.pdf").id());
        FileDescriptor b = fake.site("blog")
                .files()
                .getFileDescriptor(
                        Fakes.importImage(fake.site("blog").files(), "a.pdf").id());

        assertThat(a.id().substring(0, 6)).isNotEqualTo(b.id().substring(0, 6));
        assertThat(a.url()).startsWith("https://shop.usrfiles.com/ugd/");
        assertThat(b.url()).startsWith("https://blog.usrfiles.com/ugd/");
    }

    @Test
    void resettingOneSiteLeavesTheOthers() {
        Fakes.importImage(fake.site("shop").files(), "a.jpg");
        Fakes.importImage(fake.site("blog").files(), "b.jpg");

        fake.site("shop").reset();

        assertThat(fake.site("blog")
                        .files()
                        .searchFiles(SearchFilesRequest.all())
                        .files())
                .hasSize(1);
        assertThat(fake.site("shop")
                        .files()
                        .searchFiles(SearchFilesRequest.all())
                        .files())
                .isEmpty();
    }

    @Test
    void limitsAndPoliciesArePerSite() {
        fake.site("shop").scenarios().limits(SiteLimits.unlimited().withStorageQuota(0));
        fake.site("shop").scenarios().readiness(Readiness.manual());

        assertRule(() -> Fakes.importImage(fake.site("shop").files(), "a.jpg"), WixErrorCode.SITE_QUOTA_EXCEEDED);
        FileDescriptor blog = Fakes.importImage(fake.site("blog").files(), "a.jpg");
        assertThat(fake.site("blog").lifecycle().pendingFileIds()).doesNotContain(blog.id());
        assertThat(fake.site("blog").scenarios().limits()).isEqualTo(SiteLimits.unlimited());
    }

    @Test
    void tokensAndEventsNameTheirSite() {
        List<MediaEvent> events = new ArrayList<>();
        fake.onEvent(events::add);
        MediaSite shop = fake.site("shop");
        String token =
                Jwt.ofUploadUrl(shop.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));

        FileDescriptor uploaded =
                FaceAccess.get().transfers(fake).upload(token, "a.png", "image/png", UploadTest.PNG_3X2);
        shop.files().getFileDescriptor(uploaded.id());

        assertThat(uploaded.siteId()).isEqualTo("shop");
        assertThat(fake.site().files().searchFiles(SearchFilesRequest.all()).files())
                .isEmpty();
        assertThat(events)
                .singleElement()
                .satisfies(e -> assertThat(e.metadata().siteId()).isEqualTo("shop"));
    }

    @Test
    void sitesAreCreatedOnFirstUseAndListedInOrder() {
        assertThat(fake.hasSite("zeta")).isFalse();
        fake.site("zeta");
        fake.site("alpha");

        assertThat(fake.hasSite("zeta")).isTrue();
        assertThat(fake.siteIds()).containsExactly("alpha", "zeta");
        assertThat(fake.site("zeta")).isSameAs(fake.site("zeta"));
        assertThat(fake.site().siteId()).isEqualTo(fake.defaultSiteId()).isEqualTo(FakeMediaManager.DEFAULT_SITE_ID);
        assertThat(Fakes.builder().siteId("mine").build().site().siteId()).isEqualTo("mine");
    }

    @Test
    void aSiteIdIsOneTo100Characters() {
        assertThatThrownBy(() -> fake.site(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fake.site("s".repeat(101))).isInstanceOf(IllegalArgumentException.class);
        assertThat(fake.site("s".repeat(100)).siteId()).hasSize(100);
        assertThatThrownBy(() -> fake.site(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aRemovedSiteIsEmptiedAndItsIdStartsAFreshSite() {
        FakeMediaManager fake = Fakes.fake();
        MediaSite old = fake.site("short-lived");
        Fakes.importImage(old.files(), "a.jpg");
        old.scenarios().readiness(Readiness.manual());

        assertThat(fake.removeSite("short-lived")).isTrue();

        assertThat(fake.hasSite("short-lived")).isFalse();
        assertThat(old.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
        MediaSite fresh = fake.site("short-lived");
        assertThat(fresh).isNotSameAs(old);
        assertThat(fresh.lifecycle().pendingFileIds()).isEmpty();
        assertThat(fake.removeSite("never-used")).isFalse();
    }
}
