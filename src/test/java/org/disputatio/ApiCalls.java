package org.disputatio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the running app as a client sends them: through {@link HttpClient}, or byte for byte over
 * a socket for what HttpClient refuses to send (NUL, invalid UTF-8, over-long request lines).
 */
public final class ApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What came back; {@code json} is empty when the body is not JSON. */
    public record Answer(int status, String contentType, String body, Map<String, String> headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (RuntimeException e) {
                return JSON.createObjectNode();
            }
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    public ApiCalls(int port) {
        this.port = port;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code body} as JSON; {@code headers} are name, value pairs and override the defaults. */
    public Answer send(
            String method, String path, @Nullable String authorization, @Nullable String body, String... headers)
            throws IOException, InterruptedException {
        return sendBody(
                method,
                path,
                authorization,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    public Answer sendBody(
            String method,
            String path,
            @Nullable String authorization,
            HttpRequest.BodyPublisher body,
            String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body);
        var given = new LinkedHashMap<String, String>();
        given.put("Content-Type", "application/json");
        given.put("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            given.put(headers[i], headers[i + 1]);
        }
        given.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        var answerHeaders = new LinkedHashMap<String, String>();
        response.headers().map().forEach((k, v) -> answerHeaders.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body(),
                answerHeaders);
    }

    /**
     * POSTs a multipart/form-data body as a browser's form does: the text {@code fields}, then the file (when
     * {@code fileName} is not null) in the part named "file".
     */
    public Answer multipart(
            String path,
            @Nullable String authorization,
            Map<String, String> fields,
            @Nullable String fileName,
            String fileType,
            byte @Nullable [] file)
            throws IOException, InterruptedException {
        String boundary = "----disputatio-test-boundary";
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        if (fileName != null && file != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return sendBody(
                "POST",
                path,
                authorization,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "Content-Type",
                "multipart/form-data; boundary=" + boundary);
    }

    /** The body of a GET as bytes, for answers that are not text (a PDF). */
    public byte[] bytes(String path, @Nullable String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    /** Writes {@code head} (request line and headers, without the blank line) and reads the answer to its end. */
    public Answer raw(String head, byte @Nullable [] body) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(socket.getInputStream());
        }
    }

    private static Answer parse(InputStream in) throws IOException {
        var all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers.getOrDefault("content-type", ""), body, headers);
    }

    private static String unchunk(String chunked) {
        var out = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
