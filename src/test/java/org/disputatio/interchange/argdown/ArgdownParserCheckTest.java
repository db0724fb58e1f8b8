package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disputatio.maps.MapContent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The essay map's Argdown export is accepted by Argdown's own parser, {@code @argdown/core} from npm, and
 * it finds there the map's claims as statements, its arguments and its attacks. The parser is installed
 * once with {@code npm ci} from the committed lock file ({@code src/test/argdown}) into
 * {@code target/argdown-check}; it needs Node 20 or later and the npm registry.
 */
class ArgdownParserCheckTest {

    private static final Path SOURCE = Path.of("src/test/argdown");
    private static final Path CHECK = Path.of("target/argdown-check");

    @Test
    void essayExport_isAcceptedByArgdownsOwnParser() throws Exception {
        install();
        MapContent essay = ArgdownFormatTest.essay();
        Files.writeString(CHECK.resolve("essay.argdown"), ArgdownFormatTest.export(essay), StandardCharsets.UTF_8);

        JsonNode result = check("essay.argdown");

        assertThat(result.get("errors").toString()).isEqualTo("[]");
        assertThat(result.get("statements").asInt()).isEqualTo(essay.claims().size());
        assertThat(result.get("arguments").asInt()).isEqualTo(essay.arguments().size());
        assertThat(result.get("relations").path("attack").asInt()).isEqualTo((int) essay.attacks().stream()
                .filter(a -> !a.kind().equals("undercut"))
                .count());
        assertThat(result.get("frontMatter").toString())
                .isEqualTo("[\"title\",\"disputatio\",\"document\",\"sources\",\"contestations\","
                        + "\"qualifications\",\"people\",\"notes\",\"rephrases\",\"preferences\",\"events\"]");
    }

    @Test
    void primerFixture_isAcceptedByArgdownsOwnParser() throws Exception {
        install();
        Files.copy(ArgdownPrimerTest.FIXTURE, CHECK.resolve("primer.argdown"), StandardCopyOption.REPLACE_EXISTING);

        JsonNode result = check("primer.argdown");

        assertThat(result.get("errors").toString()).isEqualTo("[]");
    }

    /** Runs {@code npm ci} once per {@code target}: the lock file pins every package. */
    static synchronized void install() throws IOException, InterruptedException {
        Files.createDirectories(CHECK);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(SOURCE.resolve(file), CHECK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.exists(CHECK.resolve("node_modules/@argdown/core/package.json"))) return;
        run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"), 600);
    }

    static JsonNode check(String file) throws IOException, InterruptedException {
        String out = run(List.of("node", "check.mjs", file), 300);
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        return new ObjectMapper().readTree(last);
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(CHECK.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError(
                    "'" + command.getFirst()
                            + "' could not be started: the Argdown check needs Node 20 or later and npm"
                            + " on the PATH (" + e.getMessage() + ")",
                    e);
        }
        process.getOutputStream().close();
        // Read while it runs, so that a full pipe cannot block the process.
        var output = new java.io.ByteArrayOutputStream();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                process.getInputStream().transferTo(output);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    String.join(" ", command) + " did not finish within " + seconds + " s in " + CHECK);
        }
        reader.join();
        String text = output.toString(StandardCharsets.UTF_8);
        int code = process.exitValue();
        if (code != 0 && !command.getFirst().equals("node")) {
            throw new AssertionError(
                    String.join(" ", command) + " failed with exit code " + code + " in " + CHECK + ":\n" + text);
        }
        if (command.getFirst().equals("node") && code > 1) {
            throw new AssertionError("node check.mjs failed with exit code " + code + ":\n" + text);
        }
        return text;
    }
}
