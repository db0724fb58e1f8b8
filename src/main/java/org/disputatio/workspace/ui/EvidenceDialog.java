package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.disputatio.evidence.Evidence;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/** Attaches an item of evidence to a claim: stance, source (picked or new), locator, exact quote, URL, note. */
class EvidenceDialog extends WriteDialog {

    /** What the form collects; the new source's fields count only when {@code newSource} is set. */
    public record Form(
            String stance,
            MapContent.@Nullable Source source,
            boolean newSource,
            String authors,
            String title,
            @Nullable Integer year,
            String kind,
            String accessibility,
            String locator,
            String quote,
            String url,
            String note) {}

    static final List<String> ACCESSIBILITIES = List.of("published", "unpublished", "classified", "via-intermediary");

    static final List<String> SOURCE_KINDS =
            List.of("archival-document", "published-primary-source", "scholarship", "memoir", "press", "interview");

    final RadioButtonGroup<String> stance = new RadioButtonGroup<>();
    final ComboBox<MapContent.Source> source = new ComboBox<>();
    final Checkbox newSource = new Checkbox();
    final TextField authors = new TextField();
    final TextField title = new TextField();
    final IntegerField year = new IntegerField();
    final Select<String> kind = new Select<>();
    final Select<String> accessibility = new Select<>();
    final TextField locator = new TextField();
    final TextArea quote = new TextArea();
    final TextField url = new TextField();
    final TextArea note = new TextArea();
    final Binder<Form> binder = new Binder<>(Form.class);

    EvidenceDialog(
            Workspace w,
            String claimId,
            WorkspaceWrites.@Nullable Anchor anchor,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        this(w, claimId, anchor, null, writes, username, saved);
    }

    /** Edits an item the user may change; the write names the version it started from. */
    static EvidenceDialog edit(
            Workspace w, Evidence existing, WorkspaceWrites writes, String username, Runnable saved) {
        var anchor = existing.anchor() == null
                ? null
                : new WorkspaceWrites.Anchor(
                        existing.anchor().exact(),
                        existing.anchor().start(),
                        existing.anchor().end());
        return new EvidenceDialog(w, existing.claimId(), anchor, existing, writes, username, saved);
    }

    private EvidenceDialog(
            Workspace w,
            String claimId,
            WorkspaceWrites.@Nullable Anchor anchor,
            @Nullable Evidence existing,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        super(
                getTranslationStatic(existing == null ? "workspace.evidence.title" : "workspace.evidence.editTitle"),
                getTranslationStatic("workspace.evidence.save"),
                saved);
        this.existing = existing;
        String required = getTranslation("accounts.required");
        stance.setLabel(getTranslation("workspace.evidence.stance"));
        stance.setItems("for", "against");
        stance.setItemLabelGenerator(s -> getTranslation("workspace.evidence.stance." + s));
        source.setLabel(getTranslation("workspace.evidence.source"));
        source.setItems(w.map().sources());
        source.setItemLabelGenerator(s -> w.sourceLabel(s.id()));
        newSource.setLabel(getTranslation("workspace.evidence.newSource"));
        authors.setLabel(getTranslation("map.column.authors"));
        authors.setHelperText(getTranslation("workspace.evidence.authors.help"));
        title.setLabel(getTranslation("map.column.title"));
        year.setLabel(getTranslation("map.column.year"));
        kind.setLabel(getTranslation("map.column.sourceKind"));
        kind.setItems(SOURCE_KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("source.kind." + k));
        accessibility.setLabel(getTranslation("map.column.accessibility"));
        accessibility.setItems(ACCESSIBILITIES);
        accessibility.setItemLabelGenerator(a -> getTranslation("source.accessibility." + a));
        accessibility.setId("evidence-source-accessibility");
        locator.setLabel(getTranslation("workspace.evidence.locator"));
        locator.setHelperText(getTranslation("workspace.evidence.locator.help"));
        quote.setLabel(getTranslation("workspace.evidence.quote"));
        quote.setMaxLength(4000);
        url.setLabel(getTranslation("workspace.evidence.url"));
        note.setLabel(getTranslation("workspace.evidence.note"));
        note.setMaxLength(4000);
        stance.setId("evidence-stance");
        source.setId("evidence-source");
        newSource.setId("evidence-new-source");
        locator.setId("evidence-locator");
        quote.setId("evidence-quote");
        url.setId("evidence-url");
        note.setId("evidence-note");
        save.setId("evidence-save");

        binder.forField(stance).asRequired(required).bind("stance");
        binder.forField(source)
                .withValidator(s -> s != null || newSource.getValue(), required)
                .bind("source");
        binder.forField(newSource).bind("newSource");
        binder.forField(authors)
                .withValidator(a -> !newSource.getValue() || !a.isBlank(), required)
                .bind("authors");
        binder.forField(title)
                .withValidator(t -> !newSource.getValue() || !t.isBlank(), required)
                .bind("title");
        binder.forField(year)
                .withValidator(y -> y == null || (y > 0 && y < 3000), getTranslation("workspace.evidence.year.invalid"))
                .bind("year");
        binder.forField(kind)
                .withValidator(k -> !newSource.getValue() || k != null, required)
                .bind("kind");
        binder.forField(accessibility)
                .withValidator(a -> !newSource.getValue() || a != null, required)
                .bind("accessibility");
        binder.forField(locator).asRequired(required).bind("locator");
        binder.forField(quote).asRequired(required).bind("quote");
        binder.forField(url)
                .withValidator(
                        u -> u.isBlank() || u.matches("https?://\\S+"),
                        getTranslation("workspace.evidence.url.invalid"))
                .bind("url");
        binder.forField(note).bind("note");
        binder.readRecord(
                existing == null
                        ? new Form(
                                "for",
                                null,
                                false,
                                "",
                                "",
                                null,
                                "scholarship",
                                "published",
                                "",
                                anchor == null ? "" : anchor.exact(),
                                "",
                                "")
                        : new Form(
                                existing.stance().spelling(),
                                w.source(existing.sourceId()).orElse(null),
                                false,
                                "",
                                "",
                                null,
                                "scholarship",
                                "published",
                                existing.locator(),
                                existing.quote(),
                                existing.url() == null ? "" : existing.url(),
                                existing.note() == null ? "" : existing.note()));
        newSource.addValueChangeListener(e -> showNewSource(e.getValue()));
        showNewSource(false);

        var form = new FormLayout(
                stance, source, newSource, authors, title, year, kind, accessibility, locator, quote, url, note, error);
        form.setColspan(quote, 2);
        form.setColspan(note, 2);
        form.setColspan(error, 2);
        add(form);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);

        this.workspace = w;
        this.claimId = claimId;
        this.anchor = anchor;
        this.writes = writes;
        this.username = username;
    }

    private final @Nullable Evidence existing;
    private @Nullable String createdSource;
    private final Workspace workspace;
    private final String claimId;
    private final WorkspaceWrites.@Nullable Anchor anchor;
    private final WorkspaceWrites writes;
    private final String username;

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        write(() -> {
            MapContent.Source picked = f.source();
            String sourceId;
            if (f.newSource() || picked == null) {
                // A retry after a refused attachment reuses the source already created for it.
                if (createdSource == null) {
                    createdSource = writes.createSource(
                            workspace.id(),
                            new WorkspaceWrites.SourceDraft(
                                    f.authors().strip(), f.title().strip(), f.year(), f.kind(), f.accessibility()),
                            username);
                }
                sourceId = createdSource;
            } else {
                sourceId = picked.id();
            }
            var draft = new WorkspaceWrites.EvidenceDraft(
                    claimId,
                    f.stance().equals("for"),
                    sourceId,
                    f.locator().strip(),
                    f.quote(),
                    f.url().isBlank() ? null : f.url().strip(),
                    f.note().isBlank() ? null : f.note(),
                    anchor != null && anchor.exact().equals(f.quote()) ? anchor : null);
            if (existing == null) {
                writes.attachEvidence(workspace.id(), draft, username);
            } else {
                writes.editEvidence(workspace.id(), existing.id(), existing.version(), draft, username);
            }
        });
    }

    private void showNewSource(boolean visible) {
        source.setEnabled(!visible);
        authors.setVisible(visible);
        title.setVisible(visible);
        year.setVisible(visible);
        kind.setVisible(visible);
        accessibility.setVisible(visible);
        authors.setRequiredIndicatorVisible(visible);
        title.setRequiredIndicatorVisible(visible);
        kind.setRequiredIndicatorVisible(visible);
        accessibility.setRequiredIndicatorVisible(visible);
        source.setRequiredIndicatorVisible(!visible);
    }

    private static String getTranslationStatic(String key) {
        return com.vaadin.flow.component.UI.getCurrent() == null
                ? key
                : com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }

    @Override
    @Nullable
    HasValidation fieldAt(String field) {
        return switch (field) {
            case "quote", "anchor" -> quote;
            case "locator" -> locator;
            case "url" -> url;
            case "note" -> note;
            case "stance" -> stance;
            case "sourceId" -> source;
            case "authors" -> authors;
            case "title" -> title;
            case "year" -> year;
            case "kind" -> kind;
            case "accessibility" -> accessibility;
            default -> null;
        };
    }
}
