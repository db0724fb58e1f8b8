package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.InterchangeFileException;

/**
 * Bad input (issue 14 point 4): mutated valid Argdown files and random bytes either read into a map or are
 * refused with an {@link InterchangeFileException} naming the line or the file, never another exception. A
 * format only converts, so a refused file writes nothing; the store's one transaction is the caller's.
 */
class ArgdownFuzzProperties {

    private static final String PRIMER;

    static {
        try {
            PRIMER = Files.readString(ArgdownPrimerTest.FIXTURE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String SYNTAX = "[]<>{}():#*_-+/\\\"'=,\n \t@>|`!";

    private final ArgdownFormat format = new ArgdownFormat();

    @Property(tries = 400)
    void mutatedPrimer_readsOrIsRefusedWithALine(@ForAll long seed) {
        readsOrRefuses(mutate(PRIMER, new Random(seed)).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void randomBytes_readOrAreRefused(@ForAll @Size(max = 2000) byte[] bytes) {
        readsOrRefuses(bytes);
    }

    private void readsOrRefuses(byte[] bytes) {
        try {
            ImportedMap map = format.read(new ByteArrayInputStream(bytes));
            // Whatever was read holds together: every argument and attack names claims or arguments of the map.
            var ids = new java.util.HashSet<String>();
            map.content().claims().forEach(c -> ids.add(c.id()));
            map.content().arguments().forEach(a -> ids.add(a.id()));
            map.content().arguments().forEach(a -> {
                assertThat(ids).containsAll(a.premises());
                assertThat(ids).contains(a.conclusion());
            });
            map.content().attacks().forEach(k -> assertThat(ids).contains(k.from(), k.to()));
        } catch (InterchangeFileException e) {
            assertThat(e.where()).matches("line [0-9]+|file");
            assertThat(e.getMessage()).isNotBlank();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A few random edits: characters of Argdown's syntax inserted, lines deleted, duplicated or swapped. */
    private static String mutate(String text, Random r) {
        var sb = new StringBuilder(text);
        int edits = 1 + r.nextInt(8);
        for (int i = 0; i < edits && !sb.isEmpty(); i++) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(5)) {
                case 0 -> sb.insert(at, SYNTAX.charAt(r.nextInt(SYNTAX.length())));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.insert(at, sb.substring(at, Math.min(sb.length(), at + r.nextInt(40))));
                case 3 -> sb.replace(at, Math.min(sb.length(), at + r.nextInt(30)), "");
                default -> sb.insert(at, "\n" + SYNTAX.charAt(r.nextInt(SYNTAX.length())) + " ");
            }
        }
        return sb.toString();
    }
}
