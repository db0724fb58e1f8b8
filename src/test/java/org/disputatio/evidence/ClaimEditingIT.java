package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Users add claims, attributed to them, and counter-arguments of the right kind. */
@IntegrationTest
@RecordApplicationEvents
class ClaimEditingIT {

    static final MapId MAP = new MapId("claims-two-voices");

    @Autowired
    ClaimEditing claims;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    MapContent.Claim claim(String id) {
        return catalog.content(MAP).orElseThrow().claims().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aUsersClaim_isAttributedToThem_andAnchoredInTheDocument() {
        String id = claims.addClaim(
                MAP, new ClaimDraft("premise", "Alpha names a colour", "1", new DocumentAnchor("the sky is green", 13, 29)), "ada");

        var stored = claim(id);
        assertThat(stored.proponent()).isEqualTo("ada");
        assertThat(stored.kind()).isEqualTo("premise");
        assertThat(stored.anchors()).singleElement().satisfies(a -> {
            assertThat(a.exact()).isEqualTo("the sky is green");
            assertThat(a.prefix()).isEqualTo("Alpha claims ");
        });
        assertThat(events.stream(ClaimAdded.class)).containsExactly(new ClaimAdded(MAP, id, "ada"));
    }

    @Test
    void aClaimAnchoredOnTextThatIsNotThere_isRefused() {
        assertThatThrownBy(() -> claims.addClaim(
                        MAP, new ClaimDraft("premise", "Made up", null, new DocumentAnchor("the sky is pink", 13, 28)), "ada"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The quote does not match the document at that place.");
        assertThat(catalog.content(MAP).orElseThrow().claims()).hasSize(3);
    }

    @Test
    void counterArguments_rebutClaims_andUndercutArguments() {
        String rebuttal = claims.addCounterArgument(
                MAP, "c3", "rebut", new ClaimDraft("rebuttal", "Blue is an illusion", null, null), "ada");
        String undercut = claims.addCounterArgument(
                MAP, "a1", "undercut", new ClaimDraft("counter-claim", "Looking up proves nothing", null, null), "ada");

        var attacks = catalog.content(MAP).orElseThrow().attacks();
        assertThat(attacks).anySatisfy(k -> {
            assertThat(k.from()).isEqualTo(rebuttal);
            assertThat(k.to()).isEqualTo("c3");
            assertThat(k.kind()).isEqualTo("rebut");
        });
        assertThat(attacks).anySatisfy(k -> {
            assertThat(k.from()).isEqualTo(undercut);
            assertThat(k.to()).isEqualTo("a1");
            assertThat(k.kind()).isEqualTo("undercut");
        });
        assertThat(claim(undercut).proponent()).isEqualTo("ada");
        assertThat(events.stream(CounterArgumentAdded.class)).hasSize(2);
    }

    @Test
    void anAttackOfTheWrongKindForItsTarget_isRefusedWithAClearMessage() {
        assertThatThrownBy(() -> claims.addCounterArgument(
                        MAP, "c1", "undercut", new ClaimDraft("counter-claim", "No", null, null), "ada"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("undercut attacks an argument");
        assertThatThrownBy(() -> claims.addCounterArgument(
                        MAP, "a1", "rebut", new ClaimDraft("counter-claim", "No", null, null), "ada"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("undercut it");
        assertThatThrownBy(() -> claims.addCounterArgument(
                        MAP, "c1", "refute", new ClaimDraft("counter-claim", "No", null, null), "ada"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("attackKind");
        assertThatThrownBy(() -> claims.addCounterArgument(
                        MAP, "nothing", "rebut", new ClaimDraft("counter-claim", "No", null, null), "ada"))
                .isInstanceOf(UnknownItemException.class);
        // Neither the counter-claim nor the attack was written.
        var map = catalog.content(MAP).orElseThrow();
        assertThat(map.claims()).hasSize(3);
        assertThat(map.attacks()).hasSize(1);
    }
}
