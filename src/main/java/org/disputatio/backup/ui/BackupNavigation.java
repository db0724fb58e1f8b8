package org.disputatio.backup.ui;

import org.disputatio.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backup page in the main navigation; the layout shows it only to admins, whom the view lets in. */
@Configuration(proxyBeanMethods = false)
class BackupNavigation {

    @Bean
    NavigationEntry backupEntry() {
        return new NavigationEntry("backup.nav", BackupView.class, 96);
    }
}
