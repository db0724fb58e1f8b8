package org.disputatio;

import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.driver.Driver;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For an {@link IntegrationTest} that writes to one map: before each test an emptied database holding only
 * {@link SampleMaps#twoVoices} under the given id, and the accounts ada and brigitte; afterwards the database
 * emptied again. The map's evaluation is dropped from memory both times, because the next test's map has the same
 * id but new nodes, and a kept evaluation would be of the old ones. Register it as an instance field:
 * {@code @RegisterExtension final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);}
 */
public final class TwoVoicesFixture implements BeforeEachCallback, AfterEachCallback {

    /** An item of evidence for the map's claim c2 from its source s1: what the rating tests attach and rate. */
    public static final EvidenceDraft NOON_EVIDENCE =
            new EvidenceDraft("c2", "s1", "p. 12", "Alpha looked up at noon.", null, Stance.FOR, null, null);

    private final MapId map;

    public TwoVoicesFixture(MapId map) {
        this.map = map;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        TestGraphs.clear(app.getBean(Driver.class));
        app.getBean(EvaluationService.class).invalidate(map);
        app.getBean(MapCatalog.class).create(SampleMaps.twoVoices(map.value()));
        TestUsers.ensure(app.getBean(AccountService.class), "ada", "brigitte");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        TestGraphs.clear(app.getBean(Driver.class));
        app.getBean(EvaluationService.class).invalidate(map);
    }
}
