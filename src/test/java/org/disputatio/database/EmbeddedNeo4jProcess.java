package org.disputatio.database;

import java.nio.file.Path;

/**
 * Runs the embedded server alone in a child JVM, so a test can kill it with SIGKILL: a crash, not
 * a clean stop. Prints "READY uri password" once Bolt accepts connections.
 */
public final class EmbeddedNeo4jProcess {

    public static void main(String[] args) throws InterruptedException {
        var server = EmbeddedNeo4j.start(Path.of(args[0]), "127.0.0.1", 0, "64m");
        System.out.println("READY " + server.boltUri() + " " + server.password());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
