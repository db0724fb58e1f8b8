package org.disputatio.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.disputatio.maps.ReadingText;

/** The shipped essay and its bibliography, read from the classpath, for tests. */
final class EssayBibliography {

    static final String FOLDER = "/maps/furr-staline-democratie/";

    private EssayBibliography() {}

    static BibliographyFile.Result read() {
        return BibliographyFile.read(resource("sources.yaml"));
    }

    static ReadingText readingText() {
        return ReadingText.normalise(resource("furr-staline-democratie.fr.txt"));
    }

    static String resource(String name) {
        try (InputStream in = EssayBibliography.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the classpath: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
