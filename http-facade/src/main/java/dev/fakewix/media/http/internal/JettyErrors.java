package dev.fakewix.media.http.internal;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

/** Jetty's own error answers (bad URIs, oversized request lines) in the API's wire shape, with a request id. */
final class JettyErrors extends ErrorHandler {
    private final Supplier<String> requestIds;

    JettyErrors(Supplier<String> requestIds) {
        this.requestIds = requestIds;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        ErrorMapper.ErrorResponse error = ErrorMapper.forStatus(code, message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Reply.JSON);
        response.getHeaders().put(Facade.REQUEST_ID_HEADER, requestIds.get());
        response.write(true, ByteBuffer.wrap(error.body()), callback);
    }
}
