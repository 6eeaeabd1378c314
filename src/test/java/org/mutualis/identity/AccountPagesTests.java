package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The identity pages doing their job: temporary passwords, account creation and disabling, tokens. */
@MutualisDbTest
@AutoConfigureMockMvc
class AccountPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void temporaryPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = TestUsers.uniqueName("temp");
        accounts.create(new NewAccount(name, "Temporaire", Role.ANALYST, null, TestUsers.PASSWORD), true);

        var session = BrowserSession.signIn(mvc, name, TestUsers.PASSWORD);
        assertThat(session.landing()).isEqualTo("/account/password");
        mvc.perform(get("/account/tokens").with(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("provisoire")));

        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("current", TestUsers.PASSWORD)
                        .param("next", "une toute nouvelle phrase")
                        .param("confirmation", "une autre phrase encore"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("diffèrent")));
        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("current", TestUsers.PASSWORD)
                        .param("next", "aaaaaaaaaaaa")
                        .param("confirmation", "aaaaaaaaaaaa"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("trop facile à deviner")));
        mvc.perform(post("/account/password")
                        .with(session)
                        .with(csrf())
                        .param("current", TestUsers.PASSWORD)
                        .param("next", "une toute nouvelle phrase")
                        .param("confirmation", "une toute nouvelle phrase"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/account/tokens").with(session)).andExpect(status().isOk());
        boolean stillDue = jdbc.sql("select must_change_password from app_user where username = ?")
                .param(name)
                .query(Boolean.class)
                .single();
        assertThat(stillDue).isFalse();
        mvc.perform(formLogin("/login").user(name).password("une toute nouvelle phrase"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void administratorCreatesAnAccountWithATemporaryPasswordThenDisablesIt() throws Exception {
        var admin = as(TestUsers.create(accounts, Role.ADMIN));
        String name = TestUsers.uniqueName("created");

        mvc.perform(post("/admin/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", name)
                        .param("displayName", "Élue créée")
                        .param("role", "ELECTED")
                        .param("collectivityId", "")
                        .param("password", "mot de passe provisoire"))
                .andExpect(redirectedUrl("/admin/users"));
        CurrentUser created = accounts.find(name).orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ELECTED);
        mvc.perform(formLogin("/login").user(name).password("mot de passe provisoire"))
                .andExpect(redirectedUrl("/account/password"));

        mvc.perform(get("/admin/users/{id}/disable", created.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(post("/admin/users/{id}/disable", created.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.all()).doesNotContain(created);
        mvc.perform(formLogin("/login").user(name).password("mot de passe provisoire"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void creationFormExplainsABrokenRuleAndKeepsThePasswordOut() throws Exception {
        var admin = as(TestUsers.create(accounts, Role.ADMIN));
        String name = TestUsers.uniqueName("broken");
        mvc.perform(post("/admin/users")
                        .with(admin)
                        .with(csrf())
                        .param("username", name)
                        .param("displayName", "Sans collectivité")
                        .param("role", "CORRESPONDENT")
                        .param("password", "secret-pas-renvoye"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Un correspondant doit être rattaché à une collectivité.")))
                .andExpect(content().string(not(containsString("secret-pas-renvoye"))));
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void tokenSecretIsShownOnceOnCreation() throws Exception {
        CurrentUser owner = TestUsers.create(accounts, Role.ANALYST);
        var principal = as(owner);
        String page = mvc.perform(
                        post("/account/tokens").with(principal).with(csrf()).param("name", "export nocturne"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("export nocturne").containsPattern("value=\"mut_[A-Za-z0-9_-]{43}\"");

        mvc.perform(get("/account/tokens").with(principal))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("export nocturne")))
                .andExpect(content().string(not(containsString("value=\"mut_"))));
    }
}
