package org.disputatio.interchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.disputatio.interchange.ImportReport;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.MapImports;
import org.disputatio.interchange.UnknownFormatException;

/**
 * "Import from another tool": choose the file's format (the {@code MapFormat}s there are), upload it, and see what
 * the import kept and what it could not map, with a link to the new map. Nothing is made from a refused file.
 */
class ImportFromTool extends VerticalLayout {

    final Select<String> format = new Select<>();
    final Upload upload;
    final Span error = new Span();
    final Div report = new Div();

    private final MapImports imports;
    private final AuthenticationContext authentication;

    ImportFromTool(MapImports imports, AuthenticationContext authentication, long maxBytes) {
        this.imports = imports;
        this.authentication = authentication;
        setId("import-from-tool");
        setPadding(false);

        format.setId("import-format");
        format.setLabel(getTranslation("interchange.import.format"));
        format.setItems(imports.formatNames());
        format.setItemLabelGenerator(name -> getTranslation("interchange.format." + name));
        if (!imports.formatNames().isEmpty()) {
            format.setValue(imports.formatNames().getFirst());
        }

        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> read(bytes));
            } else {
                read(bytes);
            }
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> error.setText(e.getErrorMessage()));

        error.setId("import-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");
        report.setId("import-report");

        add(
                new H3(getTranslation("interchange.import.heading")),
                new Paragraph(getTranslation("interchange.import.intro", maxBytes / (1024 * 1024))),
                format,
                upload,
                error,
                report);
    }

    void read(byte[] bytes) {
        error.setText("");
        report.removeAll();
        try {
            var imported = imports.importMap(
                    format.getValue() == null ? "" : format.getValue(),
                    new ByteArrayInputStream(bytes),
                    authentication.getPrincipalName().orElse(null));
            show(imported);
        } catch (InterchangeFileException e) {
            error.setText(getTranslation("interchange.import.refused", e.where(), e.getMessage()));
        } catch (UnknownFormatException e) {
            error.setText(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void show(MapImports.Imported imported) {
        ImportReport r = imported.report();
        var kept = new UnorderedList();
        kept.setId("import-kept");
        r.kept().forEach((kind, count) -> {
            if (count > 0) {
                kept.add(new ListItem(getTranslation("interchange.import.kept." + kind, count)));
            }
        });
        var unmapped = new UnorderedList();
        unmapped.setId("import-unmapped");
        for (var u : r.unmapped()) {
            unmapped.add(new ListItem(u.where() + " — " + u.what() + ": " + u.reason()));
        }
        var open = new Anchor("workspace/" + imported.id().value(), getTranslation("interchange.import.open"));
        open.setId("import-open");
        report.add(
                new Paragraph(
                        getTranslation("interchange.import.done", imported.id().value())),
                kept);
        if (!r.unmapped().isEmpty()) {
            report.add(
                    new Paragraph(getTranslation(
                            "interchange.import.unmapped", r.unmapped().size())),
                    unmapped);
        }
        report.add(open);
    }
}
