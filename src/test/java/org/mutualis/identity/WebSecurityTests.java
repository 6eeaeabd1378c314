package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in, sign-out, CSRF and the pages' access rules, through the real filter chain. */
@MutualisDbTest
@AutoConfigureMockMvc
class WebSecurityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anonymousPagesRedirectToTheSignInPage() throws Exception {
        mvc.perform(get("/account/tokens"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void signInPageIsPublicFrenchByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Connexion à Mutualis")))
                .andExpect(content().string(containsString("<label for=\"username\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in to Mutualis")))
                .andExpect(cookie().value("mutualis-lang", "en"));
    }

    @Test
    void goodPasswordSignsInBadOneDoesNot() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(user.username()).withRoles("ANALYST"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(user.username()).password("not the password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select action from audit_log where username = ? and action like 'LOGIN%' order by id")
                        .param(user.username())
                        .query(String.class)
                        .list())
                .containsExactly("LOGIN", "LOGIN_FAILED");
    }

    @Test
    void unknownAndDisabledAccountsFailLikeAWrongPassword() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        accounts.setEnabled(user.id(), false, admin);
        mvc.perform(formLogin("/login").user(user.username()).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(TestUsers.uniqueName("nobody")).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void formsRequireTheCsrfToken() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        var signedIn = as(user);
        mvc.perform(post("/account/tokens").param("name", "sans jeton CSRF").with(signedIn))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(signedIn)).andExpect(status().isForbidden());
        assertThat(accounts.tokens(user.id())).isEmpty();
        mvc.perform(post("/account/tokens")
                        .param("name", "avec jeton CSRF")
                        .with(signedIn)
                        .with(csrf()))
                .andExpect(status().isOk());
        assertThat(accounts.tokens(user.id())).hasSize(1);
    }

    @Test
    void signOutIsAPost() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        mvc.perform(post("/logout").with(as(user)).with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void onlyAdministratorsReachAccountManagement() throws Exception {
        for (Role role : new Role[] {Role.ANALYST, Role.ELECTED}) {
            var signedIn = as(TestUsers.create(accounts, role));
            mvc.perform(get("/admin/users").with(signedIn)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/tokens").with(signedIn)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users").with(signedIn).with(csrf())).andExpect(status().isForbidden());
        }
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        mvc.perform(get("/admin/users").param("q", admin.username()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(admin.username())));
        mvc.perform(get("/admin/tokens").with(as(admin))).andExpect(status().isOk());
    }

    @Test
    void nonOwnerCannotRevokeAnotherOnesToken() throws Exception {
        CurrentUser owner = TestUsers.create(accounts, Role.ANALYST);
        CurrentUser other = TestUsers.create(accounts, Role.ELECTED);
        long token = accounts.issueToken(owner.id(), "à garder").id();
        var intruder = as(other);
        mvc.perform(get("/account/tokens/{id}/revoke", token).with(intruder)).andExpect(status().isForbidden());
        mvc.perform(post("/account/tokens/{id}/revoke", token).with(intruder).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(accounts.tokens(owner.id())).allMatch(TokenView::active);

        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        mvc.perform(post("/account/tokens/{id}/revoke", token)
                        .param("from", "admin")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens"));
        assertThat(accounts.tokens(owner.id())).noneMatch(TokenView::active);
    }
}
