package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What published programs send the Media Manager where Wix's pages say nothing, over HTTP: fonts and Lottie files,
 * octet-stream upload URLs, Python's booleans, folder queries by id, a file path with the id in it. Each test names
 * its ledger line ({@code docs/fidelity.md}) and the evidence behind it.
 */
class WhatRealClientsSendTest extends ServerFixture {
    private static final byte[] WOFF2 = "wOF2 font bytes".getBytes(StandardCharsets.US_ASCII);

    private WireClient.Response generateUploadUrl(String mimeType, String fileName) {
        return client.post(
                "/site-media/v1/files/generate-upload-url",
                "{\"mimeType\":\"" + mimeType + "\",\"fileName\":\"" + fileName + "\"}");
    }

    private String upload(String mimeType, String fileName, byte[] bytes) {
        String url =
                generateUploadUrl(mimeType, fileName).json().get("uploadUrl").stringValue();
        WireClient.Response uploaded = client.send("PUT", url, bytes, mimeType, Map.of());
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        return uploaded.json().at("/file/id").stringValue();
    }

    /**
     * G-116: a design tool made at Wix sends the browser's {@code font/woff2} to generate-upload-url, PUTs the bytes
     * and reads {@code file.url} from the answer, which it found relative under {@code ufonts/}.
     */
    @Test
    void aFontUploadAnswersAFontFileWithTheTypingsFontMedia() {
        String url = generateUploadUrl("font/woff2", "Inter-Bold.woff2")
                .json()
                .get("uploadUrl")
                .stringValue();

        WireClient.Response uploaded = client.send("PUT", url, WOFF2, "font/woff2", Map.of());

        golden("upload.put.font", uploaded, 200);
        String id = uploaded.json().at("/file/id").stringValue();
        WireClient.Response read = client.get("/site-media/v1/files/get-file-by-id?fileId=" + id);
        assertThat(read.json().at("/file/mediaType").stringValue()).isEqualTo("FONT");
        assertThat(read.json().at("/file/media/font/assets/1/url").stringValue())
                .isEqualTo("https://static.wixstatic.com/ufonts/" + id + "/woff/file.woff");
    }

    @Test
    void aFontSurvivesTheAdminStateExportAndImport() {
        upload("font/otf", "Brand.otf", WOFF2);
        WireClient admin = client.with("Authorization", null).with("wix-site-id", null);
        String exported =
                admin.get("/_fake/sites/" + WireClient.SITE_ID + "/state").body();
        var before = site.snapshot();

        site.reset();
        WireClient.Response imported = admin.put("/_fake/sites/" + WireClient.SITE_ID + "/state", exported);

        assertThat(imported.status()).as("%s", imported).isEqualTo(200);
        assertThat(site.snapshot().files()).isEqualTo(before.files());
    }

    /** G-117: "Verified fonts don't persist in Wix Media Manager file list". */
    @Test
    void aFontIsNotListedButItsDownloadUrlServesItsBytesForEveryFormat() {
        String id = upload("application/font-woff2", "Inter.woff2", WOFF2);

        assertThat(client.get("/site-media/v1/files")
                        .json()
                        .get("files")
                        .valueStream()
                        .map(f -> f.get("id").stringValue()))
                .doesNotContain(id);
        String download = client.post(
                        "/site-media/v1/files/generate-file-download-url",
                        "{\"fileId\":\"" + id + "\",\"assetKeys\":[\"ttf\"]}")
                .json()
                .at("/downloadUrls/0/url")
                .stringValue();
        assertThat(client.get(download).bytes()).isEqualTo(WOFF2);
    }

    /** G-118: the same tool uploads Lottie animations as {@code application/json} and lists them as DOCUMENTs. */
    @Test
    void aLottieJsonUploadIsAListedDocument() {
        String id = upload("application/json", "confetti.json", "{\"v\":\"5.7.4\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(client.get("/site-media/v1/files?mediaTypes=DOCUMENT")
                        .json()
                        .at("/files/0/id")
                        .stringValue())
                .isEqualTo(id);
    }

    /** G-119: the Upload API page recommends octet-stream plus the file's extension; the URL request takes it too. */
    @Test
    void anOctetStreamUploadUrlTakesItsFormatFromTheFileName() {
        String id = upload("application/octet-stream", "backup.zip", "PK zip".getBytes(StandardCharsets.US_ASCII));

        assertThat(client.get("/site-media/v1/files/get-file-by-id?fileId=" + id)
                        .json()
                        .at("/file/mediaType")
                        .stringValue())
                .isEqualTo("ARCHIVE");
        golden(
                "generateFileUploadUrl.octetStreamWithoutExtension",
                generateUploadUrl("application/octet-stream", "README"),
                400);
    }

    /** G-120: Python's requests writes {@code params={"private": False}} as {@code private=False}. */
    @ParameterizedTest(name = "private={0}")
    @CsvSource({"False,0", "True,1", "false,0", "true,1", "0,0", "1,1", "FALSE,0", "TRUE,1", "f,0", "T,1"})
    void aQueryStringBooleanTakesTheSpellingsOfGrpcTranscoders(String spelling, int privateFiles) {
        upload("image/png", "public.png", WOFF2);

        WireClient.Response response = client.get("/site-media/v1/files?private=" + spelling);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("files").size()).isEqualTo(1 - privateFiles);
    }

    @ParameterizedTest(name = "private={0}")
    @ValueSource(strings = {"yes", "no", "tRuE", "2"})
    void anyOtherSpellingIsAFormatViolationThatListsThem(String spelling) {
        WireClient.Response response = client.get("/site-media/v1/files?private=" + spelling);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json()
                        .at("/details/validationError/fieldViolations/0/field")
                        .stringValue())
                .isEqualTo("private");
        assertThat(response.json()
                        .at("/details/validationError/fieldViolations/0/description")
                        .stringValue())
                .contains("also 1, t, T, TRUE, True, 0, f, F, FALSE, False");
    }

    /** G-122: a CLI checks the folders it is about to delete with {"filter": {"id": {"$in": [...]}}}. */
    @Test
    void aFolderQueryByIdFindsTheNamedFolders() {
        String a = client.post("/site-media/v1/folders", "{\"displayName\":\"a\"}")
                .json()
                .at("/folder/id")
                .stringValue();
        client.post("/site-media/v1/folders", "{\"displayName\":\"b\"}");

        WireClient.Response found = client.post(
                "/site-media/v1/folders/query",
                "{\"query\":{\"filter\":{\"id\":{\"$in\":[\"" + a + "\"]}},\"cursorPaging\":{\"limit\":1}}}");

        assertThat(found.status()).as(found.body()).isEqualTo(200);
        assertThat(found.json()
                        .get("folders")
                        .valueStream()
                        .map(f -> f.get("id").stringValue()))
                .containsExactly(a);
    }

    /** G-121: no page documents a file path with the id in it; the 404 names the documented route. */
    @Test
    void aFilePathWithTheIdInItIsNoRouteAndTheAnswerNamesTheDocumentedOne() {
        String id = upload("image/png", "poll.png", WOFF2);

        WireClient.Response response = client.get("/site-media/v1/files/" + id);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/details/applicationError/code").stringValue())
                .isEqualTo("NOT_FOUND");
        assertThat(response.json().at("/details/applicationError/description").stringValue())
                .contains("GET /site-media/v1/files/get-file-by-id?fileId=" + id);
    }
}
