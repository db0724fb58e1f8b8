package org.disputatio.maps;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the shipped essay's reading text and its section ranges to a folder, so people writing
 * the map can check their quotes against exactly what the anchoring sees. Run with the test
 * classpath: {@code java -cp target/classes:target/test-classes org.disputatio.maps.WriteFurrReadingText /work/tmp}.
 */
public final class WriteFurrReadingText {

    private WriteFurrReadingText() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target");
        ReadingText reading = ReadingText.normalise(furrOriginal());
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("furr-reading.txt"), reading.text(), StandardCharsets.UTF_8);
        StringBuilder sections = new StringBuilder(
                "# id\tstart\tend\toriginal-line\theading (offsets: UTF-16 chars of furr-reading.txt, end exclusive)\n");
        for (Section section : Outline.of(reading).sections()) {
            sections.append(section.id())
                    .append('\t')
                    .append(section.range().start())
                    .append('\t')
                    .append(section.range().end())
                    .append('\t')
                    .append(reading.originalLine(section.range().start()))
                    .append('\t')
                    .append(section.heading() == null ? "" : section.heading())
                    .append('\n');
        }
        Files.writeString(folder.resolve("furr-sections.txt"), sections, StandardCharsets.UTF_8);
    }

    static String furrOriginal() throws IOException {
        try (InputStream in = WriteFurrReadingText.class.getResourceAsStream(
                "/maps/furr-staline-democratie/furr-staline-democratie.fr.txt")) {
            if (in == null) {
                throw new IOException("The shipped essay is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
