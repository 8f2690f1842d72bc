package dev.fakewix.media.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fakewix.media.core.model.ImportFileRequest;
import dev.fakewix.media.core.model.ListFilesRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code respondWith(status, json)}: an answer seen from Wix, scripted before the fake models it. A plain Java call
 * gets a status from 300 on as the exception that carries it, and passes a 2xx by; a bad status or body is refused
 * when scripted, whole (nothing of the scenario is installed).
 */
class RespondWithTest {
    private static final String UPSTREAM = "{\"message\":\"upstream connect error\",\"details\":{\"applicationError\":"
            + "{\"code\":\"UPSTREAM_TIMEOUT\",\"description\":\"try again\",\"data\":{}}}}";

    @Test
    void aJavaCallGetsAScriptedErrorAsTheExceptionCarryingIt() {
        MediaSite site = Fakes.fake().site();
        ScriptedBehaviour b = site.scenarios()
                .on(Operation.LIST_FILES)
                .respondWith(503, UPSTREAM)
                .once();

        MediaManagerException e = catchThrowableOfType(
                MediaManagerException.class, () -> site.files().listFiles(ListFilesRequest.all()));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.code()).as("the code the body names").isEqualTo("UPSTREAM_TIMEOUT");
        assertThat(e.getMessage()).isEqualTo("upstream connect error");
        assertThat(e.scriptedBody()).contains(UPSTREAM);
        assertThat(e.errorCode()).isEqualTo(WixErrorCode.UNAVAILABLE);
        assertThat(b.timesMet()).isEqualTo(1);
        assertThat(b.description()).isEqualTo("listFiles: respond 503 once");
        assertThat(site.files().listFiles(ListFilesRequest.all()).files())
                .as("once: the next call is answered")
                .isEmpty();
    }

    @Test
    void aScriptedAnswerChangesNothing() {
        MediaSite site = Fakes.fake().site();
        site.scenarios()
                .on(Operation.IMPORT_FILE)
                .respondWith(400, "{\"message\":\"nope\"}")
                .once();

        assertThatThrownBy(() -> Fakes.importImage(site.files(), "a.jpg")).isInstanceOf(MediaManagerException.class);

        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).isEmpty();
    }

    @Test
    void aBodyWithoutAWixCodeTakesTheStandardCodeOfItsStatus() {
        MediaSite site = Fakes.fake().site();
        site.scenarios()
                .on(Operation.LIST_FILES)
                .respondWith(429, "{\"error\":\"slow down\"}")
                .once();
        site.scenarios()
                .on(Operation.GET_FOLDER)
                .respondWith(418, "[\"teapot\"]")
                .once();

        MediaManagerException tooMany = catchThrowableOfType(
                MediaManagerException.class, () -> site.files().listFiles(ListFilesRequest.all()));
        MediaManagerException teapot = catchThrowableOfType(
                MediaManagerException.class, () -> site.folders().getFolder("media-root"));

        assertThat(tooMany.code()).isEqualTo("RESOURCE_EXHAUSTED");
        assertThat(tooMany.getMessage()).isEqualTo("Scripted answer 429");
        assertThat(teapot.httpStatus()).isEqualTo(418);
        assertThat(teapot.code()).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void aScriptedSuccessPassesJavaCallsByUncounted() {
        MediaSite site = Fakes.fake().site();
        ScriptedBehaviour b = site.scenarios()
                .on(Operation.LIST_FILES)
                .respondWith(200, "{\"files\":[]}")
                .always();
        Fakes.importImage(site.files(), "a.jpg");

        assertThat(site.files().listFiles(ListFilesRequest.all()).files()).hasSize(1);
        assertThat(b.timesMet()).isZero();
    }

    @Test
    void matchingDecidesWhichRequestsGetIt() {
        MediaSite site = Fakes.fake().site();
        site.scenarios()
                .on(Operation.IMPORT_FILE)
                .where(RequestMatch.mimeType("video/*"))
                .respondWith(400, "{\"message\":\"video quota\"}")
                .always();

        Fakes.importImage(site.files(), "a.jpg");
        assertThatThrownBy(() -> site.files().importFile(ImportFileRequest.of("https://example.com/v.mp4")))
                .isInstanceOf(MediaManagerException.class)
                .hasMessage("video quota");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "99|{}|the status must be within 100..599, was 99",
                "600|{}|the status must be within 100..599, was 600",
                "101|{}|status 101 cannot carry a body",
                "204|{}|status 204 cannot carry a body",
                "503|not json|the body is not JSON",
                "503|{\"a\":|the body is not JSON",
                "503|\"just a string\"|must be a JSON object or array"
            })
    void aBadStatusOrBodyIsRefusedWhenScripted(int status, String body, String expected) {
        MediaSite site = Fakes.fake().site();

        assertThatThrownBy(() -> site.scenarios().on(Operation.LIST_FILES).respondWith(status, body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
        assertThat(site.scenarios().active()).isEmpty();
    }

    @Test
    void theJsonFormScriptsTheSameAnswer() {
        MediaSite site = Fakes.fake().site();
        site.scenarios()
                .apply("{\"responses\": [{\"operation\": \"listFiles\", \"status\": 503, \"body\": " + UPSTREAM
                        + ", \"times\": 2}]}");

        MediaManagerException e = catchThrowableOfType(
                MediaManagerException.class, () -> site.files().listFiles(ListFilesRequest.all()));

        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(e.scriptedBody()).contains(UPSTREAM);
        assertThat(site.scenarios().active())
                .singleElement()
                .extracting(ScriptedBehaviour::description)
                .isEqualTo("listFiles: respond 503 2 times");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"operation\":\"listFiles\",\"status\":503,\"body\":\"{}\"}|responses[0].body must be a JSON object or array",
                "{\"operation\":\"listFiles\",\"status\":700,\"body\":{}}|responses[0]: respondWith: the status must be within",
                "{\"operation\":\"listFiles\",\"body\":{}}|responses[0]: a response needs 'status'",
                "{\"operation\":\"listFiles\",\"status\":503,\"body\":{},\"fault\":\"x\"}|responses[0]: unknown key 'fault'"
            })
    void aBadResponseInTheJsonFormRefusesTheWholeScenario(String response, String expected) {
        MediaSite site = Fakes.fake().site();

        assertThatThrownBy(() -> site.scenarios()
                        .apply("{\"errors\": [{\"operation\": \"importFile\", \"status\": 503}]," + " \"responses\": ["
                                + response + "]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expected);
        assertThat(site.scenarios().active())
                .as("all or nothing: the good error is not installed either")
                .isEmpty();
    }
}
