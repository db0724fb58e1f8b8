package org.disputatio.shell.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;

/**
 * Replaces Tomcat's HTML error page for what Tomcat refuses before the application sees it (an encoded
 * slash or NUL in the path, invalid UTF-8, an over-long request line or header): problem+json under
 * /api and wherever the path could not be read, a bare page elsewhere. Neither names the server or
 * its version, nor carries a stack trace.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        // Same guards as Tomcat's own report: only errors, only once, only if nothing was written yet.
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = isApiOrUnreadable(request);
        try {
            response.setContentType(api ? ProblemJson.MEDIA_TYPE : "text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? ProblemJson.body(status, null) : page(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the response was committed meanwhile: nothing left to tell it.
        }
    }

    private static boolean isApiOrUnreadable(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null || uri.isEmpty() || uri.equals("/api") || uri.startsWith("/api/");
    }

    private static String page(int status) {
        return "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" + status + " "
                + ProblemJson.title(status) + "</title><h1>" + status + " " + ProblemJson.title(status)
                + "</h1><p>" + ProblemJson.advice(status) + "</p></html>";
    }
}
