package org.disputatio.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-hardening headers on every response: UI pages, static resources, the REST API and
 * error pages. A plain servlet filter ahead of everything, because the headers Spring Security
 * writes did not reach the pages Vaadin serves (docs/adr/021-security-model.md). Spring Security's
 * own header writers leave a header alone once it is set, so these values win.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What Vaadin 25 needs: its bootstrap page runs inline scripts, and its client evaluates code
     * ('unsafe-eval'; without it the UI hangs on the loading bar). Lumo and components inject
     * inline styles; Lumo's icons are data: fonts and images. {@code connect-src 'self'} also
     * covers the same-origin WebSocket that push uses.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'self'";

    /** JSON is never a document to render or to frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "serial=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), display-capture=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = ApiRequests.isApi(request);
        response.setHeader("Content-Security-Policy", api ? API_POLICY : UI_POLICY);
        response.setHeader("X-Frame-Options", api ? "DENY" : "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }

    /** Again on the error dispatch, in case whatever raised the error reset the response's headers. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
