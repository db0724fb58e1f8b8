package org.disputatio.backup;

import ch.qos.logback.classic.Level;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.database.SchemaMigrations;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The command-line form, for a stopped app: {@code backup --out FILE [--passwords=include]} and
 * {@code restore --in FILE}, on the embedded store of {@code --data-dir} (else {@code DISPUTATIO_DATA_DIR}, else
 * {@code ./data}), without Spring or the web server. Neo4j locks its store, so with the app running on the same
 * directory the command stops with a message instead of reading a store in use.
 *
 * <p>A restore without password hashes would leave nobody able to sign in; the command therefore gives the
 * account {@code admin} the password {@code DISPUTATIO_ADMIN_PASSWORD}, or a random one it prints once.
 */
public final class BackupCommand {

    /** The first argument that selects this command instead of the app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    private final PrintStream out;
    private final PrintStream err;

    BackupCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Runs the command and exits the JVM with its status (0 done, 1 refused or failed, 2 wrong arguments). */
    public static void main(String[] args) {
        quietLogging();
        int status = new BackupCommand(System.out, System.err).run(args, System.getenv());
        System.exit(status);
    }

    /** Runs the command; the status it would exit with. */
    int run(String[] args, Map<String, String> environment) {
        String command = args.length > 0 ? args[0] : "";
        String in = null, outFile = null, dataDir = null;
        boolean passwords = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (value == null && !name.equals("--passwords") && i + 1 < args.length) value = args[++i];
            switch (name) {
                case "--in" -> in = value;
                case "--out" -> outFile = value;
                case "--data-dir" -> dataDir = value;
                case "--passwords" -> passwords = value == null || value.equals("include");
                default -> {
                    return usage("Unknown argument: " + arg);
                }
            }
        }
        if (dataDir == null) dataDir = environment.getOrDefault("DISPUTATIO_DATA_DIR", "./data");
        if (command.equals("backup") && outFile == null) return usage("backup needs --out FILE");
        if (command.equals("restore") && in == null) return usage("restore needs --in FILE");
        if (!command.equals("backup") && !command.equals("restore")) return usage("Say backup or restore");
        RestoreHeap heap;
        try {
            heap = new RestoreHeap(heapPerByte(environment));
        } catch (IllegalArgumentException e) {
            return usage("DISPUTATIO_BACKUP_RESTORE_HEAP_PER_BYTE must be a number, 0 or more: " + e.getMessage());
        }
        try (var server = EmbeddedNeo4j.start(Path.of(dataDir), "127.0.0.1", 0, "256m");
                Driver driver = GraphDatabase.driver(
                        server.boltUri(), AuthTokens.basic(server.username(), server.password()))) {
            SchemaMigrations.apply(driver);
            if (command.equals("backup")) {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(Path.of(outFile)))) {
                    var written = GraphDump.write(driver, file, passwords, Clock.systemUTC());
                    out.println("Backup of " + dataDir + " written to " + outFile + ": " + written.nodes()
                            + " nodes, " + written.relationships() + " relationships, password hashes "
                            + (passwords ? "included." : "left out."));
                }
            } else {
                RestoreReport report;
                try (InputStream file = new BufferedInputStream(Files.newInputStream(Path.of(in)))) {
                    report = heap.restore(driver, file, Files.size(Path.of(in)));
                }
                out.println("Restored " + in + " into " + dataDir + ": " + report.nodes() + " nodes, "
                        + report.relationships() + " relationships, maps " + report.maps() + ".");
                if (report.accountsWithoutPassword().contains("admin")) {
                    adminPassword(driver, environment.get("DISPUTATIO_ADMIN_PASSWORD"));
                }
                List<String> others = report.accountsWithoutPassword().stream()
                        .filter(a -> !a.equals("admin"))
                        .toList();
                if (!others.isEmpty()) {
                    out.println("These accounts came back without a password and cannot sign in until an admin"
                            + " sets one (Backup page): " + others);
                }
            }
            return 0;
        } catch (DatabaseNotEmptyException | BackupFileException | RestoreTooLargeException e) {
            err.println(e.getMessage());
            return 1;
        } catch (OutOfMemoryError e) {
            // Thrown here, not in Neo4j (which reports its own as RestoreOutOfMemoryException): the transaction
            // was rolled back and the store closed above, which freed its memory, so the message can be printed.
            err.println("Out of memory (" + e.getMessage() + ") with a heap of "
                    + (Runtime.getRuntime().maxMemory() >> 20) + " MB. Nothing was written: the restore is one"
                    + " transaction. Run it again with a larger heap (java -Xmx… -jar disputatio.jar restore …;"
                    + " README \"Backup and restore\").");
            return 1;
        } catch (IOException e) {
            err.println("Cannot read or write the file: " + e);
            return 1;
        } catch (RuntimeException e) {
            err.println(
                    "Failed: " + e.getMessage() + " (is the app still running on this data directory? Stop it first.)");
            return 1;
        }
    }

    /** {@code DISPUTATIO_BACKUP_RESTORE_HEAP_PER_BYTE}, the app's {@code disputatio.backup.restore-heap-per-byte}. */
    private static double heapPerByte(Map<String, String> environment) {
        String value = environment.get("DISPUTATIO_BACKUP_RESTORE_HEAP_PER_BYTE");
        return value == null || value.isBlank() ? RestoreHeap.MEASURED_PER_BYTE : Double.parseDouble(value.strip());
    }

    private void adminPassword(Driver driver, @Nullable String configured) {
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? randomPassword() : configured;
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx ->
                    tx.run("MATCH (u:User {username: 'admin'}) SET u.passwordHash = $hash", Map.of("hash", hash)));
        }
        out.println(
                generated
                        ? "The backup had no password hashes: the account 'admin' now has the password " + password
                                + " (shown only this once)."
                        : "The backup had no password hashes: the account 'admin' now has the password from"
                                + " DISPUTATIO_ADMIN_PASSWORD.");
    }

    private int usage(String problem) {
        err.println(problem);
        err.println("Usage: java -jar disputatio.jar backup --out FILE [--passwords=include] [--data-dir DIR]");
        err.println("       java -jar disputatio.jar restore --in FILE [--data-dir DIR]");
        err.println("The app must be stopped; DIR defaults to DISPUTATIO_DATA_DIR, else ./data.");
        return 2;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Without Spring Boot's logging set-up, Logback would print every debug line of Netty and the driver. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
