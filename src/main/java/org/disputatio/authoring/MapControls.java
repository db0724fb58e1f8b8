package org.disputatio.authoring;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapListActions;
import org.disputatio.maps.MapSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The buttons that rename, duplicate, delete and restore maps, for the list of maps (through
 * {@link MapListActions}) and the workspace header. Made per view from this one bean, on the UI thread; they
 * call {@link MapOwnership}, so the rules are the API's. A deletion shows a notification with Undo at once, and
 * the owner finds it later under "Recently deleted" above the list (ADR 034).
 */
@org.springframework.stereotype.Component
public class MapControls implements MapListActions {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final MapOwnership ownership;
    private final AuthenticationContext authentication;

    MapControls(MapOwnership ownership, AuthenticationContext authentication) {
        this.ownership = ownership;
        this.authentication = authentication;
    }

    @Override
    public List<Component> forMap(MapSummary map, Runnable refresh) {
        var buttons = new ArrayList<Component>();
        Optional<String> user = user();
        if (user.isEmpty()) return buttons;
        if (ownership.mayCopy(map.id(), user.get())) buttons.add(duplicateButton(map.id(), map.title()));
        if (ownership.mayChange(map.id(), user.get())) {
            var rename = small(t("owners.rename"), "maps-rename");
            rename.setTooltipText(t("owners.rename.tooltip"));
            rename.setAriaLabel(t("owners.rename") + ": " + map.title());
            rename.addClickListener(e -> rename(map, refresh));
            buttons.add(rename);
            var delete = small(t("owners.delete"), "maps-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            delete.setTooltipText(t("owners.delete.tooltip"));
            delete.setAriaLabel(t("owners.delete") + ": " + map.title());
            delete.addClickListener(e -> delete(map.id(), refresh, refresh));
            buttons.add(delete);
        }
        return buttons;
    }

    @Override
    public Optional<Component> aboveList(Runnable refresh) {
        Optional<String> user = user();
        if (user.isEmpty()) return Optional.empty();
        var deleted = ownership.deleted(user.get());
        if (deleted.isEmpty()) return Optional.empty();
        var rows = new VerticalLayout();
        rows.setPadding(false);
        rows.setSpacing(false);
        for (var r : deleted) {
            var restore = small(t("owners.restore"), null);
            restore.setAriaLabel(t("owners.restore") + ": " + r.map().title());
            restore.addClickListener(e -> restore(r.map().id(), r.seq(), r.map().title(), refresh));
            var line = new HorizontalLayout(
                    new Span(r.map().title()),
                    new Span(t(
                            "owners.deletedAt", WHEN.format(r.map().deletedAt().atOffset(ZoneOffset.UTC)))),
                    restore);
            line.setAlignItems(FlexComponent.Alignment.CENTER);
            line.addClassName("deleted-map");
            rows.add(line);
        }
        var details = new Details(t("owners.recentlyDeleted", deleted.size()), rows);
        details.setId("maps-recently-deleted");
        return Optional.of(details);
    }

    @Override
    public void rename(MapSummary map, Runnable refresh) {
        Optional<String> user = user();
        if (user.isEmpty() || !ownership.mayChange(map.id(), user.get())) return;
        openRename(map.id(), map.title(), map.version(), user.get(), title -> refresh.run());
    }

    /**
     * The workspace header's controls: the owner, then a "Map" menu with Rename (Alt+Shift+R) and Delete for the
     * owner or an admin, and Duplicate for anyone signed in. {@code renamed} runs after a rename; a deletion goes back to the list.
     */
    public Component forWorkspace(MapId map, Runnable renamed) {
        var bar = new HorizontalLayout();
        bar.setId("workspace-map-actions");
        bar.setSpacing(false);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        var summary = ownership.summary(map);
        if (summary.isEmpty()) return bar;
        var owner = new Span(t(
                "owners.owner",
                summary.get().owner() == null
                        ? t("maps.owner.admins")
                        : summary.get().owner()));
        owner.setId("workspace-map-owner");
        owner.addClassName("map-owner");
        bar.add(owner);
        Optional<String> user = user();
        if (user.isEmpty()) return bar;
        // One small menu keeps the header one line high at 1280×720 (WorkspaceLayoutBrowserIT).
        var menu = new MenuBar();
        menu.setId("workspace-map-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY);
        var root = menu.addItem(t("owners.menu"));
        var items = root.getSubMenu();
        String title = summary.get().title();
        if (ownership.mayChange(map, user.get())) {
            Runnable rename = () -> ownership
                    .summary(map)
                    .ifPresent(m -> openRename(map, m.title(), m.version(), user.get(), t -> renamed.run()));
            items.addItem(t("owners.rename") + " (Alt+Shift+R)", e -> rename.run())
                    .setId("workspace-rename");
            // Bound while the bar is attached, i.e. while this workspace is shown.
            Shortcuts.addShortcutListener(bar, rename::run, Key.KEY_R, KeyModifier.ALT, KeyModifier.SHIFT);
        }
        if (ownership.mayCopy(map, user.get())) {
            items.addItem(t("owners.duplicate"), e -> duplicate(map, title, () -> {}))
                    .setId("workspace-duplicate");
        }
        if (ownership.mayChange(map, user.get())) {
            var ui = UI.getCurrent();
            items.addItem(
                            t("owners.delete"),
                            e -> delete(map, () -> ui.navigate("maps"), () -> ui.navigate("workspace/" + map.value())))
                    .setId("workspace-delete");
        }
        bar.add(menu);
        return bar;
    }

    private Button duplicateButton(MapId map, String title) {
        var duplicate = small(t("owners.duplicate"), null);
        duplicate.addClassName("maps-duplicate");
        duplicate.setTooltipText(t("owners.duplicate.tooltip"));
        duplicate.setAriaLabel(t("owners.duplicate") + ": " + title);
        duplicate.setDisableOnClick(true);
        duplicate.addClickListener(e -> duplicate(map, title, () -> duplicate.setEnabled(true)));
        return duplicate;
    }

    /** Copies the map for the signed-in user and opens the copy's workspace. */
    private void duplicate(MapId map, String title, Runnable failed) {
        user().ifPresent(u -> {
            try {
                MapId copy = ownership.copy(map, null, u);
                UI.getCurrent().navigate("workspace/" + copy.value());
            } catch (UnknownMapException | AccessDeniedException ex) {
                error(ex.getMessage());
                failed.run();
            }
        });
    }

    private void openRename(MapId map, String title, long version, String user, Consumer<String> renamed) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(t("owners.rename.title"));
        dialog.setId("rename-map-dialog");
        var field = new TextField(t("owners.rename.field"));
        field.setId("rename-map-title");
        field.setValue(title);
        field.setMaxLength(MapTitle.MAX);
        field.setWidth("32em");
        field.setAutofocus(true);
        var save = new Button(t("owners.save"));
        save.setId("rename-map-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            try {
                var done = ownership.rename(map, field.getValue(), version, user);
                dialog.close();
                renamed.accept(done.title());
            } catch (InvalidInputException ex) {
                field.setInvalid(true);
                field.setErrorMessage(ex.refusals().getFirst().message());
            } catch (ConcurrentEditException ex) {
                field.setInvalid(true);
                field.setErrorMessage(t("owners.stale"));
            } catch (UnknownMapException | AccessDeniedException ex) {
                dialog.close();
                error(ex.getMessage());
            }
        });
        var cancel = new Button(t("owners.cancel"), e -> dialog.close());
        dialog.add(field);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    /** Deletes at once, then offers Undo: {@code restored} runs once the map is back. */
    private void delete(MapId map, Runnable after, Runnable restored) {
        Optional<String> user = user();
        if (user.isEmpty()) return;
        MapOwnership.Deleted deleted;
        try {
            deleted = ownership.delete(map, null, user.get());
        } catch (UnknownMapException | AccessDeniedException ex) {
            error(ex.getMessage());
            return;
        }
        after.run();
        var notification = new Notification();
        notification.setId("map-deleted-notification");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        var undo = new Button(t("owners.undo"));
        undo.setId("map-deleted-undo");
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        undo.addClickListener(e -> {
            notification.close();
            restore(map, deleted.seq(), deleted.title(), restored);
        });
        var line = new HorizontalLayout(new Span(t("owners.deleted", deleted.title())), undo);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(line);
        notification.open();
    }

    private void restore(MapId map, long seq, String title, Runnable refresh) {
        Optional<String> user = user();
        if (user.isEmpty()) return;
        try {
            ownership.restore(map, seq, user.get());
            Notification.show(t("owners.restored", title), 5_000, Notification.Position.BOTTOM_START);
        } catch (UndoConflictException | AccessDeniedException ex) {
            error(ex.getMessage());
        }
        refresh.run();
    }

    private static Button small(String text, @Nullable String id) {
        var button = new Button(text);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (id != null) button.setClassName(id);
        return button;
    }

    private static void error(@Nullable String message) {
        Notification.show(message == null ? "" : message, 6_000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private Optional<String> user() {
        return authentication.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername);
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
