package org.disputatio.shell;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "How the evaluation works" into the main navigation, for everyone. */
@Configuration(proxyBeanMethods = false)
class HelpNavigation {

    @Bean
    NavigationEntry howItWorksEntry() {
        return new NavigationEntry("help.page.title", HowItWorksView.class, 80);
    }
}
