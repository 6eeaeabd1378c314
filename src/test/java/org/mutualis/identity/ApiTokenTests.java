package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The API accepts personal tokens and nothing else, and says 401 in a problem document. */
@MutualisDbTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    private ResultActions me(String authorization) throws Exception {
        return mvc.perform(get("/api/me").header("Authorization", authorization));
    }

    private static void expectUnauthorized(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void anonymousCallIsRefusedWithAProblemNotARedirect() throws Exception {
        expectUnauthorized(mvc.perform(get("/api/me")));
        expectUnauthorized(mvc.perform(get("/api/anything/else")));
    }

    @Test
    void tokenSignsInItsOwnerWithRoleAndScope() throws Exception {
        String siren = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        var territory = territories.create(
                siren,
                "CC de test",
                "CC",
                2026,
                "test",
                List.of(NewCollectivity.of("29001", "Commune test", CollectivityKind.COMMUNE, 800, 2022)));
        long collectivity = territories.collectivities(territory.id()).get(0).id();
        CurrentUser user = TestUsers.create(accounts, Role.CORRESPONDENT, collectivity);
        IssuedToken token = accounts.issueToken(user.id(), "script");

        me("Bearer " + token.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.username()))
                .andExpect(jsonPath("$.role").value("CORRESPONDENT"))
                .andExpect(jsonPath("$.collectivityId").value(collectivity));
        assertThat(accounts.tokens(user.id()).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void unknownMalformedAndRevokedTokensAreRefused() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        IssuedToken token = accounts.issueToken(user.id(), "bientôt révoqué");
        me("Bearer " + token.secret()).andExpect(status().isOk());

        expectUnauthorized(me("Bearer mut_" + "A".repeat(43)));
        expectUnauthorized(me("Bearer not-a-mutualis-token"));
        expectUnauthorized(me("Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8))));

        accounts.revokeToken(token.id(), user);
        expectUnauthorized(me("Bearer " + token.secret()));
    }

    @Test
    void tokensOfADisabledAccountAreRefused() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        IssuedToken token = accounts.issueToken(user.id(), "script");
        accounts.setEnabled(user.id(), false, admin);
        expectUnauthorized(me("Bearer " + token.secret()));
    }

    @Test
    void browserSessionDoesNotOpenTheApi() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ADMIN);
        var session = BrowserSession.signIn(mvc, user.username(), TestUsers.PASSWORD);
        mvc.perform(get("/account/tokens").with(session)).andExpect(status().isOk());
        expectUnauthorized(mvc.perform(get("/api/me").with(session)));
    }

    @Test
    void apiDocumentationIsPublic() throws Exception {
        // The reader each handler receives is no request parameter: the documentation does not list it.
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("CurrentUser"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"name\":\"user\""))));
    }
}
