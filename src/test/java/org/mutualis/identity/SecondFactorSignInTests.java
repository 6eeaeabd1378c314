package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mutualis.identity.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mutualis.MovableClock;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.domain.Base32;
import org.mutualis.identity.domain.Totp;
import org.mutualis.shared.Clocks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The TOTP second factor through the real filter chain, with administrators required to have it
 * (as in production): enrolment at sign-in, the code step, codes used once, recovery codes, wrong
 * codes throttled. The clock is moved by hand.
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.security.require-totp-for-admins=true")
class SecondFactorSignInTests {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"), Clocks.ZONE);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private MvcResult password(String username, SessionJar session) throws Exception {
        return session.perform(
                        mvc,
                        post("/login")
                                .param("username", username)
                                .param("password", TestUsers.PASSWORD)
                                .with(csrf()))
                .andReturn();
    }

    private static String group(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
        return matcher.group(1);
    }

    private static String now(byte[] secret) {
        return Totp.code(secret, CLOCK.instant());
    }

    /** Enrols an administrator at their first sign-in; answers their secret and recovery codes. */
    private Enrolled enrol(CurrentUser admin) throws Exception {
        var session = new SessionJar();
        assertThat(password(admin.username(), session).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp/enrol");
        String page = session.perform(mvc, get("/login/totp/enrol"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String uri = group(page, "(otpauth://totp/[^<\"]+)").replace("&amp;", "&");
        assertThat(uri).contains("issuer=Mutualis", "digits=6", "period=30", admin.username());
        assertThat(page).contains("src=\"data:image/svg+xml;base64,");
        byte[] secret = Base32.decode(group(uri, "secret=([A-Z2-7]+)"));
        assertThat(secret).hasSize(20);
        String codesPage = session.perform(
                        mvc,
                        post("/login/totp/enrol").param("code", now(secret)).with(csrf()))
                .andExpect(session.signedIn(mvc, admin.username()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> codes = new ArrayList<>();
        Matcher code = Pattern.compile("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}").matcher(codesPage);
        while (code.find()) {
            codes.add(code.group());
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        return new Enrolled(secret, codes, session);
    }

    record Enrolled(byte[] secret, List<String> recoveryCodes, SessionJar session) {}

    @Test
    void anAdministratorMustEnrolBeforeBeingSignedIn() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        var session = new SessionJar();
        var afterPassword = password(admin.username(), session);
        assertThat(afterPassword.getResponse().getRedirectedUrl()).isEqualTo("/login/totp/enrol");
        // The password alone signs nobody in: every page still sends to the sign-in page.
        session.perform(mvc, get("/admin/users")).andExpect(unauthenticated()).andExpect(redirectedUrl("/login"));
        session.perform(mvc, get("/login/totp/enrol")).andExpect(status().isOk());
        // A wrong code does not enrol.
        session.perform(mvc, post("/login/totp/enrol").param("code", "000000").with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("n’est pas le bon")));
        assertThat(jdbc.sql("select count(*) from account_totp where user_id = ?")
                        .param(admin.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theSecretIsStoredEncryptedAndNeverShownAgain() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        String stored = jdbc.sql("select secret_cipher from account_totp where user_id = ?")
                .param(admin.id())
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(Base32.encode(enrolled.secret()));
        enrolled.session()
                .perform(mvc, get("/account/totp"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(not(
                                containsString(Base32.encode(enrolled.secret()).substring(0, 4) + " "))))
                .andExpect(content().string(not(containsString("otpauth://"))))
                .andExpect(content().string(containsString("10 code(s) de secours")));
        assertThat(jdbc.sql("select code_hash from account_recovery_code where user_id = ?")
                        .param(admin.id())
                        .query(String.class)
                        .list())
                .hasSize(10)
                .noneMatch(hash -> enrolled.recoveryCodes().stream().anyMatch(c -> hash.contains(c.replace("-", ""))));
    }

    @Test
    void afterThePasswordTheCodeCompletesTheSignInAndServesOnce() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        CLOCK.advance(Duration.ofSeconds(30));

        var session = new SessionJar();
        assertThat(password(admin.username(), session).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");
        session.perform(mvc, get("/admin/users")).andExpect(unauthenticated());
        session.perform(mvc, post("/login/totp").param("code", "123456").with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("Code incorrect")));
        String code = now(enrolled.secret());
        session.perform(mvc, post("/login/totp").param("code", code).with(csrf()))
                .andExpect(session.signedIn(mvc, admin.username()))
                // Where the person was going before signing in.
                .andExpect(redirectedUrl("/admin/users?continue"));

        // The same code a second time (someone who saw it over the shoulder): refused.
        var again = new SessionJar();
        password(admin.username(), again);
        again.perform(mvc, post("/login/totp").param("code", code).with(csrf())).andExpect(unauthenticated());
        CLOCK.advance(Duration.ofSeconds(30));
        again.perform(
                        mvc,
                        post("/login/totp")
                                .param("code", now(enrolled.secret()))
                                .with(csrf()))
                .andExpect(again.signedIn(mvc, null));

        assertThat(jdbc.sql("select action from audit_log where username = ? and action like 'LOGIN%' order by id")
                        .param(admin.username())
                        .query(String.class)
                        .list())
                .containsSubsequence(
                        "LOGIN", "LOGIN_TOTP_FAILED", "LOGIN_TOTP", "LOGIN", "LOGIN_TOTP_FAILED", "LOGIN_TOTP");
    }

    @Test
    void aRecoveryCodeServesOnceInsteadOfTheApp() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        String recovery = enrolled.recoveryCodes().get(3);

        var session = new SessionJar();
        password(admin.username(), session);
        session.perform(
                        mvc,
                        post("/login/totp")
                                .param("code", recovery.toLowerCase())
                                .with(csrf()))
                .andExpect(session.signedIn(mvc, null))
                .andExpect(redirectedUrl("/"));

        var again = new SessionJar();
        password(admin.username(), again);
        again.perform(mvc, post("/login/totp").param("code", recovery).with(csrf()))
                .andExpect(unauthenticated());
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        CLOCK.advance(Duration.ofSeconds(30));
        var session = new SessionJar();
        password(admin.username(), session);
        for (int i = 0; i < 5; i++) {
            session.perform(mvc, post("/login/totp").param("code", "00000" + i).with(csrf()))
                    .andExpect(unauthenticated());
        }
        session.perform(
                        mvc,
                        post("/login/totp")
                                .param("code", now(enrolled.secret()))
                                .with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("Trop de tentatives")));
        CLOCK.advance(Duration.ofMinutes(16));
        var later = new SessionJar();
        password(admin.username(), later);
        later.perform(
                        mvc,
                        post("/login/totp")
                                .param("code", now(enrolled.secret()))
                                .with(csrf()))
                .andExpect(later.signedIn(mvc, null));
    }

    @Test
    void theWaitForTheCodeExpires() throws Exception {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        CLOCK.advance(Duration.ofSeconds(30));
        var session = new SessionJar();
        password(admin.username(), session);
        CLOCK.advance(Duration.ofMinutes(6));
        session.perform(
                        mvc,
                        post("/login/totp")
                                .param("code", now(enrolled.secret()))
                                .with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(content().string(containsString("a expiré")));
    }

    @Test
    void otherRolesMayChooseItAndTurnItOffAdministratorsMayNot() throws Exception {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        var session = new SessionJar();
        session.perform(
                        mvc,
                        post("/login")
                                .param("username", analyst.username())
                                .param("password", TestUsers.PASSWORD)
                                .with(csrf()))
                .andExpect(session.signedIn(mvc, null))
                .andExpect(redirectedUrl("/"));
        String page = session.perform(mvc, get("/account/totp").with(as(analyst)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        byte[] secret = Base32.decode(group(page, "secret=([A-Z2-7]+)"));
        session.perform(
                        mvc,
                        post("/account/totp")
                                .param("code", now(secret))
                                .with(as(analyst))
                                .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("codes de secours")));

        var next = new SessionJar();
        assertThat(password(analyst.username(), next).getResponse().getRedirectedUrl())
                .isEqualTo("/login/totp");

        CLOCK.advance(Duration.ofSeconds(30));
        mvc.perform(post("/account/totp/disable")
                        .param("code", now(secret))
                        .with(as(analyst))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account/totp"));
        mvc.perform(post("/login")
                        .param("username", analyst.username())
                        .param("password", TestUsers.PASSWORD)
                        .with(csrf()))
                .andExpect(authenticated());

        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        Enrolled enrolled = enrol(admin);
        CLOCK.advance(Duration.ofSeconds(30));
        mvc.perform(post("/account/totp/disable")
                        .param("code", now(enrolled.secret()))
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("obligatoire pour les administrateurs")));
        assertThat(accounts.find(admin.username())).isPresent();
    }
}
