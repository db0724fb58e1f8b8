package org.disputatio.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * Which requests belong to the REST API: paths under {@code /api/}, and the error dispatch of such
 * a request, so that an API error is answered by the API's rules and never touches the session.
 */
final class ApiRequests {

    static final String PREFIX = "/api/";

    static final RequestMatcher MATCHER = ApiRequests::isApi;

    private ApiRequests() {}

    static boolean isApi(HttpServletRequest request) {
        String path;
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original) {
            String decoded = UriUtils.decode(original, StandardCharsets.UTF_8);
            path = decoded.substring(Math.min(request.getContextPath().length(), decoded.length()));
        } else {
            // Decoded and without path parameters, as the controllers' mappings see it.
            path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        }
        return path.startsWith(PREFIX) || path.equals("/api");
    }
}
