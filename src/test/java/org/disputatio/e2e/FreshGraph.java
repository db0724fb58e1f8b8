package org.disputatio.e2e;

import java.util.List;
import java.util.stream.Stream;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.security.AccountService;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * An emptied graph for each test of an {@code @IntegrationTest} class: {@link TestGraphs#clear} before the test
 * (then the shipped essay and the accounts the class asks for, before its own {@code @BeforeEach}) and again after
 * it (after its {@code @AfterEach}), so no test sees another's maps. Register it as a static field:
 * {@code @RegisterExtension static final FreshGraph graph = FreshGraph.empty().withEssay().withUsers("ada");}
 */
public final class FreshGraph implements BeforeEachCallback, AfterEachCallback {

    private final boolean essay;
    private final List<String> users;

    private FreshGraph(boolean essay, List<String> users) {
        this.essay = essay;
        this.users = users;
    }

    /** Nothing stored: the class stores what it needs in its own {@code @BeforeEach}. */
    public static FreshGraph empty() {
        return new FreshGraph(false, List.of());
    }

    /** The shipped essay map stored before each test. */
    public FreshGraph withEssay() {
        return new FreshGraph(true, users);
    }

    /** These accounts, with {@link TestUsers#PASSWORD}, there before each test (accounts outlive the clearing). */
    public FreshGraph withUsers(String... usernames) {
        return new FreshGraph(
                essay, Stream.concat(users.stream(), Stream.of(usernames)).toList());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        TestGraphs.clear(app.getBean(Driver.class));
        if (!users.isEmpty()) TestUsers.ensure(app.getBean(AccountService.class), users.toArray(String[]::new));
        if (essay) ShippedEssay.ensureStored(app.getBean(MapCatalog.class));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestGraphs.clear(SpringExtension.getApplicationContext(context).getBean(Driver.class));
    }
}
