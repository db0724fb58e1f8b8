package org.disputatio.e2e;

import java.util.List;
import java.util.stream.Stream;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
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
 * (then the accounts, the shipped essay and the maps the class asks for, before its own {@code @BeforeEach}) and again after
 * it (after its {@code @AfterEach}), so no test sees another's maps. Register it as a static field:
 * {@code @RegisterExtension static final FreshGraph graph = FreshGraph.empty().withEssay().withUsers("ada");}
 */
public final class FreshGraph implements BeforeEachCallback, AfterEachCallback {

    private final boolean essay;
    private final List<String> users;
    private final List<MapContent> maps;

    private FreshGraph(boolean essay, List<String> users, List<MapContent> maps) {
        this.essay = essay;
        this.users = users;
        this.maps = maps;
    }

    /** Nothing stored: the class stores what it needs in its own {@code @BeforeEach}. */
    public static FreshGraph empty() {
        return new FreshGraph(false, List.of(), List.of());
    }

    /** The shipped essay map stored before each test. */
    public FreshGraph withEssay() {
        return new FreshGraph(true, users, maps);
    }

    /** These accounts, with {@link TestUsers#PASSWORD}, there before each test (accounts outlive the clearing). */
    public FreshGraph withUsers(String... usernames) {
        return new FreshGraph(
                essay, Stream.concat(users.stream(), Stream.of(usernames)).toList(), maps);
    }

    /** This map stored before each test, after the essay (if asked for), by the admins. */
    public FreshGraph withMap(MapContent map) {
        return new FreshGraph(
                essay, users, Stream.concat(maps.stream(), Stream.of(map)).toList());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        TestGraphs.clear(app.getBean(Driver.class));
        if (!users.isEmpty()) TestUsers.ensure(app.getBean(AccountService.class), users.toArray(String[]::new));
        MapCatalog catalog = app.getBean(MapCatalog.class);
        if (essay) ShippedEssay.ensureStored(catalog);
        for (MapContent map : maps) catalog.create(map);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestGraphs.clear(SpringExtension.getApplicationContext(context).getBean(Driver.class));
    }
}
