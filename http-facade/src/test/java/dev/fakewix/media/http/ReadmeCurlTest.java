package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.FakeMediaManager;
import dev.fakewix.media.core.MediaSite;
import dev.fakewix.media.core.Readiness;
import dev.fakewix.media.core.VirtualClock;
import dev.fakewix.media.core.face.FaceAccess;
import dev.fakewix.media.core.model.FileDescriptor;
import dev.fakewix.media.core.model.GenerateFileDownloadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileResumableUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateFileUploadUrlRequest;
import dev.fakewix.media.core.model.GenerateVideoStreamingUrlRequest;
import dev.fakewix.media.core.model.ImportFileRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code curl} line of the README's {@code bash} blocks, run with the real curl against a started server, in
 * README order, as a reader would paste them (issue 19: the import-content example was refused, and nothing noticed).
 * The test only fills in what the README leaves to the reader: {@code $B} and {@code $S}, the {@code <placeholders>}
 * (a fresh value for each line: a PENDING file for {@code <fileId>}, a new upload URL for {@code <uploadUrl>}...),
 * {@code $TOKEN} of the TUS walk-through and the files sent with {@code @file}. A line fails when curl does (an HTTP
 * status of 400 or more, with {@code --fail-with-body}); a placeholder the test does not know fails it too, so a new
 * example cannot go untested. Without curl the test is skipped, except under {@code CI=true}, where it fails.
 */
class ReadmeCurlTest extends OnDemandServer {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("<([a-zA-Z]+)>");
    /** A tiny valid PNG (1x1), for the README's {@code @logo.png} and {@code @cat.png}. */
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYPj/HwADAgH/eL9GtQAAAABJRU5ErkJggg==");

    @TempDir
    Path work;

    private MediaSite site;
    private String token;

    /** One command of the README: its line there and its text, continuation lines joined. */
    record Command(int line, String text) {}

    @Test
    void everyCurlExampleOfTheReadmeWorksAgainstARealServer() throws Exception {
        requireCurl();
        FakeMediaManager fake = FakeMediaManager.builder()
                .seed(3)
                .clock(VirtualClock.frozenAt(Instant.parse("2024-05-01T10:00:00Z")))
                .readiness(Readiness.manual())
                .build();
        start(fake, c -> c.port(0));
        site = fake.site();
        Files.write(work.resolve("logo.png"), PNG);
        Files.write(work.resolve("cat.png"), PNG);
        Files.write(work.resolve("track.mp3"), new byte[] {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0});
        Files.write(work.resolve("part1"), new byte[1000]);
        Map<String, Supplier<String>> placeholders = placeholders(fake);

        List<Command> commands = curlCommands(Files.readString(README));
        assertThat(commands).as("curl lines in the README's bash blocks").hasSizeGreaterThanOrEqualTo(30);

        List<String> failures = new ArrayList<>();
        for (Command command : commands) {
            String text = fill(command, placeholders, failures);
            if (text != null) {
                String failure = run(text);
                if (failure != null) {
                    failures.add("README.md line " + command.line() + ": " + command.text() + "\n    ran: " + text
                            + "\n    " + failure);
                }
            }
        }

        assertThat(failures).as("README curl examples that failed").isEmpty();
    }

    /** Fresh values for the README's placeholders, one per use. */
    private Map<String, Supplier<String>> placeholders(FakeMediaManager fake) {
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        values.put(
                "fileId",
                () -> site.files()
                        .importFile(ImportFileRequest.of("https://example.com/a.png"))
                        .id());
        values.put("sequence", () -> {
            new WireClient(server.baseUri())
                    .with("wix-site-id", fake.defaultSiteId())
                    .get("/site-media/v1/files");
            return Long.toString(server.journal()
                    .entries()
                    .get(server.journal().entries().size() - 1)
                    .sequence());
        });
        values.put("uploadUrl", () -> site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png")));
        values.put(
                "downloadUrl",
                () -> site.files()
                        .generateFileDownloadUrl(
                                GenerateFileDownloadUrlRequest.of(uploaded().id()))
                        .get(0)
                        .url());
        values.put(
                "archiveUrl",
                () -> site.files().generateFilesDownloadUrl(List.of(uploaded().id())));
        values.put("streamingUrl", () -> {
            FileDescriptor video = site.files().importFile(ImportFileRequest.of("https://example.com/talk.mp4"));
            site.lifecycle().markReady(video.id());
            return site.files()
                    .generateVideoStreamingUrl(GenerateVideoStreamingUrlRequest.of(video.id()))
                    .url();
        });
        return values;
    }

    private FileDescriptor uploaded() {
        String url = site.files().generateFileUploadUrl(GenerateFileUploadUrlRequest.of("image/png"));
        // not logo.png: curl -OJ names the download after it, and never overwrites the README's own logo.png
        return FaceAccess.get()
                .transfers(server.fake())
                .upload(url.substring(url.lastIndexOf('/') + 1), "downloaded.png", "image/png", PNG);
    }

    /**
     * The command with its placeholders filled, or {@code null} (with a failure) when one is unknown. The TUS
     * walk-through shares one upload from its create to its finalize; its termination example gets one of its own
     * (the finalize used the first up).
     */
    private String fill(Command command, Map<String, Supplier<String>> placeholders, List<String> failures) {
        String text = command.text();
        if (token == null
                || text.contains("-X POST $B/_wixmp/upload/tus")
                || text.contains("-X DELETE $B/_wixmp/upload/tus/")) {
            token = site.files()
                    .generateFileResumableUploadUrl(GenerateFileResumableUploadUrlRequest.of("video/mp4"))
                    .uploadToken();
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Supplier<String> value = placeholders.get(m.group(1));
            if (value == null) {
                failures.add("README.md line " + command.line() + ": unknown placeholder <" + m.group(1)
                        + ">; teach ReadmeCurlTest a value for it");
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Runs one command in bash, curl made to fail on an HTTP error; {@code null} when it worked. */
    private String run(String command) throws IOException, InterruptedException {
        String script = "set -o pipefail\n"
                + "curl() { command curl --silent --show-error --fail-with-body --max-time 300 \"$@\"; }\n"
                + command + "\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script)
                .directory(work.toFile())
                .redirectErrorStream(true);
        pb.environment().put("B", server.baseUri().toString().replaceAll("/$", ""));
        pb.environment().put("S", site.siteId());
        pb.environment().put("TOKEN", token);
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        // curl's own --max-time ends a hung request; this only catches a shell that never ends
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return "did not end within 10 minutes";
        }
        return process.exitValue() == 0
                ? null
                : "exit " + process.exitValue() + ": " + new String(output, StandardCharsets.UTF_8).strip();
    }

    /** The curl commands of every bash block, in order, continuation lines joined. */
    static List<Command> curlCommands(String readme) {
        List<Command> out = new ArrayList<>();
        Matcher block = BASH_BLOCK.matcher(readme);
        while (block.find()) {
            int line = lineOf(readme, block.start(1));
            String[] lines = block.group(1).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                int first = i;
                StringBuilder command = new StringBuilder(lines[i]);
                while (command.toString().endsWith("\\") && i + 1 < lines.length) {
                    command.setLength(command.length() - 1);
                    command.append(' ').append(lines[++i].strip());
                }
                if (command.toString().startsWith("curl ")) {
                    out.add(new Command(
                            line + first, withoutComment(command.toString()).strip()));
                }
            }
        }
        return out;
    }

    /** The command without its trailing {@code # comment} (a {@code #} inside quotes is not one). */
    static String withoutComment(String command) {
        char quote = 0;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#' && i > 0 && Character.isWhitespace(command.charAt(i - 1))) {
                return command.substring(0, i);
            }
        }
        return command;
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void requireCurl() throws InterruptedException {
        boolean present;
        try {
            Process p = new ProcessBuilder("curl", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            String missing = "The README's curl examples need curl 7.76 or later on the PATH"
                    + " (Debian: apt-get install curl)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true: a missing curl fails the build)");
            }
            Assumptions.abort(missing);
        }
    }
}
