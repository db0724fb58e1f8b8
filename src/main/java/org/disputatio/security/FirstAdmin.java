package org.disputatio.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.disputatio.database.SchemaMigrations;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On the first start with an empty database, creates the account {@code admin}: with the password
 * from {@code DISPUTATIO_ADMIN_PASSWORD} if set, otherwise with a random one printed once in the log.
 */
@Component
public class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    /** The admin account every installation has; it owns the shipped maps (ADR 034). */
    public static final String USERNAME = "admin";

    private final AccountService accountService;
    private final @Nullable String configuredPassword;

    // SchemaMigrations is a parameter so the unique constraint on user names exists first.
    FirstAdmin(
            AccountService accountService,
            SchemaMigrations schema,
            @Value("${disputatio.admin-password:}") @Nullable String configuredPassword) {
        this.accountService = accountService;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? randomPassword() : configuredPassword;
        if (accountService.createFirstAdmin(USERNAME, password)) {
            if (generated) {
                log.warn(
                        "\n\n  Created the account '{}' with the password: {}\n  It is shown only this once. "
                                + "Set DISPUTATIO_ADMIN_PASSWORD before the first start to choose it.\n",
                        USERNAME,
                        password);
            } else {
                log.info("Created the account '{}' with the password from DISPUTATIO_ADMIN_PASSWORD", USERNAME);
            }
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
