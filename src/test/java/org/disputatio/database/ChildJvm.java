package org.disputatio.database;

import java.util.List;

/** What a child JVM that runs the embedded Neo4j needs on its command line (the same flags as pom.xml's test.jvm.flags). */
public final class ChildJvm {

    /** The module openings and native access Neo4j asks for, in a JVM started by a test or a benchmark. */
    public static final List<String> NEO4J_FLAGS = List.of(
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED");

    /** The command that starts this JVM's own {@code java}. */
    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private ChildJvm() {}
}
