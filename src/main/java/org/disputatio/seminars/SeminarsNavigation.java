package org.disputatio.seminars;

import org.disputatio.seminars.ui.SeminarViews;
import org.disputatio.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts "Groups" into the main navigation, for signed-in users (the view admits no anonymous visitor). */
@Configuration(proxyBeanMethods = false)
class SeminarsNavigation {

    @Bean
    NavigationEntry groupsEntry() {
        return new NavigationEntry("groups.title", SeminarViews.groups(), 20);
    }
}
