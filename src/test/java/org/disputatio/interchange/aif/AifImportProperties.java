package org.disputatio.interchange.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.interchange.ContentCheck;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.MapFormat;
import org.disputatio.maps.SampleMaps;

/**
 * Issue 14 point 4: AIF files mutated from valid ones (bytes cut, inserted, swapped; node types, ids and edge ends
 * changed; items duplicated or dropped) and random bytes either import or are refused with an
 * {@link InterchangeFileException} naming where, never with another exception. Files that pass write back out.
 */
class AifImportProperties {

    static final List<byte[]> VALID = valid();

    /** Chars that break JSON, or change its meaning, when inserted anywhere. */
    static final String NOISE = "{[\",:}]nulltrue-1e999\\u";

    static List<byte[]> valid() {
        try {
            var out = new ByteArrayOutputStream();
            AifFormatTest.XAIF.write(SampleMaps.twoVoices("m"), out);
            return List.of(fixture("aifdb-hangover.json"), fixture("xaif-dialogue.json"), out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = AifImportProperties.class.getResourceAsStream("/interchange/aif/" + name)) {
            return in.readAllBytes();
        }
    }

    /** One to four mutations of a valid file, chosen by the seed. */
    static byte[] mutate(byte[] file, long seed) {
        var random = new Random(seed);
        String text = new String(file, StandardCharsets.UTF_8);
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count && !text.isEmpty(); i++) {
            int at = random.nextInt(text.length());
            int to = Math.min(text.length(), at + 1 + random.nextInt(40));
            text = switch (random.nextInt(9)) {
                case 0 -> text.substring(0, at) + text.substring(to);
                case 1 -> text.substring(0, at) + text.substring(at, to) + text.substring(at);
                case 2 -> text.substring(0, at);
                case 3 -> text.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + text.substring(at);
                case 4 ->
                    text.replaceFirst(
                            "\"type\": ?\"(I|RA|CA|MA|PA|L|YA|TA)\"",
                            "\"type\": \""
                                    + List.of("I", "RA", "CA", "MA", "PA", "L", "YA", "TA", "", "Q")
                                            .get(random.nextInt(10))
                                    + "\"");
                case 5 ->
                    text.replaceFirst(
                            "\"(toID|fromID|nodeID)\": ?\"?\\d+\"?", "\"$1\": \"" + random.nextInt(20) + "\"");
                case 6 ->
                    text.replaceFirst(
                            "\"(kind|id|sourceId|conclusion|node)\": ?\"[^\"]*\"",
                            "\"$1\": \"x" + random.nextInt(5) + "\"");
                case 7 -> text.replaceFirst("\"(start|end)\": ?\\d+", "\"$1\": " + (random.nextInt(400) - 100));
                default -> text.replaceFirst("\\{\"nodeID\"[^}]*\\},?", "");
            };
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Combinators.combine(Arbitraries.integers().between(0, VALID.size() - 1), Arbitraries.longs())
                .as((which, seed) -> mutate(VALID.get(which), seed));
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000);
    }

    @Property(tries = 1500)
    void mutatedFiles_importOrAreRefusedWithWhere(@ForAll("mutated") byte[] file) throws IOException {
        readsOrRefuses(file, AifFormatTest.AIF);
    }

    @Property(tries = 300)
    void randomBytes_areRefusedWithWhere(@ForAll("randomBytes") byte[] file) throws IOException {
        readsOrRefuses(file, AifFormatTest.XAIF);
    }

    static void readsOrRefuses(byte[] file, MapFormat format) throws IOException {
        try {
            var read = format.read(new ByteArrayInputStream(file));
            ContentCheck.check(read.content());
            format.write(read.content(), new ByteArrayOutputStream());
        } catch (InterchangeFileException refused) {
            assertThat(refused.where()).isNotBlank();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
