package org.disputatio;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.disputatio.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Disputatio: argument maps whose conclusions can be traced back to the sources they rest on. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/disputatio.css")
public class DisputatioApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        // backup / restore: the command line of ADR 043, which runs without the app on its stopped data directory.
        if (BackupCommand.handles(args)) {
            BackupCommand.main(args);
            return;
        }
        SpringApplication.run(DisputatioApplication.class, args);
    }

    /** The tab's icon; /favicon.ico is among the resources Vaadin's security lets everyone load. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "favicon.ico", "32x32");
    }
}
