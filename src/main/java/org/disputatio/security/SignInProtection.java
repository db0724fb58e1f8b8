package org.disputatio.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * What API tokens and throttling add to a security filter chain, in one call per chain. The filters
 * are created here rather than declared as beans, because Boot would also register filter beans
 * with the servlet container and run them outside the chain.
 */
@Component
public class SignInProtection {

    private final ApiTokenService tokens;
    private final SignInThrottle throttle;

    SignInProtection(ApiTokenService tokens, SignInThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** Refuses locked-out sign-ins before any password check, then accepts Bearer tokens. */
    public HttpSecurity applyTo(HttpSecurity http) {
        return http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, throttle), BasicAuthenticationFilter.class);
    }
}
