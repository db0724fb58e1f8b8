package org.disputatio.security;

import org.disputatio.security.ui.AccountViews;
import org.disputatio.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the user's own account page into the main navigation; admins reach the accounts from there. */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationEntry myAccountEntry() {
        return new NavigationEntry("account.title", AccountViews.myAccount(), 90);
    }
}
