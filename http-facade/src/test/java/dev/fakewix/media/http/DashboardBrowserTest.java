package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Operation;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.ReadinessPolicy;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import dev.fakewix.media.core.model.ListFoldersRequest;
import io.javalin.Javalin;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard at /_fake/ui in a real headless Chromium, against a server on a free port: what a person sees
 * after their code (here the test) talked to the fake. One browser serves the class; every test has its own fake.
 */
class DashboardBrowserTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SITE_ID = WireClient.SITE_ID;
    /** The admin token header of issue 10's hardening; dashboard.js names it in its ADMIN_TOKEN_HEADER. */
    private static final String ADMIN_TOKEN_HEADER = "X-Fake-Admin-Token";
    /** A 1x1 PNG, so that the thumbnail has real bytes to show. */
    static final byte[] PIXEL_PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");

    private static ChromeDriver browser;

    private FakeMediaManager fake;
    private FakeMediaManagerServer server;
    private MediaSite site;
    private WireClient client;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1440, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void startServer(ReadinessPolicy readiness) {
        fake = FakeMediaManager.builder()
                .seed(7)
                .clock(VirtualClock.frozenAt(NOW))
                .readiness(readiness)
                .build();
        server = FakeMediaManagerServer.start(fake, config -> config.port(0));
        site = fake.site(SITE_ID);
        client = new WireClient(server.baseUri());
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private void open() {
        browser.get(server.baseUri() + "/_fake/ui#site=" + SITE_ID);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, ServerFixture.HANG); // a page under a CPU hog takes seconds
    }

    private WebElement fileRow(String fileId) {
        return waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#file-rows tr[data-file-id='" + fileId + "']")));
    }

    /** Clicks what {@code target} finds, again if the page re-rendered it in between (it does when data arrives). */
    private void click(By target) {
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    private List<String> fileNames() {
        return browser.findElements(By.cssSelector("#file-rows tr .file-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private void openFolder(String folderId) {
        click(By.cssSelector(".node[data-folder-id='" + folderId + "']"));
    }

    private String importFile(String url, String displayName, String parentFolderId) {
        WireClient.Response response = client.post(
                "/site-media/v1/files/import",
                "{\"url\":\"" + url + "\",\"displayName\":\"" + displayName + "\""
                        + (parentFolderId == null ? "" : ",\"parentFolderId\":\"" + parentFolderId + "\"") + "}");
        assertThat(response.status()).as("import: %s", response).isEqualTo(200);
        return response.json().get("file").get("id").asString();
    }

    @Test
    void theTreeShowsTheFoldersAndFilesTheImportsMade() {
        startServer(Readiness.ready());
        Folder pets = site.folders().createFolder("Pets", null);
        String cat = importFile("https://example.com/cat.jpg", "cat.jpg", pets.id());
        String dog = importFile("https://example.com/dog.jpg", "dog.jpg", pets.id());
        String readme = importFile("https://example.com/readme.pdf", "readme.pdf", null);
        assertThat(client.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":[\"" + dog + "\"]}")
                        .status())
                .isEqualTo(200);

        open();
        fileRow(readme);
        assertThat(fileNames()).containsExactly("readme.pdf");

        openFolder(pets.id());
        WebElement row = fileRow(cat);
        assertThat(fileNames()).containsExactly("cat.jpg");
        assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("READY");
        assertThat(row.getText()).contains("IMAGE", "public");
        assertThat(browser.findElement(By.id("folder-title")).getText()).isEqualTo("Pets");

        // the keyboard reaches what the mouse does
        browser.findElement(By.cssSelector(".node[data-folder-id='trash']")).sendKeys(Keys.ENTER);
        fileRow(dog);
        assertThat(fileNames()).containsExactly("dog.jpg");
    }

    @Test
    void theSiteSwitcherShowsEachSitesOwnLibrary() {
        startServer(Readiness.ready());
        Folder mine = site.folders().createFolder("Mine", null);
        Folder theirs = fake.site("other-site").folders().createFolder("Theirs", null);
        open();
        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".node[data-folder-id='" + mine.id() + "']")));

        Select sites = new Select(browser.findElement(By.id("site-select")));
        assertThat(sites.getOptions()).extracting(WebElement::getText).contains("other-site", SITE_ID);
        sites.selectByValue("other-site");

        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".node[data-folder-id='" + theirs.id() + "']")));
        assertThat(browser.findElements(By.cssSelector(".node[data-folder-id='" + mine.id() + "']")))
                .isEmpty();
        assertThat(browser.getCurrentUrl()).endsWith("#site=other-site");
    }

    @Test
    void theJournalShowsTheRequestTheTestMadeWithItsBodies() {
        startServer(Readiness.ready());
        importFile("https://example.com/journal.png", "journal.png", null);
        assertThat(client.get("/site-media/v1/files?paging.limit=7").status()).isEqualTo(200);
        long sequence = server.journal()
                .entries(e -> e.operation() == Operation.LIST_FILES)
                .get(0)
                .sequence();

        open();
        browser.findElement(By.id("tab-journal")).click();
        WebElement row = waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#journal-rows tr[data-sequence='" + sequence + "']")));
        assertThat(row.getText()).contains("GET", "/site-media/v1/files?paging.limit=7", "listFiles", "200", "ms");
        click(By.cssSelector("#journal-rows tr[data-sequence='" + sequence + "']"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("jd-response"), "journal.png"));
        assertThat(browser.findElement(By.id("jd-line")).getText())
                .isEqualTo("GET /site-media/v1/files?paging.limit=7 → 200");

        browser.findElement(By.id("journal-filter")).sendKeys("import");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal-rows tr"), 1));
        assertThat(browser.findElement(By.cssSelector("#journal-rows tr")).getText())
                .contains("POST", "importFile");
    }

    @Test
    void theJournalShowsTheGuessesARequestReliedOnWithTheirLedgerLines() throws Exception {
        startServer(Readiness.ready());
        assertThat(client.get("/site-media/v1/files").status()).isEqualTo(200);
        JournalEntry listed = server.journal()
                .entries(e -> e.operation() == Operation.LIST_FILES)
                .get(0);
        assertThat(listed.guesses()).contains("G-059");

        open();
        browser.findElement(By.id("tab-journal")).click();
        By row = By.cssSelector("#journal-rows tr[data-sequence='" + listed.sequence() + "']");
        WebElement shown = waiting().until(ExpectedConditions.elementToBeClickable(row));
        assertThat(shown.findElement(By.cssSelector(".guess-cell")).getText())
                .isEqualTo(String.join(" ", listed.guesses()));
        click(row);

        By pageSize = By.cssSelector("#jd-guesses li[data-guess='G-059'] .guess-text");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(pageSize, "The default page size is 50"));
        assertThat(browser.findElements(By.cssSelector("#jd-guesses li")))
                .extracting(e -> e.getAttribute("data-guess"))
                .containsExactlyElementsOf(listed.guesses());
        assertThat(browser.findElement(pageSize).getText()).isEqualTo(ledgerText("G-059"));

        browser.findElement(By.id("journal-filter")).sendKeys("G-059");
        waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#journal-rows tr"), 1));
    }

    private static String ledgerText(String id) throws java.io.IOException {
        for (tools.jackson.databind.JsonNode line : WireClient.JSON.readTree(
                java.nio.file.Files.readString(java.nio.file.Path.of("../docs/fidelity/ledger.json")))) {
            if (line.get("id").asString().equals(id)) {
                return line.get("text").asString();
            }
        }
        throw new AssertionError(id + " is not in the ledger");
    }

    @Test
    void aRequestMadeWhileThePageIsOpenAppearsWithoutAReload() {
        startServer(Readiness.ready());
        open();
        browser.findElement(By.id("tab-journal")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("journal-empty")));

        assertThat(client.with("wix-site-id", SITE_ID)
                        .get("/site-media/v1/folders/nope")
                        .status())
                .isEqualTo(400);

        WebElement row = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#journal-rows tr[data-status='400']")));
        assertThat(row.getText()).contains("/site-media/v1/folders/nope", "getFolder");
    }

    @Test
    void advancingTheClockOnThePageTurnsAPendingFileReady() {
        startServer(Readiness.readyAfter(Duration.ofMinutes(5)));
        String later = importFile("https://example.com/later.jpg", "later.jpg", null);

        open();
        WebElement status = fileRow(later).findElement(By.cssSelector(".status"));
        assertThat(status.getText()).isEqualTo("PENDING");
        assertThat(browser.findElement(By.id("clock-now")).getText()).isEqualTo("2024-05-01 10:00:00 UTC");
        assertThat(browser.findElement(By.id("clock-frozen")).getText()).isEqualTo("frozen");

        browser.findElement(By.cssSelector("button[data-advance='PT5M']")).click();

        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#file-rows tr[data-file-id='" + later + "'] .status"), "READY"));
        assertThat(browser.findElement(By.id("clock-now")).getText()).isEqualTo("2024-05-01 10:05:00 UTC");
        assertThat(fake.clock().instant()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void aFileNamedLikeMarkupIsShownAsTextAndRunsNothing() {
        startServer(Readiness.ready());
        String name = "<img src=x onerror=alert(1)>.png";
        String id = importFile("https://example.com/x.png", name.replace("\"", "\\\""), null);
        site.folders().createFolder("<b>bold</b>", null);

        open();
        WebElement row = fileRow(id);
        assertThat(row.findElement(By.cssSelector(".file-name")).getText()).isEqualTo(name);
        click(By.cssSelector("#file-rows tr[data-file-id='" + id + "']"));
        waiting().until(ExpectedConditions.textToBe(By.id("detail-name"), name));
        assertThat(browser.findElements(By.cssSelector("#file-rows img, #tree img, #detail-name img, #tree b")))
                .isEmpty();
        assertThat(browser.findElement(By.id("tree")).getText()).contains("<b>bold</b>");
        assertThat(browser.executeScript("return document.body.innerHTML.includes('<img src=\"x\"')"))
                .isEqualTo(false);
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void aDroppedFileIsUploadedThroughTheDocumentedFlowAndItsThumbnailLoads() {
        startServer(Readiness.ready());
        Folder photos = site.folders().createFolder("Photos", null);
        open();
        openFolder(photos.id());

        // What a drop from the desktop delivers: a DataTransfer holding a File.
        browser.executeScript("""
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const dt = new DataTransfer();
                dt.items.add(new File([bytes], 'pixel.png', {type: 'image/png'}));
                document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
                """, Base64.getEncoder().encodeToString(PIXEL_PNG));

        WebElement img = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#thumb img")));
        waiting()
                .until(d -> ((Number) browser.executeScript(
                                        "return arguments[0].complete ? arguments[0].naturalWidth : 0", img))
                                .intValue()
                        > 0);
        var files = site.files().listFiles(ListFilesRequest.in(photos.id())).files();
        assertThat(files).singleElement().satisfies(f -> {
            assertThat(f.displayName()).isEqualTo("pixel.png");
            assertThat(FaceAccess.get().transfers(fake).content(SITE_ID, f.id()))
                    .isEqualTo(PIXEL_PNG);
        });
        // journaled, as the dashboard's: a person using the page during a test adds nothing the test's assertions see
        assertThat(server.journal().entries())
                .extracting(JournalEntry::operation)
                .containsExactly(
                        Operation.GENERATE_FILE_UPLOAD_URL,
                        Operation.UPLOAD_FILE,
                        Operation.GENERATE_FILE_DOWNLOAD_URL,
                        Operation.DOWNLOAD_FILE);
        assertThat(server.journal().entries())
                .allSatisfy(e -> assertThat(e.fromDashboard()).as("%s", e).isTrue());
        assertThat(server.journal().count(Operation.UPLOAD_FILE)).isZero();
        assertThat(fileNames()).containsExactly("pixel.png");
    }

    @Test
    void markReadyOnThePageFinishesAManuallyPendingFile() {
        startServer(Readiness.manual());
        String id = site.files()
                .importFile(ImportFileRequest.of("https://example.com/manual.mp4"))
                .id();
        open();
        fileRow(id);
        click(By.cssSelector("#file-rows tr[data-file-id='" + id + "']"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("detail-pending"), "marked READY or FAILED"));
        browser.findElement(By.id("mark-ready")).click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#file-rows tr[data-file-id='" + id + "'] .status"), "READY"));
        assertThat(site.files().getFileDescriptor(id).operationStatus().name()).isEqualTo("READY");
        assertThat(browser.findElement(By.id("mark-ready")).isEnabled()).isFalse();
    }

    @Test
    void insideAnAppUnderAContextPathThePageSendsTheTokenAndJsonOnEveryWrite() {
        fake = FakeMediaManager.builder()
                .seed(7)
                .clock(VirtualClock.frozenAt(NOW))
                .readiness(Readiness.ready())
                .build();
        FakeMediaManagerPlugin plugin = new FakeMediaManagerPlugin(fake);
        List<String> adminCalls = new CopyOnWriteArrayList<>();
        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.router.contextPath = "/app";
                    config.registerPlugin(plugin);
                    // What issue 10's hardening checks, recorded here: the token header, and a JSON body on every
                    // write.
                    config.routes.before(
                            "/_fake/*",
                            ctx -> adminCalls.add(ctx.method() + " " + ctx.path() + " token="
                                    + ctx.header(ADMIN_TOKEN_HEADER) + " type=" + ctx.contentType()));
                })
                .start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port() + "/app";
            fake.site(SITE_ID).folders().createFolder("Inside", null);
            browser.get(base + "/_fake/ui#site=" + SITE_ID + "&token=s3cret");
            waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".node[data-folder-id]:not([data-folder-id='media-root'])")));
            assertThat(browser.getCurrentUrl())
                    .as("the token leaves the address bar")
                    .doesNotContain("s3cret")
                    .endsWith("#site=" + SITE_ID);

            browser.findElement(By.cssSelector("button[data-advance='PT1H']")).click();
            waiting().until(ExpectedConditions.textToBe(By.id("clock-now"), "2024-05-01 11:00:00 UTC"));

            // The page and its assets are loaded by the browser itself, which cannot add a header: they hold no data.
            assertThat(adminCalls)
                    .filteredOn(c -> c.startsWith("GET") && !c.startsWith("GET /app/_fake/ui"))
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c).contains("token=s3cret"));
            assertThat(adminCalls)
                    .filteredOn(c -> !c.startsWith("GET"))
                    .singleElement()
                    .asString()
                    .isEqualTo("POST /app/_fake/clock/advance token=s3cret type=application/json");
            assertThat(plugin.journal().entries())
                    .as("the page's polling is admin traffic, not journaled")
                    .isEmpty();
        } finally {
            app.stop();
        }
    }

    @Test
    void theWebhooksViewShowsSubscriptionsAndTheDeliveryAttemptsOfRealEvents() {
        startServer(Readiness.ready());
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WireClient admin = client.with("Authorization", null).with("wix-site-id", null);
            assertThat(admin.post(
                                    "/_fake/webhooks/subscriptions",
                                    "{\"url\": \"" + receiver.url() + "\", \"siteId\": \"" + SITE_ID + "\"}")
                            .status())
                    .isEqualTo(200);
            importFile("https://example.com/hook.png", "hook.png", null);

            open();
            browser.findElement(By.id("tab-webhooks")).click();
            WebElement subscription = waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#subscription-rows tr")));
            assertThat(subscription.getText()).contains(receiver.url(), SITE_ID);
            WebElement delivered = waiting()
                    .until(ExpectedConditions.visibilityOfElementLocated(
                            By.cssSelector("#attempt-rows tr[data-outcome='DELIVERED']")));
            assertThat(delivered.getText()).contains("file_descriptor_file_ready", "200");
            assertThat(browser.findElement(By.id("webhooks-unavailable")).isDisplayed())
                    .isFalse();

            int listed = admin.get("/_fake/webhooks/attempts?siteId=" + SITE_ID)
                    .json()
                    .get("attempts")
                    .size();
            waiting()
                    .until(d -> browser.findElements(By.cssSelector("#attempt-rows tr"))
                                    .size()
                            == listed);
            assertThat(browser.findElement(By.id("webhook-count")).getText()).isEqualTo(String.valueOf(listed));
        }
    }

    @Test
    void markFailedAndResetSiteOnThePageAreTheAdminApisActions() {
        startServer(Readiness.manual());
        String id = site.files()
                .importFile(ImportFileRequest.of("https://example.com/broken.mov"))
                .id();
        site.folders().createFolder("Doomed", null);
        open();
        fileRow(id);
        click(By.cssSelector("#file-rows tr[data-file-id='" + id + "']"));
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("mark-failed")))
                .click();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#file-rows tr[data-file-id='" + id + "'] .status"), "FAILED"));
        assertThat(site.files().getFileDescriptor(id).operationStatus().name()).isEqualTo("FAILED");

        browser.findElement(By.id("reset-site")).click();
        waiting().until(ExpectedConditions.alertIsPresent()).accept();
        waiting()
                .until(ExpectedConditions.invisibilityOfElementLocated(
                        By.cssSelector("#file-rows tr[data-file-id='" + id + "']")));
        assertThat(site.folders().listFolders(ListFoldersRequest.all()).folders())
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("#tree .node")))
                .extracting(e -> e.getAttribute("data-folder-id"))
                .containsExactly("media-root", "visitor-uploads", "trash");
    }

    @Test
    void withAnAdminTokenThePageAsksForItOnceAndThenShowsTheSite() {
        fake = FakeMediaManager.builder()
                .seed(7)
                .clock(VirtualClock.frozenAt(NOW))
                .build();
        server = FakeMediaManagerServer.start(fake, config -> config.port(0).adminToken("s3cret"));
        Folder kept = fake.site(SITE_ID).folders().createFolder("Behind the token", null);

        open();
        waiting().until(ExpectedConditions.alertIsPresent());
        browser.switchTo().alert().sendKeys("s3cret");
        browser.switchTo().alert().accept();

        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".node[data-folder-id='" + kept.id() + "']")));
        assertThat(server.journal().entries(e -> e.status() == 401))
                .as("the refused first poll")
                .isNotEmpty();
        browser.findElement(By.cssSelector("button[data-advance='PT1M']")).click();
        waiting().until(ExpectedConditions.textToBe(By.id("clock-now"), "2024-05-01 10:01:00 UTC"));
    }

    @Test
    void theScenariosViewShowsWhatIsLeftOfEachBehaviour() {
        startServer(Readiness.ready());
        site.scenarios().apply("{\"errors\": [{\"operation\": \"listFiles\", \"status\": 503, \"times\": 3}]}");
        assertThat(client.get("/site-media/v1/files").status()).isEqualTo(503);

        open();
        browser.findElement(By.id("tab-scenarios")).click();
        WebElement row =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scenario-rows tr")));
        List<String> cells = row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.get(1)).contains("listFiles");
        assertThat(cells.subList(2, 4)).containsExactly("1", "2");
    }
}
