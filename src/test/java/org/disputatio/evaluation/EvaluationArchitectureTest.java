package org.disputatio.evaluation;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine stays pure: a snapshot goes in, records come out, and no framework type gets in between. */
class EvaluationArchitectureTest {
    static final JavaClasses EVALUATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disputatio.evaluation");

    @Test
    void engine_dependsOnNoSpringNeo4jVaadinOrJackson() {
        noClasses()
                .that(resideInAPackage("org.disputatio.evaluation..")
                        .and(not(simpleName("EvaluationService")))
                        // The module's declared dependencies (Spring Modulith) are build metadata,
                        // not code the engine runs.
                        .and(not(simpleName("package-info")))
                        .and(not(resideInAPackage("org.disputatio.evaluation.web.."))))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "org.neo4j..", "com.vaadin..", "tools.jackson..", "com.fasterxml..")
                .allowEmptyShould(false)
                .check(EVALUATION);
    }
}
