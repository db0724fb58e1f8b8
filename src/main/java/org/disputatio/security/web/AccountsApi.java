package org.disputatio.security.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disputatio.security.Account;
import org.disputatio.security.AccountService;
import org.disputatio.security.InvalidAccountInputException;
import org.disputatio.security.Role;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins create and list accounts by script, e.g. to set up a seminar. */
@RestController
@RequestMapping("/api/accounts")
class AccountsApi {

    record NewPassword(@Nullable String password) {}

    record NewAccount(
            @Nullable String username,
            @Nullable String password,
            @Nullable String role) {}

    /** An account as the API shows it: {@code user} or {@code admin}, never a password hash. */
    record AccountJson(String username, String role) {
        static AccountJson of(Account account) {
            return new AccountJson(account.username(), account.roles().contains(Role.ADMIN) ? "admin" : "user");
        }
    }

    private final AccountService accounts;

    AccountsApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the username is taken")
    @Operation(summary = "Create an account (admins)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<AccountJson> create(@RequestBody NewAccount body, @Nullable Authentication authentication) {
        Callers.admin(authentication);
        var created = AccountJson.of(accounts.createAccount(body.username(), body.password(), roles(body.role())));
        return ResponseEntity.created(URI.create("/api/accounts/" + created.username()))
                .body(created);
    }

    @Operation(summary = "List the accounts (admins)")
    // A read refused by the feature (an admin's right), not by the URL rule: declared, with the success it then
    // needs too (springdoc adds none of its own beside a declared response).
    @ApiResponse(
            responseCode = "200",
            description = "Every account.",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = AccountJson.class))))
    @ApiResponse(responseCode = "403", description = "Only admins list the accounts.")
    @GetMapping
    List<AccountJson> all(@Nullable Authentication authentication) {
        Callers.admin(authentication);
        return accounts.accounts().stream().map(AccountJson::of).toList();
    }

    /** An admin sets an account's password: 204; 404 for an unknown account; 400 for a password too short or long. */
    @Operation(summary = "Set an account's password (admins)")
    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> setPassword(
            @PathVariable String username, @RequestBody NewPassword body, @Nullable Authentication authentication) {
        Callers.admin(authentication);
        accounts.setPassword(username, body.password());
        return ResponseEntity.noContent().build();
    }

    private static Set<Role> roles(@Nullable String role) {
        return switch (role == null ? "" : role.toLowerCase(Locale.ROOT)) {
            case "user" -> EnumSet.of(Role.USER);
            case "admin" -> EnumSet.of(Role.USER, Role.ADMIN);
            default -> throw new InvalidAccountInputException("role", "The role is 'user' or 'admin'.");
        };
    }
}
