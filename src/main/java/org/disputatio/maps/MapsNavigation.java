package org.disputatio.maps;

import org.disputatio.maps.ui.MapsViews;
import org.disputatio.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the maps views into the main navigation. */
@Configuration(proxyBeanMethods = false)
class MapsNavigation {

    @Bean
    NavigationEntry mapsEntry() {
        return new NavigationEntry("maps.title", MapsViews.list(), 10);
    }
}
