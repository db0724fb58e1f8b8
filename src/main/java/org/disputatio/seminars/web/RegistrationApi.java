package org.disputatio.seminars.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.seminars.Registrations;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Self-registration: open to anonymous callers, as far as {@code disputatio.registration} allows. */
@RestController
@RefusalProblems
class RegistrationApi {

    record Registration(
            @Nullable String username,
            @Nullable String password,
            @Nullable String invitation) {}

    record RegisteredJson(
            String username,
            @Nullable String groupId,
            @Nullable String role) {}

    private final Registrations registrations;

    RegistrationApi(Registrations registrations) {
        this.registrations = registrations;
    }

    @Refuses(
            value = HttpStatus.FORBIDDEN,
            when = "registration is closed here, or needs an invitation and none was given")
    @Refuses(value = HttpStatus.NOT_FOUND, when = "the invitation code is unknown")
    @Refuses(value = HttpStatus.CONFLICT, when = "the username is taken")
    @Refuses(value = HttpStatus.GONE, when = "the invitation has expired")
    @Refuses(
            value = HttpStatus.TOO_MANY_REQUESTS,
            when = "too many registrations from this address failed: wait `Retry-After` seconds")
    @Operation(summary = "Register an account (self-registration, if enabled)")
    @PostMapping("/api/accounts/registrations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RegisteredJson> register(@RequestBody Registration body, HttpServletRequest request) {
        var registered =
                registrations.register(body.username(), body.password(), body.invitation(), request.getRemoteAddr());
        var joined = registered.joined();
        return ResponseEntity.created(URI.create("/api/accounts/" + registered.username()))
                .body(new RegisteredJson(
                        registered.username(),
                        joined == null ? null : joined.groupId(),
                        joined == null ? null : joined.role().apiName()));
    }
}
