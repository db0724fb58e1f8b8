package org.disputatio.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.disputatio.security.ui.LoginView;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two filter chains (docs/adr/021-security-model.md). The REST API is stateless: it authenticates
 * each request by its own credentials and never by the UI's session cookie, so another site cannot
 * write through a signed-in browser. The UI signs in through the form, with Spring's CSRF token,
 * sign-in included. Anonymous visitors may read everything: the views marked
 * {@code @AnonymousAllowed}, GET on the REST API and the health endpoint. Any write needs an account.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /**
     * No Spring Security observations: with the actuator's registry present, Spring Security wraps each of the
     * chain's filters in a Micrometer observation on every request, which nothing here reads (no tracing is set
     * up); they showed around every filter in the rating path's profile (docs/benchmarks.md, rate9). The HTTP
     * server's own observation (request metrics) stays.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, SignInProtection signInProtection) throws Exception {
        var problems = new ApiProblems();
        http.securityMatcher(ApiRequests.MATCHER);
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                // ---- seminars (issue 13, ADR 037): self-registration is anonymous (the seminars module applies
                // disputatio.registration); groups and invitations are their members' business, even to read.
                .requestMatchers(HttpMethod.POST, "/api/accounts/registrations")
                .permitAll()
                .requestMatchers("/api/groups", "/api/groups/**", "/api/invitations/**")
                .authenticated()
                // ---- end seminars
                // ---- backup14 (ADR 043): the whole database, password hashes included on request: admins only.
                .requestMatchers("/api/backup", "/api/restore")
                .hasRole("ADMIN")
                // ---- end backup14
                // A user's own tokens and the accounts are not public, even to read.
                .requestMatchers("/api/tokens", "/api/tokens/**", "/api/accounts", "/api/accounts/**")
                .authenticated()
                // One's own deleted maps, to restore (ADR 034).
                .requestMatchers("/api/deleted-maps")
                .authenticated()
                .requestMatchers(HttpMethod.GET)
                .permitAll()
                .anyRequest()
                .authenticated());
        // Neither read nor create the HTTP session: the session cookie authenticates nothing here.
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(
                context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.requestCache(cache -> cache.disable());
        // No ambient credential is accepted, so there is nothing for a CSRF token to protect.
        http.csrf(csrf -> csrf.disable());
        http.addFilterBefore(new CrossSiteWriteFilter(), BasicAuthenticationFilter.class);
        // HTTP Basic, sent preemptively by scripts; slow (a bcrypt per request).
        http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        // API tokens (Bearer) and throttled sign-in: docs/adr/022-api-tokens-and-throttling.md
        signInProtection.applyTo(http);

        http.exceptionHandling(
                exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SignInProtection signInProtection)
            throws Exception {
        signInProtection.applyTo(http);
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/styles/**")
                .permitAll()
                // backup14: published JSON Schemas (the backup format's), for everyone
                .requestMatchers("/schemas/**")
                .permitAll());
        // ---- openapi14 (issue 14 point 5, ADR 044): the API's description and its Swagger UI are public, like the
        // API's reads. They are outside /api, so the UI's headers apply and the API's chain never sees them.
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .permitAll());
        // ---- end openapi14
        // Vaadin's own configuration exempts the sign-in POST from CSRF; ours does not. The sign-in
        // form sends the token it finds in the page's <meta name="_csrf">. Vaadin's internal
        // requests carry Vaadin's own CSRF token instead.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.headers(SecurityConfiguration::leaveFramingToSecurityHeaders);
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * {@link SecurityHeaders} sets X-Frame-Options; Spring Security's writer would overwrite it
     * (unlike its other header writers, which keep a header already set).
     */
    private static void leaveFramingToSecurityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.disable());
    }

    /** First of all filters, and on error dispatches too, so that no response leaves without them. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
