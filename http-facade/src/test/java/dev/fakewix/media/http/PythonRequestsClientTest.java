package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.core.model.ImportFileRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The calls of issue 20's published programs, made as they make them: with Python's {@code requests} (Debian's
 * python3-requests), which writes {@code params={"private": False}} as {@code private=False}. Skipped on a machine
 * without it, a failure under {@code CI=true}, where {@code .ci/run} installs it.
 */
class PythonRequestsClientTest extends ServerFixture {
    private static final String INSTALL = "apt-get install -y python3 python3-requests";
    private static final String SCRIPT = """
            import json, sys, requests
            base, key, site = sys.argv[1], sys.argv[2], sys.argv[3]
            h = {"Authorization": key, "wix-site-id": site}
            out = {}
            r = requests.get(base + "/site-media/v1/files", params={"private": False}, headers=h)
            out["listPublic"] = [r.status_code, len(r.json().get("files", []))]
            r = requests.get(base + "/site-media/v1/files", params={"private": True}, headers=h)
            out["listPrivate"] = [r.status_code, len(r.json().get("files", []))]
            r = requests.post(base + "/site-media/v1/files/generate-upload-url", headers=h,
                              json={"mimeType": "font/woff2", "fileName": "Inter.woff2"})
            put = requests.put(r.json()["uploadUrl"], data=b"wOF2", headers={"Content-Type": "font/woff2"})
            font = put.json()["file"]
            out["font"] = [put.status_code, font["mediaType"], font["url"].split("/")[0]]
            r = requests.post(base + "/site-media/v1/files/generate-upload-url", headers=h,
                              json={"mimeType": "application/octet-stream", "fileName": "backup.zip"})
            put = requests.put(r.json()["uploadUrl"], data=b"PK", headers={"Content-Type": "application/octet-stream"})
            out["octetStream"] = [put.status_code, put.json()["file"]["mediaType"]]
            folder = requests.post(base + "/site-media/v1/folders", headers=h, json={"displayName": "to delete"}).json()["folder"]
            r = requests.post(base + "/site-media/v1/folders/query", headers=h,
                              json={"query": {"filter": {"id": {"$in": [folder["id"]]}}, "cursorPaging": {"limit": 1}}})
            out["preflight"] = [r.status_code, [f["id"] for f in r.json().get("folders", [])] == [folder["id"]]]
            r = requests.get(base + "/site-media/v1/files/" + font["id"], headers=h)
            out["getByPath"] = [r.status_code, "get-file-by-id" in r.text]
            print(json.dumps(out))
            """;

    @Test
    void theCallsOfPublishedPythonProgramsWorkAsTheyAreWritten(@TempDir Path work) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        requireRequests(python);
        site.files().importFile(ImportFileRequest.of("https://example.com/public.png"));
        Path script = work.resolve("client.py");
        Files.writeString(script, SCRIPT);

        Process process = new ProcessBuilder(
                        python.toString(),
                        script.toString(),
                        server.baseUri().toString(),
                        WireClient.API_KEY,
                        WireClient.SITE_ID)
                .redirectErrorStream(true)
                .start();
        boolean done = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(done).as("the Python client finished within 120 s").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        JsonNode out = WireClient.JSON.readTree(output);
        assertThat(out.get("listPublic").toString()).as("private=False (G-120)").isEqualTo("[200,1]");
        assertThat(out.get("listPrivate").toString()).as("private=True (G-120)").isEqualTo("[200,0]");
        assertThat(out.get("font").toString()).as("a font upload (G-116)").isEqualTo("[200,\"FONT\",\"ufonts\"]");
        assertThat(out.get("octetStream").toString())
                .as("octet-stream upload URL (G-119)")
                .isEqualTo("[200,\"ARCHIVE\"]");
        assertThat(out.get("preflight").toString()).as("folders by id (G-122)").isEqualTo("[200,true]");
        assertThat(out.get("getByPath").toString())
                .as("GET /files/{id} (G-121)")
                .isEqualTo("[404,true]");
    }

    private static void requireRequests(Path python) throws IOException, InterruptedException {
        boolean usable = Files.isExecutable(python);
        if (usable) {
            Process probe = new ProcessBuilder(python.toString(), "-c", "import requests")
                    .redirectErrorStream(true)
                    .start();
            usable = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
        }
        if (!usable) {
            String missing = "This test drives Python's requests (" + python + " with the requests module); install it "
                    + "with: " + INSTALL;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true: a missing client fails the build)");
            }
            Assumptions.abort(missing);
        }
    }
}
