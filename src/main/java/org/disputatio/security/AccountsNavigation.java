package org.disputatio.security;

import org.disputatio.security.ui.AccountViews;
import org.disputatio.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the user's own account page into the main navigation, and the accounts page for admins (the
 * layout shows an entry only to those the view lets in).
 */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

    @Bean
    NavigationEntry myAccountEntry() {
        return new NavigationEntry("account.title", AccountViews.myAccount(), 90);
    }

    @Bean
    NavigationEntry accountsEntry() {
        return new NavigationEntry("accounts.nav", AccountViews.accounts(), 95);
    }
}
