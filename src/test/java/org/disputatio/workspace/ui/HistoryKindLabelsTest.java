package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Properties;
import org.disputatio.history.ChangeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The History panel and a group's activity name every kind of change in both languages, never by its key. */
class HistoryKindLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vaadin-i18n/translations.properties", "vaadin-i18n/translations_fr.properties"})
    void everyKindOfChange_hasALabel(String bundle) throws IOException {
        var labels = new Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            labels.load(new InputStreamReader(Objects.requireNonNull(in, bundle), StandardCharsets.UTF_8));
        }

        var unlabelled = Arrays.stream(ChangeKind.values())
                .map(kind -> "workspace.history.kind." + kind.name())
                .filter(key -> labels.getProperty(key, "").isBlank())
                .toList();

        assertThat(unlabelled).isEmpty();
    }
}
