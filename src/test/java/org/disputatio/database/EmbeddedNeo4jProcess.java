package org.disputatio.database;

import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;

/**
 * Runs the embedded server alone in a child JVM, so a test can kill it with SIGKILL: a crash, not
 * a clean stop, or stop it cleanly with SIGTERM, or watch what the process as a whole does to the
 * file system. Prints "READY uri
 * password" once Bolt accepts connections. An optional second argument sets the transaction log
 * rotation size (e.g. "128k"), so a test can make Neo4j create new log files while it runs.
 */
public final class EmbeddedNeo4jProcess {

    public static void main(String[] args) throws InterruptedException {
        Map<Setting<?>, Object> more = args.length > 1
                ? Map.of(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.parse(args[1]))
                : Map.of();
        var server = EmbeddedNeo4j.start(Path.of(args[0]), "127.0.0.1", 0, "64m", more);
        // SIGTERM stops it cleanly, with the checkpoint a clean stop writes; SIGKILL skips this.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("READY " + server.boltUri() + " " + server.password());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
