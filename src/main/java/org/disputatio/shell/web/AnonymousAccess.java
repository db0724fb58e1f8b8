package org.disputatio.shell.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.PathPatternRequestTransformer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Whether the security rules let an anonymous caller (or any signed-in account) through to an endpoint, asked of
 * the filter chains themselves (the first that matches, as at run time) so that the API description cannot drift
 * from them.
 * Only Spring Security's URL rules are asked: a check made later by the feature (a group's map, an admin's
 * right) shows as the endpoint's 401/403/404 responses instead.
 */
final class AnonymousAccess {

    private static final Authentication ANONYMOUS = new AnonymousAuthenticationToken(
            "api-description", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    /** An ordinary signed-in account, with no role beyond a user's. */
    private static final Authentication ACCOUNT = UsernamePasswordAuthenticationToken.authenticated(
            "api-description", "", AuthorityUtils.createAuthorityList("ROLE_USER"));

    private final List<SecurityFilterChain> chains;
    private final ServletContext servletContext;
    private final PathPatternRequestTransformer transformer = new PathPatternRequestTransformer();

    AnonymousAccess(List<SecurityFilterChain> chains, ServletContext servletContext) {
        this.chains = chains;
        this.servletContext = servletContext;
    }

    /** {@code pattern} as mapped ({@code /api/maps/{mapId}}): each variable is replaced by a plain segment. */
    boolean allowed(String method, String pattern) {
        return allowed(method, pattern, ANONYMOUS);
    }

    /** Whether the URL rules let any signed-in account through, or want a role (an admin's): then 403 to others. */
    boolean allowedToAnAccount(String method, String pattern) {
        return allowed(method, pattern, ACCOUNT);
    }

    private boolean allowed(String method, String pattern, Authentication caller) {
        String path = pattern.replaceAll("\\{[^}]+}", "x");
        HttpServletRequest request = new RequestDispatch(
                transformer.transform(new FilterInvocation("", path, method, servletContext).getHttpRequest()));
        for (SecurityFilterChain chain : chains) {
            if (chain.matches(request)) {
                return chain.getFilters().stream()
                        .filter(AuthorizationFilter.class::isInstance)
                        .map(AuthorizationFilter.class::cast)
                        .findFirst()
                        .map(filter -> {
                            var decision = filter.getAuthorizationManager().authorize(() -> caller, request);
                            return decision == null || decision.isGranted();
                        })
                        .orElse(true);
            }
        }
        return true;
    }

    /**
     * Spring Security's stand-in request refuses to say its dispatcher type, which the API chain's rules ask
     * (errors are let through on their own dispatch); a described request is an ordinary one.
     */
    private static final class RequestDispatch extends HttpServletRequestWrapper {

        RequestDispatch(HttpServletRequest request) {
            super(request);
        }

        @Override
        public DispatcherType getDispatcherType() {
            return DispatcherType.REQUEST;
        }
    }
}
