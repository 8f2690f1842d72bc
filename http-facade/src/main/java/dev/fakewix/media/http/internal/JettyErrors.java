package dev.fakewix.media.http.internal;

import dev.fakewix.media.core.internal.fidelity.Decides;
import dev.fakewix.media.core.internal.fidelity.Guess;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers in the API's wire shape, with a request id and a journal entry: errors of the connection
 * (bad URIs, a request line or headers too large: 400, 414, 431) and of the servlet layer (a path whose
 * percent-encoding does not decode). Without them Jetty answers an empty body or an HTML page.
 */
@Decides(Guess.JETTY_ERRORS_IN_API_SHAPE)
final class JettyErrors {
    /** Answers one error below Javalin: returns the request id and records the exchange. */
    interface Recorder {
        ErrorAnswer answer(Request request, int status, String message);
    }

    /** What to write: the request id header and the rendered error. */
    record ErrorAnswer(String requestId, ErrorMapper.ErrorResponse error) {}

    private JettyErrors() {}

    /** For the server (connection-level errors). */
    static ErrorHandler forServer(Recorder recorder) {
        return new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true; // Jetty writes bodies for GET, POST and HEAD only; a PATCH gets its error too
            }

            @Override
            protected void generateResponse(
                    Request request, Response response, int code, String message, Throwable cause, Callback callback) {
                writeAnswer(recorder.answer(request, code, message), response, callback);
            }
        };
    }

    /** For the servlet context Javalin runs in (errors raised while Jetty prepares the servlet request). */
    static org.eclipse.jetty.ee10.servlet.ErrorHandler forServletContext(Recorder recorder) {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true;
            }

            @Override
            protected boolean generateAcceptableResponse(
                    Request request,
                    Response response,
                    Callback callback,
                    String contentType,
                    List<Charset> charsets,
                    int code,
                    String message,
                    Throwable cause) {
                writeAnswer(recorder.answer(request, code, message), response, callback);
                return true;
            }
        };
    }

    private static void writeAnswer(ErrorAnswer answer, Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.getHeaders().put(Facade.REQUEST_ID_HEADER, answer.requestId());
        // Jetty closes the connection after an error it raised itself (a bad path, a huge header) without saying
        // so; a client that pools connections would send its next request into the closed one
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(answer.error().body()), callback);
    }
}
