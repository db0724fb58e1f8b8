package org.disputatio.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.disputatio.authoring.ImportRefusedException;
import org.disputatio.authoring.NewMapSection;
import org.disputatio.authoring.TextImport;
import org.disputatio.maps.Section;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A new map from a text: paste it or upload a file (text, Markdown, HTML, PDF, DOCX), see the reading text
 * and the sections it makes, give a title, author, language (pre-filled with the guess) and provenance,
 * and create it; the new map's workspace opens. Signed-in users only.
 */
@Route("maps/new")
@PermitAll
class NewMapView extends VerticalLayout implements HasDynamicTitle {

    /** The preview shows the start of the reading text; the whole is in the workspace once created. */
    static final int PREVIEW_CHARS = 3_000;

    private final TextImport imports;
    private final AuthenticationContext authentication;

    final TextArea text = new TextArea();
    final Upload upload;
    final TextField title = new TextField();
    final TextField author = new TextField();
    final TextField language = new TextField();
    final TextArea provenance = new TextArea();
    final Button create = new Button();
    final Span error = new Span();
    final Div preview = new Div();

    private TextImport.@Nullable Reading reading;
    /** The language the user typed, which a later guess must not overwrite. */
    private boolean languageTyped;

    NewMapView(TextImport imports, AuthenticationContext authentication, ObjectProvider<NewMapSection> more) {
        this.imports = imports;
        this.authentication = authentication;
        setMaxWidth("60rem");

        text.setId("new-map-text");
        text.setLabel(getTranslation("newMap.text"));
        text.setHelperText(getTranslation("newMap.text.help"));
        text.setWidthFull();
        text.setMinHeight("10rem");
        text.setMaxLength(TextImport.MAX_CHARS);
        text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readPasted();
            }
        });

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String name = metadata.fileName();
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> readFile(bytes, name));
            } else {
                readFile(bytes, name);
            }
        }));
        upload.setId("new-map-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TextImport.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        title.setId("new-map-title");
        title.setLabel(getTranslation("newMap.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(TextImport.MAX_TITLE_CHARS);
        author.setId("new-map-author");
        author.setLabel(getTranslation("newMap.author"));
        author.setMaxLength(TextImport.MAX_AUTHOR_CHARS);
        language.setId("new-map-language");
        language.setLabel(getTranslation("newMap.language"));
        language.setHelperText(getTranslation("newMap.language.help"));
        language.setRequiredIndicatorVisible(true);
        language.addValueChangeListener(e -> languageTyped |= e.isFromClient());
        provenance.setId("new-map-provenance");
        provenance.setLabel(getTranslation("newMap.provenance"));
        provenance.setHelperText(getTranslation("newMap.provenance.help"));
        provenance.setMaxLength(TextImport.MAX_PROVENANCE_CHARS);

        error.setId("new-map-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");
        preview.setId("new-map-preview");

        create.setId("new-map-create");
        create.setText(getTranslation("newMap.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());

        var form = new FormLayout(title, author, language, provenance);
        form.setColspan(provenance, 2);
        add(
                new H2(getTranslation("newMap.heading")),
                new Paragraph(getTranslation("newMap.intro")),
                text,
                upload,
                form,
                error,
                create,
                preview);
        // Other ways to make a map (issue 14: import from another tool), from modules authoring does not know.
        more.orderedStream().forEach(section -> add(section.section()));
    }

    private void readPasted() {
        if (text.getValue().isBlank()) {
            reading = null;
            preview.removeAll();
            return;
        }
        attempt(() -> show(imports.read(text.getValue())));
    }

    private void readFile(byte[] bytes, String name) {
        attempt(() -> {
            show(imports.read(bytes, name));
            if (title.isEmpty()) {
                int dot = name.lastIndexOf('.');
                title.setValue(dot > 0 ? name.substring(0, dot) : name);
            }
        });
    }

    private void attempt(Runnable action) {
        error.setText("");
        try {
            action.run();
        } catch (ImportRefusedException e) {
            reading = null;
            preview.removeAll();
            showError(e.getMessage());
        }
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
    }

    private void show(TextImport.Reading read) {
        reading = read;
        if (!languageTyped || language.isEmpty()) {
            language.setValue(read.languageGuess());
        }
        preview.removeAll();
        String readingText = read.reading().text();
        var sections = new UnorderedList();
        sections.setId("new-map-sections");
        for (Section section : read.sections()) {
            sections.add(
                    new ListItem(section.heading() == null ? getTranslation("newMap.preface") : section.heading()));
        }
        var textPreview = new Div();
        textPreview.setId("new-map-reading-text");
        textPreview
                .getStyle()
                .set("white-space", "pre-wrap")
                .set("max-height", "20rem")
                .set("overflow", "auto");
        textPreview.setText(
                readingText.length() > PREVIEW_CHARS ? readingText.substring(0, PREVIEW_CHARS) + " …" : readingText);
        preview.add(
                new H3(getTranslation("newMap.preview")),
                new Paragraph(getTranslation(
                        "newMap.preview.summary",
                        readingText.length(),
                        read.format().mediaType(),
                        read.file().size())),
                sections,
                textPreview);
    }

    private void create() {
        attempt(() -> {
            TextImport.Reading read = reading;
            if (read == null) {
                if (text.getValue().isBlank()) {
                    throw new ImportRefusedException(
                            ImportRefusedException.Reason.INVALID, "text", getTranslation("newMap.nothing"));
                }
                read = imports.read(text.getValue());
                show(read);
            }
            var id = imports.create(
                    read,
                    new TextImport.Metadata(
                            title.getValue(), language.getValue(), author.getValue(), provenance.getValue()),
                    authentication.getPrincipalName().orElse(null));
            getUI().ifPresent(ui -> ui.navigate("workspace/" + id.value()));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("newMap.heading") + " · Disputatio";
    }
}
