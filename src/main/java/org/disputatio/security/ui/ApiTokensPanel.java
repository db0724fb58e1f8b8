package org.disputatio.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.disputatio.security.ApiToken;
import org.disputatio.security.ApiTokenService;
import org.disputatio.security.InvalidAccountInputException;

/**
 * The user's personal API tokens: create one (its value is shown here once, with a copy button),
 * see them with when they were last used, and revoke them.
 */
class ApiTokensPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ApiTokenService tokens;
    private final String username;

    final TextField name = new TextField();
    final Button create = new Button();
    final TextField newToken = new TextField();
    final Button copy = new Button();
    final Paragraph shownOnce = new Paragraph();
    final HorizontalLayout issued = new HorizontalLayout(newToken, copy);
    final Grid<ApiToken> grid = new Grid<>();
    final Paragraph none = new Paragraph();

    ApiTokensPanel(ApiTokenService tokens, String username) {
        this.tokens = tokens;
        this.username = username;
        setPadding(false);
        add(new H3(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.intro")));

        name.setLabel(getTranslation("tokens.name"));
        name.setHelperText(getTranslation("tokens.name.help"));
        name.setMaxLength(100);
        name.setId("token-name");
        create.setText(getTranslation("tokens.create"));
        create.setId("create-token");
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(form);

        newToken.setLabel(getTranslation("tokens.value"));
        newToken.setReadOnly(true);
        newToken.setWidth("32em");
        newToken.setId("new-token");
        copy.setText(getTranslation("tokens.copy"));
        copy.setId("copy-token");
        copy.addClickListener(e -> {
            newToken.getElement().executeJs("navigator.clipboard.writeText($0)", newToken.getValue());
            Notification.show(getTranslation("tokens.copied"));
        });
        issued.setAlignItems(FlexComponent.Alignment.BASELINE);
        issued.setVisible(false);
        shownOnce.setVisible(false);
        add(shownOnce, issued);

        grid.setId("tokens-grid");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("tokens.name")).setAutoWidth(true);
        grid.addColumn(t -> WHEN.format(t.createdAt()))
                .setHeader(getTranslation("tokens.createdAt"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("tokens.never") : WHEN.format(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.lastUsed"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("tokens.title"));
        none.setText(getTranslation("tokens.none"));
        add(grid, none);
        refresh();
    }

    void create() {
        try {
            var token = tokens.issue(username, name.getValue());
            name.clear();
            name.setInvalid(false);
            newToken.setValue(token.token());
            shownOnce.setText(getTranslation("tokens.created", token.name()));
            shownOnce.setVisible(true);
            issued.setVisible(true);
            refresh();
        } catch (InvalidAccountInputException e) {
            name.setErrorMessage(getTranslation("tokens.name.help"));
            name.setInvalid(true);
        }
    }

    void revoke(ApiToken token) {
        tokens.revoke(username, token.id());
        Notification.show(getTranslation("tokens.revoked", token.name()));
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        var revoke = new Button(getTranslation("tokens.revoke"), e -> revoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.getElement().setAttribute("aria-label", getTranslation("tokens.revoke") + " " + token.name());
        return revoke;
    }

    private void refresh() {
        var mine = tokens.tokensOf(username);
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        none.setVisible(mine.isEmpty());
    }
}
