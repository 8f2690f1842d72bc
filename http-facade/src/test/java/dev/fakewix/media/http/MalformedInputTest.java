package dev.fakewix.media.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakewix.media.http.internal.ApiRoute;
import dev.fakewix.media.http.internal.HttpMethod;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Whatever a client sends, it gets a clear 4xx in the wire shape, never a 5xx or a stack trace. */
class MalformedInputTest extends ServerFixture {

    @Override
    void configure(ServerConfig config) {
        config.maxJsonBodyBytes(4096);
    }

    private static void assertApplicationError(WireClient.Response response, int status, String code) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.header("X-Wix-Request-Id")).isNotBlank();
        JsonNode error = response.json().at("/details/applicationError");
        assertThat(error.get("code").stringValue()).isEqualTo(code);
        assertThat(error.get("description").stringValue()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    private static JsonNode violation(WireClient.Response response) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        return response.json().at("/details/validationError/fieldViolations/0");
    }

    @Test
    void malformedJsonIsInvalidArgumentNamingWhereItBroke() {
        WireClient.Response response = client.post("/site-media/v1/files/search", "{\"search\": ");
        assertApplicationError(response, 400, "INVALID_ARGUMENT");
        assertThat(response.json().at("/details/applicationError/description").stringValue())
                .contains("not valid JSON", "line 1");
    }

    @Test
    void aBodyThatIsNotAnObjectIsInvalidArgument() {
        assertApplicationError(client.post("/site-media/v1/files/get-files", "[\"a\"]"), 400, "INVALID_ARGUMENT");
    }

    @Test
    void aStringWhereAnArrayBelongsIsAFormatViolation() {
        JsonNode v = violation(client.post("/site-media/v1/files/get-files", "{\"fileIds\":\"abc\"}"));
        assertThat(v.get("field").stringValue()).isEqualTo("fileIds");
        assertThat(v.get("violatedRule").stringValue()).isEqualTo("FORMAT");
        assertThat(v.get("description").stringValue()).isEqualTo("must be an array, got \"abc\"");
    }

    @Test
    void aNonIntegerLimitInTheQueryIsAFormatViolationOnPagingLimit() {
        JsonNode v = violation(client.get("/site-media/v1/files?paging.limit=abc"));
        assertThat(v.get("field").stringValue()).isEqualTo("paging.limit");
        assertThat(v.get("description").stringValue()).isEqualTo("must be an integer, got \"abc\"");
    }

    @Test
    void aFractionalLimitInTheBodyIsAFormatViolation() {
        JsonNode v = violation(client.post("/site-media/v1/files/search", "{\"paging\":{\"limit\":2.5}}"));
        assertThat(v.get("field").stringValue()).isEqualTo("paging.limit");
    }

    @Test
    void anUnknownEnumValueIsAnInvalidEnumValueViolation() {
        JsonNode v = violation(client.post(
                "/site-media/v1/files/search", "{\"sort\":{\"fieldName\":\"displayName\",\"order\":\"UP\"}}"));
        assertThat(v.get("field").stringValue()).isEqualTo("sort.order");
        assertThat(v.get("violatedRule").stringValue()).isEqualTo("INVALID_ENUM_VALUE");
        assertThat(v.get("description").stringValue()).isEqualTo("must be one of ASC, DESC; got \"UP\"");
    }

    @Test
    void everyWrongTypeOfARequestIsReportedAtOnce() {
        WireClient.Response response =
                client.get("/site-media/v1/files?private=maybe&paging.limit=x&mediaTypes=IMAGE&mediaTypes=PHOTO");
        assertThat(response.json().at("/details/validationError/fieldViolations"))
                .hasSize(3);
    }

    @Test
    void unknownFieldsAreIgnored() {
        assertThat(client.post("/site-media/v1/files/search", "{\"whatever\":{\"deep\":[1,2]},\"search\":\"x\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void anUnknownPathIsNotFoundInTheWireShape() {
        assertApplicationError(client.get("/site-media/v1/nothing-here"), 404, "NOT_FOUND");
        assertApplicationError(client.get("/somewhere/else"), 404, "NOT_FOUND");
    }

    @Test
    void aWrongMethodIsMethodNotAllowedWithAnAllowHeader() {
        WireClient.Response response = client.send("DELETE", "/site-media/v1/files/search", null, null);
        assertApplicationError(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).isEqualTo("POST");
    }

    @Test
    void anUnknownMethodIsMethodNotAllowedToo() {
        assertApplicationError(client.send("FOO", "/site-media/v1/files", null, null), 405, "METHOD_NOT_ALLOWED");
        assertApplicationError(client.send("TRACE", "/site-media/v1/files", null, null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void headOfAnApiRouteCarriesTheHeadersOfGet() {
        WireClient.Response response = client.send("HEAD", "/site-media/v1/files", null, null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Wix-Request-Id")).isNotBlank();
        assertThat(response.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void aMalformedUriIsABadRequestInTheWireShape() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream()
                    .write(String.join(
                                    "\r\n",
                                    "GET /site-media/v1/folders/%zz HTTP/1.1",
                                    "Host: x",
                                    "Authorization: k",
                                    "Connection: close",
                                    "",
                                    "")
                            .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(raw)
                    .startsWith("HTTP/1.1 400")
                    .contains("X-Wix-Request-Id: fake-")
                    .contains(
                            "{\"message\":\"Invalid argument\",\"details\":{\"applicationError\":{\"code\":\"INVALID_ARGUMENT\"");
        }
    }

    @Test
    void anOversizedBodyIsPayloadTooLarge() {
        String big = "{\"search\":\"" + "x".repeat(5000) + "\"}";
        assertApplicationError(client.post("/site-media/v1/files/search", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aTooLongSiteIdHeaderIsAValidationError() {
        JsonNode v = violation(client.with("wix-site-id", "s".repeat(101)).get("/site-media/v1/files"));
        assertThat(v.get("field").stringValue()).isEqualTo("wix-site-id");
    }

    @ParameterizedTest(name = "{0} with an empty request")
    @EnumSource(ApiRoute.class)
    void noEmptyRequestMakesAnyEndpointFail(ApiRoute route) {
        String path = route.fullPath().replace("{folderId}", "nope");
        WireClient.Response response = route.method() == HttpMethod.GET
                ? client.get(path)
                : client.send(route.method().name(), path, "{}", "application/json");
        assertThat(response.status())
                .as("%s %s -> %s", route.method(), path, response)
                .isIn(200, 400);
        assertThat(response.json().isObject()).isTrue();
    }

    @ParameterizedTest(name = "{0} with nulls and wrong types everywhere")
    @EnumSource(
            value = ApiRoute.class,
            names = {
                "GET_FILE_DESCRIPTOR",
                "GET_FOLDER",
                "LIST_FILES",
                "LIST_FOLDERS",
                "LIST_DELETED_FILES",
                "LIST_DELETED_FOLDERS"
            },
            mode = EnumSource.Mode.EXCLUDE)
    void oddBodiesNeverMakeAnEndpointFail(ApiRoute route) {
        String path = route.fullPath().replace("{folderId}", "nope");
        for (String body : new String[] {
            "{\"fileIds\":[null],\"folderIds\":[1],\"file\":{\"id\":null},\"folder\":null,\"query\":{\"filter\":{\"mediaType\":null}}}",
            "{\"fileId\":7,\"url\":[],\"importFileRequests\":[null,{\"url\":{}}],\"paging\":\"x\",\"sort\":[]}",
            "{\"query\":{\"filter\":{\"$and\":[{\"mediaType\":{\"$in\":[null]}}]},\"sort\":[{\"fieldName\":1}],\"cursorPaging\":{\"cursor\":\"garbage\"}}}",
            "{\"urlParams\":{\"a\":null},\"urlHeaders\":{\"b\":[null]},\"labels\":[\"a\",null],\"externalInfo\":{\"externalIds\":[null]},\"url\":\"https://e.com/a.jpg\"}",
            "{\"sizeInBytes\":\"99999999999999999999\",\"expirationInMinutes\":1e300,\"fieldMask\":{\"paths\":5}}"
        }) {
            WireClient.Response response = client.send(route.method().name(), path, body, "application/json");
            assertThat(response.status())
                    .as("%s %s %s -> %s", route.method(), path, body, response)
                    .isBetween(200, 499);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/site-media/v1/files?paging.cursor=not-a-cursor",
                "/site-media/v1/files?sort=x&sort.fieldName=y",
                "/site-media/v1/files?paging.limit=99999999999999999999",
                "/site-media/v1/trash-bin/folders?paging.cursor=%00%01"
            })
    void oddQueryStringsAreClientErrors(String path) {
        WireClient.Response response = client.get(path);
        assertThat(response.status()).as("%s", response).isEqualTo(400);
    }
}
