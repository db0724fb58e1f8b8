package org.disputatio.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns an {@link Overload} of the database into 503 problem+json with {@code Retry-After} for the API,
 * wherever it surfaces: in a controller (no handler claims driver exceptions, so they come out of the
 * dispatcher) or in a filter such as the Bearer token's. Outermost, around Spring Security, so that both
 * pass through it; anything else is passed on untouched and stays a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class OverloadFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OverloadFilter.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!Overload.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            // One line, no stack trace: under overload this happens many times a second.
            log.warn("Answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(), rootOf(e));
            response.reset();
            Overload.answer(request, response);
        }
    }

    private static String rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
