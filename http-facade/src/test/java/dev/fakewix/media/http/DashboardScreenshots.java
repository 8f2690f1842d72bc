package dev.fakewix.media.http;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.model.Folder;
import dev.fakewix.media.core.model.ListFoldersRequest;
import dev.fakewix.media.core.model.MediaType;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Makes the README's screenshots of the dashboard ({@code docs/dashboard-*.png}) from a demo site, in the same
 * headless Chromium the browser tests use. Not a test: run it by hand after changing the page.
 *
 * <pre>{@code
 * mvn -B -q -o -pl http-facade -am test-compile -Dconformance.skip=true
 * mvn -B -q -o -pl http-facade exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.fakewix.media.http.DashboardScreenshots -Dexec.args=../docs
 * }</pre>
 */
public final class DashboardScreenshots {
    private static final String SITE = "0f0e0d0c-0000-4000-8000-000000000001";

    private DashboardScreenshots() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(out);
        FakeMediaManager fake = FakeMediaManager.builder()
                .seed(42)
                .siteId(SITE)
                .clock(VirtualClock.frozenAt(Instant.parse("2026-03-14T09:30:00Z")))
                .readiness(Readiness.ready().forMediaType(MediaType.VIDEO, Readiness.readyAfter(Duration.ofMinutes(5))))
                .build();
        try (FakeMediaManagerServer server = FakeMediaManagerServer.start(fake, config -> config.port(0));
                WebhookReceiver receiver = new WebhookReceiver()) {
            WireClient api = new WireClient(server.baseUri());
            api.post(
                    "/_fake/webhooks/subscriptions",
                    "{\"url\": \"" + receiver.url() + "\", \"siteId\": \"" + SITE + "\"}");
            String photoId = seed(fake, api);
            ChromeDriver browser = HeadlessChromium.start(1440, 860);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
                browser.get(server.baseUri() + "/_fake/ui#site=" + SITE);
                Folder products = fake.site(SITE).folders().listFolders(ListFoldersRequest.all()).folders().stream()
                        .filter(f -> f.displayName().equals("Products"))
                        .findFirst()
                        .orElseThrow();
                click(wait, By.cssSelector(".node[data-folder-id='" + products.id() + "']"));
                click(wait, By.cssSelector("#file-rows tr[data-file-id='" + photoId + "']"));
                wait.until(
                        d -> (Boolean)
                                browser.executeScript(
                                        "const i = document.querySelector('#thumb img'); return !!i && i.complete && i.naturalWidth > 0"));
                shoot(browser, out.resolve("dashboard-library.png"));

                browser.findElement(By.id("tab-journal")).click();
                click(wait, By.cssSelector("#journal-rows tr[data-status='503']"));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jd-response"), "UNAVAILABLE"));
                shoot(browser, out.resolve("dashboard-journal.png"));

                browser.findElement(By.id("tab-scenarios")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#scenario-rows tr")));
                shoot(browser, out.resolve("dashboard-scenarios.png"));

                browser.findElement(By.id("tab-webhooks")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#attempt-rows tr[data-outcome='DELIVERED']")));
                shoot(browser, out.resolve("dashboard-webhooks.png"));
            } finally {
                browser.quit();
            }
        }
    }

    /** A demo site: folders, uploaded images, imports (one still PENDING), a trashed file, a scenario and a journal. */
    private static String seed(FakeMediaManager fake, WireClient api) {
        MediaSite site = fake.site(SITE);
        Folder products = site.folders().createFolder("Products", null);
        Folder shoes = site.folders().createFolder("Shoes", products.id());
        site.folders().createFolder("Blog", null);
        Folder invoices = site.folders().createFolder("Invoices", null);
        String photo = upload(
                api,
                "sneaker-red.png",
                products.id(),
                new Color(0xE5484D),
                new Color(0xF7B267),
                "[\"catalog\",\"hero\"]");
        upload(api, "sneaker-blue.png", shoes.id(), new Color(0x116DFF), new Color(0x7FDBFF), "[\"catalog\"]");
        upload(api, "banner-spring.png", products.id(), new Color(0x1D8A4E), new Color(0xC4F1BE), "[]");
        api.post(
                "/site-media/v1/files/import",
                "{\"url\":\"https://cdn.example.com/promo.mp4\",\"displayName\":\"promo.mp4\",\"parentFolderId\":\""
                        + products.id() + "\",\"mediaType\":\"VIDEO\",\"labels\":[\"campaign\"]}");
        api.post(
                "/site-media/v1/files/import",
                "{\"url\":\"https://cdn.example.com/size-chart.pdf\",\"displayName\":\"size-chart.pdf\",\"parentFolderId\":\""
                        + products.id() + "\",\"private\":true}");
        String old = api.post(
                        "/site-media/v1/files/import",
                        "{\"url\":\"https://cdn.example.com/old-logo.png\",\"displayName\":\"old-logo.png\",\"parentFolderId\":\""
                                + products.id() + "\"}")
                .json()
                .at("/file/id")
                .stringValue();
        api.post(
                "/site-media/v1/files/import",
                "{\"url\":\"https://cdn.example.com/2026-02.pdf\",\"displayName\":\"invoice-2026-02.pdf\",\"parentFolderId\":\""
                        + invoices.id() + "\",\"private\":true}");
        api.post("/site-media/v1/bulk/files/delete", "{\"fileIds\":[\"" + old + "\"]}");
        api.get("/site-media/v1/files?parentFolderId=" + products.id() + "&paging.limit=20");
        api.post("/site-media/v1/files/search", "{\"search\":\"sneaker\",\"mediaTypes\":[\"IMAGE\"]}");
        api.get("/site-media/v1/folders/does-not-exist");
        site.scenarios()
                .apply(
                        "{\"errors\": [{\"operation\": \"listFiles\", \"status\": 503, \"times\": 3}],"
                                + " \"latency\": [{\"operation\": \"searchFiles\", \"fixed\": \"PT0.12S\", \"always\": true}]}");
        api.get("/site-media/v1/files");
        api.post("/site-media/v1/files/search", "{\"search\":\"banner\"}");
        return photo;
    }

    private static String upload(WireClient api, String name, String folderId, Color from, Color to, String labels) {
        String url = api.post(
                        "/site-media/v1/files/generate-upload-url",
                        "{\"mimeType\":\"image/png\",\"fileName\":\"" + name + "\",\"parentFolderId\":\"" + folderId
                                + "\",\"labels\":" + labels + "}")
                .json()
                .get("uploadUrl")
                .stringValue();
        WireClient.Response uploaded =
                api.send("PUT", url + "?filename=" + name, picture(from, to), "image/png", Map.of());
        if (uploaded.status() != 200) {
            throw new IllegalStateException("upload of " + name + " failed: " + uploaded);
        }
        return uploaded.json().at("/file/id").stringValue();
    }

    /** A small product-shot-like picture: a gradient with a soft disc, so the thumbnail has something to show. */
    private static byte[] picture(Color from, Color to) {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, from, 480, 320, to));
        g.fillRect(0, 0, 480, 320);
        g.setColor(new Color(255, 255, 255, 90));
        g.fillOval(150, 70, 180, 180);
        g.setColor(new Color(255, 255, 255, 160));
        g.fillRoundRect(120, 230, 240, 24, 12, 12);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** Clicks what {@code target} finds, again if the page re-rendered it in between (it does when data arrives). */
    private static void click(WebDriverWait wait, By target) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(target).click();
            return true;
        });
    }

    private static void shoot(ChromeDriver browser, Path file) throws IOException {
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        System.out.println("wrote " + file.toAbsolutePath().normalize() + " (" + List.of(Files.size(file)) + " bytes)");
    }
}
