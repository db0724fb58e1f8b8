package org.disputatio.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the throttle with the password checks that failed, whether from the sign-in form or HTTP
 * Basic: Spring Security publishes both, with the client address in the request details.
 */
@Component
class FailedSignIns {

    private final SignInThrottle throttle;

    FailedSignIns(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var attempt = event.getAuthentication();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        throttle.failed(attempt.getName(), address);
    }
}
