package org.disputatio.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One {@code GET /api/maps/{id}/evaluation} as a client reads it: the log position ({@code "seq"}) it reflects,
 * when that was readable (it is in the body's first bytes, while a large map's claims still stream), and when
 * the whole body had arrived. Times are {@link System#nanoTime()}.
 */
public record EvaluationReading(long seq, long seqReadAt, long bodyReadAt, long bytes) {

    private static final Pattern SEQ = Pattern.compile("\"seq\"\\s*:\\s*(\\d+)");

    public static EvaluationReading get(HttpClient http, URI evaluation) throws IOException, InterruptedException {
        var response =
                http.send(HttpRequest.newBuilder(evaluation).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] head = body.readNBytes(256);
            long seqReadAt = System.nanoTime();
            String start = new String(head, StandardCharsets.UTF_8);
            var matcher = SEQ.matcher(start);
            if (response.statusCode() != 200 || !matcher.find()) {
                throw new IllegalStateException(
                        "GET " + evaluation + " gave " + response.statusCode() + ": " + start + "…");
            }
            long bytes = head.length + body.transferTo(OutputStream.nullOutputStream());
            return new EvaluationReading(Long.parseLong(matcher.group(1)), seqReadAt, System.nanoTime(), bytes);
        }
    }
}
