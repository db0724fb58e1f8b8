package org.disputatio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (form, HTTP Basic or Bearer token) while its account or client address
 * is locked out, before any password hash is computed. API clients get 429 with Retry-After; the
 * sign-in form goes back to the login page, which says how long to wait.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    SignInThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = startsWithIgnoreCase(authorization, "Bearer ");
        String account = form ? request.getParameter("username") : basicUsername(authorization);
        if (!form && !bearer && account == null) {
            chain.doFilter(request, response);
            return;
        }
        var wait = throttle.lockedOut(account, request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = SignInThrottle.seconds(wait.get());
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(
                response,
                429,
                "Too many failed sign-ins",
                "Too many failed sign-in attempts for this account or from this address; retry in " + seconds + " s.");
    }

    private static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    private static @Nullable String basicUsername(@Nullable String authorization) {
        if (!startsWithIgnoreCase(authorization, "Basic ")) {
            return null;
        }
        try {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            // Not Base64: BasicAuthenticationFilter refuses it on its own, no password is checked.
            return null;
        }
    }

    private static boolean startsWithIgnoreCase(@Nullable String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }
}
