package org.disputatio;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring test configuration: the whole app on a random port with its own embedded Neo4j in
 * a fresh directory. Every *IT uses it unchanged, so Spring's context cache starts Neo4j once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = DisputatioApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "disputatio.data-dir=target/neo4j-it/${random.uuid}",
            "disputatio.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
            "server.address=127.0.0.1",
            // Tests of concurrent writers check order and atomicity, not shedding (WriteAdmissionIT's, in an
            // app of its own): on a machine at load 20 a burst of 50 writers can wait more than the 2 s default.
            "disputatio.writes.max-wait=2m"
        })
public @interface IntegrationTest {
    String ADMIN_PASSWORD = "it-admin-password-123";
}
