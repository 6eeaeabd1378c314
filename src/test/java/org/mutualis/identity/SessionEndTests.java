package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.security.OpenSessions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Disabling an account or changing its password ends its sessions and its tokens, with real
 * sessions: each one signed in through the form and held by its cookie, as two browsers would.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class SessionEndTests {

    private static final String NEW_PASSWORD = "une toute nouvelle phrase de passe";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OpenSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAnAccountEndsEveryOneOfItsSessionsAndTokens() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var office = BrowserSession.signIn(mvc, analyst.username(), TestUsers.PASSWORD);
        var laptop = BrowserSession.signIn(mvc, analyst.username(), TestUsers.PASSWORD);
        IssuedToken token = accounts.issueToken(analyst.id(), "script");
        mvc.perform(get("/account/tokens").with(office)).andExpect(status().isOk());
        mvc.perform(get("/account/tokens").with(laptop)).andExpect(status().isOk());
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
        assertThat(sessions.count(analyst.username())).isEqualTo(2);

        mvc.perform(post("/admin/users/" + analyst.id() + "/disable")
                        .with(TestUsers.as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("done", containsString("sessions ouvertes sont fermées")));

        mvc.perform(get("/account/tokens").with(office)).andExpect(redirectedUrl("/login"));
        long tokensBefore = tokensOf(analyst);
        mvc.perform(post("/account/tokens").with(laptop).with(csrf()).param("name", "after disabling"))
                .andExpect(redirectedUrl("/login"));
        assertThat(tokensOf(analyst)).isEqualTo(tokensBefore);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
        assertThat(sessions.count(analyst.username())).isZero();

        // Enabling the account again brings back no session and no token: the token was revoked.
        accounts.setEnabled(analyst.id(), true, admin);
        mvc.perform(get("/account/tokens").with(office)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void changingOnesPasswordEndsTheOtherSessionsAndRevokesTheTokens() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var here = BrowserSession.signIn(mvc, analyst.username(), TestUsers.PASSWORD);
        var elsewhere = BrowserSession.signIn(mvc, analyst.username(), TestUsers.PASSWORD);
        IssuedToken token = accounts.issueToken(analyst.id(), "script");
        mvc.perform(get("/account/tokens").with(elsewhere)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .with(here)
                        .with(csrf())
                        .param("current", TestUsers.PASSWORD)
                        .param("next", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("revokedTokens", 1));

        // The session that changed it stays signed in, and says what happened.
        mvc.perform(get("/account/password").with(here))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("autres sessions ouvertes")))
                .andExpect(content().string(containsString("Votre jeton d’API a été révoqué")));
        mvc.perform(get("/account/tokens").with(here)).andExpect(status().isOk());
        // The other one is out: a page sends it to sign in, a write is refused.
        mvc.perform(get("/account/tokens").with(elsewhere)).andExpect(redirectedUrl("/login"));
        long tokensBefore = tokensOf(analyst);
        mvc.perform(post("/account/tokens").with(elsewhere).with(csrf()).param("name", "after the change"))
                .andExpect(redirectedUrl("/login"));
        assertThat(tokensOf(analyst)).isEqualTo(tokensBefore);
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        assertThat(sessions.count(analyst.username())).isEqualTo(1);
        // The new password opens a new session.
        BrowserSession.signIn(mvc, analyst.username(), NEW_PASSWORD);
    }

    @Test
    void choosingAPasswordThroughAnInvitationLinkEndsEverySession() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var session = BrowserSession.signIn(mvc, analyst.username(), TestUsers.PASSWORD);
        IssuedToken token = accounts.issueToken(analyst.id(), "script");

        assertThat(accounts.passwordReset(analyst.id(), admin.username())).isEqualTo(1);

        mvc.perform(get("/account/tokens").with(session)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    private long tokensOf(CurrentUser user) {
        return jdbc.sql("select count(*) from api_token where user_id = ?")
                .param(user.id())
                .query(Long.class)
                .single();
    }
}
