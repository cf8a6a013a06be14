package org.suchi.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before the application sees the request (an ambiguous or malformed path such as
 * {@code /a/%2e%2e/b}, a bad header): JSON with a message, never an HTML page or a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String m = message == null || message.isBlank() ? "bad request" : message;
        if (m.length() > 200) {
            m = m.substring(0, 200);
        }
        String body = Server.JSON.writeValueAsString(Server.message(code, m));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8"));
        String r = reason == null ? "bad request" : reason.replace("\"", "'").replace("\\", "/");
        return ByteBuffer.wrap(("{\"message\":\"" + r + "\",\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }
}
