package org.disputatio;

import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What an API test acting as one user starts from: an empty graph, the account {@value #USER}, a client of the
 * running app and the user's Basic authorization. Subclasses carry {@link IntegrationTest}.
 */
public abstract class OneUserApi {

    public static final String USER = "ada";

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected MapCatalog catalog;

    protected ApiCalls api;
    protected String ada;

    @BeforeEach
    void cleanGraphAndUser() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, USER);
        api = new ApiCalls(port);
        ada = ApiCalls.basic(USER, TestUsers.PASSWORD);
    }

    @AfterEach
    void clearGraph() {
        TestGraphs.clear(driver);
    }
}
