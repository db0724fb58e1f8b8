package org.disputatio.database;

import com.sun.jna.Platform;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j server inside this process, reachable only over Bolt, so the application uses exactly the
 * same driver code as against an external server or cluster.
 *
 * <p>Bolt requires authentication with a password drawn afresh at every start and known only to
 * this process, so other local users cannot open the database through the loopback port; and the
 * data directory is readable by this user only ({@link OwnerOnlyFiles}), so they cannot read the
 * files either.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    public static final String USERNAME = "neo4j";

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, String password) {
        this.service = service;
        this.boltUri = boltUri;
        this.password = password;
    }

    /** Starts the server on {@code dataDir}, creating it if needed. */
    public static EmbeddedNeo4j start(Path dataDir, String boltAddress, int boltPort, String pageCache) {
        return start(dataDir, boltAddress, boltPort, pageCache, Map.of());
    }

    /** As above, with further Neo4j settings; tests use it to make Neo4j rotate its logs early. */
    static EmbeddedNeo4j start(
            Path dataDir, String boltAddress, int boltPort, String pageCache, Map<Setting<?>, Object> more) {
        return start(dataDir, boltAddress, boltPort, pageCache, more, randomPassword());
    }

    /** With a password chosen by whoever runs the server alone ({@link StandaloneNeo4j}), for apps to connect with. */
    public static EmbeddedNeo4j start(
            Path dataDir,
            String boltAddress,
            int boltPort,
            String pageCache,
            Map<Setting<?>, Object> more,
            String password) {
        Path home = prepareDataDir(dataDir);
        Map<Setting<?>, Object> settings = new HashMap<>(Map.of(
                BoltConnector.enabled, true,
                BoltConnector.listen_address, new SocketAddress(boltAddress, boltPort),
                BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED,
                HttpConnector.enabled, false,
                HttpsConnector.enabled, false,
                GraphDatabaseSettings.auth_enabled, true,
                GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache),
                // Otherwise each database preallocates 256 MB of transaction log.
                GraphDatabaseSettings.preallocate_logical_logs, false,
                // Otherwise a clean stop waits about 10 s for Netty's quiet period.
                GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO));
        settings.putAll(more);
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(settings)
                    .build();
        } catch (RuntimeException e) {
            throw new DatabaseStartupException(
                    "disputatio.data-dir",
                    "The embedded Neo4j could not start on " + home + " (disputatio.data-dir / DISPUTATIO_DATA_DIR): "
                            + rootMessage(e),
                    e);
        }
        try {
            var system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            // The embedded API bypasses auth, so it can set the Bolt password without knowing the old one.
            // Neo4j refuses to set the password it already has, which a chosen password (StandaloneNeo4j)
            // is at every restart: pass through a random one first.
            for (String next : new String[] {randomPassword(), password}) {
                system.executeTransactionally(
                        "ALTER USER neo4j IF EXISTS SET PASSWORD $password CHANGE NOT REQUIRED",
                        Map.of("password", next));
            }
            var api = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var address = api.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
            log.info("Embedded Neo4j started: data in {}, Bolt on {}", home, uri);
            return new EmbeddedNeo4j(service, uri, password);
        } catch (RuntimeException e) {
            // Bolt runs non-daemon threads: without this the JVM would never exit after a failed start.
            service.shutdown();
            throw e;
        }
    }

    private static Path prepareDataDir(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        // Before anything is created, so the directory itself and all Neo4j writes later are private.
        restrictNewFiles();
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DatabaseStartupException(
                    "disputatio.data-dir",
                    "The data directory " + home + " cannot be written (disputatio.data-dir / DISPUTATIO_DATA_DIR): "
                            + e,
                    e);
        }
        tightenExistingFiles(home);
        return home;
    }

    private static void restrictNewFiles() {
        if (Platform.isWindows()) {
            log.info("Windows: file modes are left to the directory's access control lists");
            return;
        }
        try {
            OwnerOnlyFiles.restrictNewFiles();
        } catch (LinkageError e) {
            log.warn("Could not set the umask through JNA; files Neo4j creates may be readable by others: {}", e);
        }
    }

    private static void tightenExistingFiles(Path home) {
        try {
            if (OwnerOnlyFiles.supported(home)) {
                OwnerOnlyFiles.tighten(home);
            } else if (!Platform.isWindows()) {
                log.info("{} has no POSIX permissions; its files are not made private", home);
            }
        } catch (IOException | SecurityException e) {
            throw new DatabaseStartupException(
                    "disputatio.data-dir",
                    "The data directory " + home
                            + " cannot be made readable by this user only (disputatio.data-dir / DISPUTATIO_DATA_DIR): "
                            + e,
                    e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    public URI boltUri() {
        return boltUri;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Neo4j");
        service.shutdown();
    }
}
