package org.disputatio.security.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import org.disputatio.security.ApiToken;
import org.disputatio.security.ApiTokenService;
import org.disputatio.security.IssuedToken;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal API tokens: create (the token is shown once), list, revoke. */
@RestController
@RequestMapping("/api/tokens")
class TokensApi {

    record NewToken(@Nullable String name) {}

    private final ApiTokenService tokens;

    TokensApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Create a personal API token (shown once)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedToken> create(@RequestBody NewToken body, @Nullable Authentication authentication) {
        var issued = tokens.issue(Callers.signedIn(authentication), body.name());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
    }

    @Operation(summary = "List the caller's API tokens")
    @GetMapping
    List<ApiToken> mine(@Nullable Authentication authentication) {
        return tokens.tokensOf(Callers.signedIn(authentication));
    }

    @Operation(summary = "Revoke one of the caller's API tokens")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id, @Nullable Authentication authentication) {
        if (!tokens.revoke(Callers.signedIn(authentication), id)) {
            throw new UnknownTokenException(id);
        }
    }
}
