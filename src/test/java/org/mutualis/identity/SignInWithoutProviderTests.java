package org.mutualis.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without any OpenID Connect provider in the configuration (the default), sign-in is what it
 * always was: the password form only, and none of the protocol's addresses answers.
 */
@MutualisDbTest
@AutoConfigureMockMvc
class SignInWithoutProviderTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageShowsThePasswordFormAndNoProviderButton() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<label for=\"password\"")))
                .andExpect(content().string(not(containsString("ProConnect"))))
                .andExpect(content().string(not(containsString("/oauth2/authorization/"))));
    }

    @Test
    void theProtocolsAddressesAreJustPagesThatNeedASignIn() throws Exception {
        mvc.perform(get("/oauth2/authorization/proconnect"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login/oauth2/code/proconnect").param("code", "x").param("state", "y"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theRefusalPageNamesOnlyKnownReasons() throws Exception {
        mvc.perform(get("/login").param("refused", "disabled"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce compte est désactivé")));
        mvc.perform(get("/login").param("refused", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n’a pas abouti")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }
}
