package org.disputatio.interchange.argdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.MapFormat;
import org.disputatio.maps.MapContent;
import org.springframework.stereotype.Component;

/**
 * Argdown (https://argdown.org), the plain-text syntax for argument maps: {@code ?format=argdown}. The
 * reader and writer are Disputatio's own, as there is no Argdown parser for the JVM (ADR 042); the tests
 * check the writer's files with Argdown's own parser, {@code @argdown/core}.
 */
@Component
public class ArgdownFormat implements MapFormat {

    @Override
    public String name() {
        return "argdown";
    }

    @Override
    public String mediaType() {
        return "text/x-argdown;charset=UTF-8";
    }

    @Override
    public String extension() {
        return "argdown";
    }

    /**
     * Streams the file (issue 14 point 4): decoded and parsed line by line, block by block, so that besides the
     * map being built only the block at hand (and the front matter) is held, never the whole file.
     */
    @Override
    public ImportedMap read(InputStream in) throws IOException {
        var utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return ArgdownMapping.map(ArgdownSyntax.parse(new InputStreamReader(in, utf8)));
        } catch (CharacterCodingException e) {
            throw new InterchangeFileException("file", "An Argdown file must be UTF-8 text.");
        }
    }

    @Override
    public void write(MapContent map, OutputStream out) throws IOException {
        out.write(ArgdownWriter.write(map).getBytes(StandardCharsets.UTF_8));
    }
}
