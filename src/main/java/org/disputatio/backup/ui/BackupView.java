package org.disputatio.backup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.disputatio.backup.BackupFileException;
import org.disputatio.backup.BackupService;
import org.disputatio.backup.DatabaseNotEmptyException;
import org.disputatio.backup.RestoreReport;
import org.disputatio.backup.RestoreTooLargeException;

/**
 * Admins download a backup of the whole database here (password hashes only when asked) and upload one to
 * restore into an empty database. The upload lands in a temporary file, read as a stream, then deleted.
 */
@Route("backup")
@RolesAllowed("ADMIN")
class BackupView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    final Checkbox passwords = new Checkbox();
    final Anchor download;
    final Upload upload;
    final Paragraph result = new Paragraph();

    BackupView(BackupService backups) {
        this.backups = backups;
        passwords.setId("backup-passwords");
        passwords.setLabel(getTranslation("backup.passwords"));
        passwords.setHelperText(getTranslation("backup.passwords.help"));
        download = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("disputatio-backup-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".json");
                    event.setContentType("application/json");
                    backups.backup(event.getOutputStream(), passwords.getValue());
                },
                getTranslation("backup.download"));
        download.setId("backup-download");
        download.setTarget(AnchorTarget.BLANK);
        download.getElement().setAttribute("download", true);

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> restore(file));
            } else {
                restore(file);
            }
        }));
        upload.setId("restore-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, backups.maxRestoreSize()));
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.addFileRejectedListener(e -> show(e.getErrorMessage(), true));
        result.setId("restore-result");
        result.getElement().setAttribute("role", "status");

        add(
                new H2(getTranslation("backup.title")),
                new Paragraph(getTranslation("backup.intro")),
                passwords,
                download,
                new H3(getTranslation("backup.restore")),
                new Paragraph(getTranslation("backup.restore.intro")),
                upload,
                result);
    }

    private void restore(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            RestoreReport report = backups.restore(in, Files.size(file.toPath()));
            String text = getTranslation(
                    "backup.restored",
                    report.nodes(),
                    report.relationships(),
                    report.maps().size());
            if (!report.accountsWithoutPassword().isEmpty()) {
                text += " "
                        + getTranslation(
                                "backup.restored.withoutPassword", String.join(", ", report.accountsWithoutPassword()));
            }
            show(text, false);
        } catch (DatabaseNotEmptyException e) {
            show(getTranslation("backup.notEmpty", e.nodes()), true);
        } catch (BackupFileException | RestoreTooLargeException e) {
            show(getTranslation("backup.badFile", e.getMessage()), true);
        } catch (IOException e) {
            show(getTranslation("backup.badFile", e.getMessage()), true);
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException e) {
                // The temporary directory is emptied by the system; a leftover file holds no secret we wrote.
            }
        }
    }

    private void show(String text, boolean error) {
        result.setText(text);
        result.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backup.title") + " · Disputatio";
    }
}
