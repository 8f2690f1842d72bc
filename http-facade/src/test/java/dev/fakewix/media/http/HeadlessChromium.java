package dev.fakewix.media.http;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium} driven headless through its {@code chromedriver}, for the dashboard's browser tests and
 * screenshots. Nothing is downloaded: Selenium Manager is never asked, because both the browser and the driver are
 * given. Without them the tests are skipped on a developer's machine and fail under {@code CI=true}, where
 * {@code .ci/run} installs them.
 */
final class HeadlessChromium {
    private static final List<String> BROWSERS =
            List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {}

    /** A headless browser with a window of {@code width} x {@code height}; the caller quits it. */
    static ChromeDriver start(int width, int height) {
        Optional<Path> browser = find("dashboard.chromium", BROWSERS);
        Optional<Path> driver = find("dashboard.chromedriver", DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String missing = "The dashboard's browser tests need Debian's chromium and chromium-driver ("
                    + (browser.isEmpty() ? "no browser at " + BROWSERS : "no driver at " + DRIVERS)
                    + "); install them with: " + INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true: a missing browser fails the build)");
            }
            Assumptions.abort(missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height,
                "--hide-scrollbars",
                "--force-device-scale-factor=1",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(ServerFixture.HANG).scriptTimeout(ServerFixture.HANG);
        return chrome;
    }

    private static Optional<Path> find(String property, List<String> candidates) {
        String configured = System.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        return candidates.stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst()
                .or(() -> onPath(Path.of(candidates.get(0)).getFileName().toString()));
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator, -1)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
