package org.disputatio.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Where a map's files are read from: a folder on the classpath or on disk. */
public interface MapFolder {

    /** The bytes of the named file of the folder, if it exists. */
    Optional<byte[]> read(String fileName);

    /** A folder on the classpath, such as {@code maps/furr-staline-democratie}. */
    static MapFolder classpath(String folder) {
        String base = "/" + folder.replaceAll("^/+|/+$", "") + "/";
        return fileName -> {
            try (InputStream in = MapFolder.class.getResourceAsStream(base + fileName)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static MapFolder directory(Path folder) {
        return fileName -> {
            try {
                return Optional.of(Files.readAllBytes(folder.resolve(fileName)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
