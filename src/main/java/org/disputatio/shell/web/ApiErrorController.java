package org.disputatio.shell.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page, for errors raised outside the controllers (security's 401 and 403, 429, an exception
 * no handler took): problem+json for /api, a bare page elsewhere. It replaces Spring Boot's, which
 * answers /api clients with plain JSON in another shape, and never shows a stack trace or an
 * exception's message.
 */
@Controller
class ApiErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        var failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure instanceof Throwable t) {
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), t);
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.getWriter().write(ProblemJson.body(status, null));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>" + status + " "
                            + ProblemJson.title(status) + "</title><h1>" + status + " " + ProblemJson.title(status)
                            + "</h1><p><a href=\"/\">Disputatio</a></p></html>");
        }
    }

    private static int status(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400
                ? code
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    private static boolean isApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s : request.getRequestURI();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
