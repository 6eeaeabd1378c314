package org.mutualis.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StatementCounter;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.BrowserSession;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A page read by a signed-in browser reads its session from the database once, not twice (Spring
 * Session's filter looks it up again when it commits it), and what ends a session still ends it
 * within the same request and on the next one.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@Import(StatementCounter.Wrapping.class)
class SessionReadsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    private static long sessionReads(List<String> statements) {
        return statements.stream()
                .map(sql -> sql.toUpperCase(Locale.ROOT))
                .filter(sql ->
                        sql.startsWith("SELECT") && sql.contains("SPRING_SESSION") && sql.contains("SESSION_ID = ?"))
                .count();
    }

    @Test
    void aPageReadsItsSessionOnce() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ADMIN);
        var session = BrowserSession.signIn(mvc, user.username(), TestUsers.PASSWORD);

        List<String> statements = StatementCounter.statements(
                () -> mvc.perform(get("/account/password").with(session)).andExpect(status().isOk()));

        assertThat(sessionReads(statements)).as(String.join("\n", statements)).isEqualTo(1);
    }

    @Test
    void signingOutStillEndsTheSession() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ADMIN);
        var session = BrowserSession.signIn(mvc, user.username(), TestUsers.PASSWORD);
        mvc.perform(get("/account/password").with(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").with(session).with(csrf())).andExpect(status().is3xxRedirection());

        mvc.perform(get("/account/password").with(session)).andExpect(status().is3xxRedirection());
    }
}
