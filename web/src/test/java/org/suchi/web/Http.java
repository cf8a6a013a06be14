package org.suchi.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for the tests: keeps the session cookie, sends JSON, reads JSON. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    final String base;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String cookie;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Res(int status, String type, byte[] body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + type + "): " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    HttpRequest.Builder req(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return b;
    }

    Res send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<byte[]> x = client.send(r, HttpResponse.BodyHandlers.ofByteArray());
        return new Res(x.statusCode(), x.headers().firstValue("Content-Type").orElse(""), x.body(), x.headers());
    }

    Res get(String path) throws IOException, InterruptedException {
        return send(req(path).GET().build());
    }

    Res post(String path, Object body) throws IOException, InterruptedException {
        return send(req(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    Res login(String user, String password) throws IOException, InterruptedException {
        Res r = post("/api/login", JSON.createObjectNode().put("user", user).put("password", password));
        r.headers().firstValue("Set-Cookie").ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        return r;
    }

    /**
     * Starts an upload of {@code length} bytes as curl does for large bodies (Expect: 100-continue) and returns the
     * status line and body the server answers before any byte of the body is sent.
     */
    String uploadHead(long length) throws IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)))) {
            s.setSoTimeout(20_000);
            String h = "POST /api/reports HTTP/1.1\r\nHost: " + base.substring(7) + "\r\nCookie: " + cookie
                    + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + length
                    + "\r\nExpect: 100-continue\r\n\r\n";
            s.getOutputStream().write(h.getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            byte[] buf = new byte[4096];
            StringBuilder out = new StringBuilder();
            java.io.InputStream in = s.getInputStream();
            for (int n; (n = in.read(buf)) > 0; ) {
                out.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                if (out.indexOf("}") > 0) {
                    break;
                }
            }
            return out.toString();
        }
    }

    Res upload(String name, byte[] content, String partType) throws IOException, InterruptedException {
        String boundary = "----suchi" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return send(req("/api/reports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all)).build());
    }
}
