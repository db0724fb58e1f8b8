package org.disputatio.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;

/**
 * Switches the interface between French and English. The choice lives in the session, and the page
 * reloads so every string, including the ones components render on the client, changes at once.
 */
public class LanguageSwitch extends Select<Locale> {

    public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    public LanguageSwitch() {
        setAriaLabel(getTranslation("shell.language"));
        setItems(LANGUAGES);
        setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        setValue(current());
        setId("language-switch");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }

    private Locale current() {
        Locale locale = getLocale();
        return LANGUAGES.stream()
                .filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
