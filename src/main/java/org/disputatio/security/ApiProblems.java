package org.disputatio.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.disputatio.database.Overload;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API chain's refusals as RFC 9457 problem details, written before any controller runs. The
 * 401 challenge names Bearer, never Basic: a Basic challenge makes browsers prompt, cache the
 * credentials and send them again on requests other sites trigger.
 */
final class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Bearer realm=\"disputatio\"";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // The account could not be looked up (HTTP Basic): the database is overloaded, the credentials may be fine.
        if (Overload.causedBy(e)) {
            Overload.answer(request, response);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        String detail = e instanceof BadCredentialsException
                ? "Wrong username or password."
                : "Writing needs an account: send 'Authorization: Bearer <token>' (a personal token from"
                        + " My account) or HTTP Basic credentials with the request.";
        write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "This account may not do that.");
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
