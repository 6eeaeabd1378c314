package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mutualis.MovableClock;
import org.mutualis.MutualisDbTest;
import org.mutualis.identity.persistence.AuditStore;
import org.mutualis.identity.persistence.ThrottleStore;
import org.mutualis.shared.Clocks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in throttling through the real filter chain and database: the clock is moved by hand, never
 * slept on. Per account: 5 failures in 15 minutes lock for 15 minutes, then 30; per address: 8 here
 * (50 by default).
 */
@MutualisDbTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "mutualis.security.sign-in.address-max-failures=8")
class SignInThrottlingTests {

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

    @Autowired
    ThrottleStore throttles;

    @Autowired
    AuditStore audit;

    @Autowired
    PlatformTransactionManager transactions;

    private ResultActions signIn(String username, String password, String address, SessionJar session)
            throws Exception {
        return session.perform(
                mvc,
                post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }));
    }

    private ResultActions signIn(String username, String password, String address) throws Exception {
        return signIn(username, password, address, new SessionJar());
    }

    private static String inParis(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(Clocks.ZONE));
    }

    // The page's alert; the rest differs by its CSRF token.
    private static String alert(String page) {
        Matcher alert = Pattern.compile("role=\"alert\"[^>]*>([^<]*)<").matcher(page);
        return alert.find() ? alert.group(1) : "";
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordUntilTheClockMoves() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        for (int i = 1; i <= 4; i++) {
            signIn(user.username(), "wrong password " + i, "192.0.2.1")
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        var session = new SessionJar();
        signIn(user.username(), "wrong password 5", "192.0.2.2", session).andExpect(unauthenticated());
        session.perform(mvc, get("/login").param("error", ""))
                .andExpect(content().string(containsString("Trop de tentatives de connexion")))
                .andExpect(content()
                        .string(containsString(
                                "jusqu’à " + inParis(CLOCK.instant().plus(Duration.ofMinutes(15))))));

        // Locked: the right password is refused, from any address.
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.7").andExpect(unauthenticated());
        CLOCK.advance(Duration.ofMinutes(14));
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.7").andExpect(unauthenticated());

        CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
        signIn(user.username(), TestUsers.PASSWORD, "198.51.100.7")
                .andExpect(authenticated().withUsername(user.username()));

        assertThat(jdbc.sql("select detail from audit_log where action = 'LOGIN_LOCKED' and username = ?")
                        .param(user.username().toLowerCase())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains(user.username().toLowerCase(), "blocage n° 1");
    }

    @Test
    void aSecondLockoutLastsLonger() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        for (int round = 1; round <= 2; round++) {
            for (int i = 1; i <= 5; i++) {
                signIn(user.username(), "wrong password " + i, "192.0.2." + (10 + round))
                        .andExpect(unauthenticated());
            }
            if (round == 1) {
                CLOCK.advance(Duration.ofMinutes(16));
            }
        }
        CLOCK.advance(Duration.ofMinutes(16));
        signIn(user.username(), TestUsers.PASSWORD, "192.0.2.20").andExpect(unauthenticated());
        CLOCK.advance(Duration.ofMinutes(15));
        signIn(user.username(), TestUsers.PASSWORD, "192.0.2.20").andExpect(authenticated());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        for (int i = 1; i <= 8; i++) {
            signIn(user.username(), "wrong password " + i, "192.0.2.30").andExpect(unauthenticated());
            CLOCK.advance(Duration.ofMinutes(4));
        }
        signIn(user.username(), TestUsers.PASSWORD, "192.0.2.31").andExpect(authenticated());
    }

    @Test
    void anUnknownNameLocksLikeAKnownOneSoTheMessageRevealsNothing() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        String unknown = TestUsers.uniqueName("nobody");
        var known = new SessionJar();
        var nobody = new SessionJar();
        for (int i = 1; i <= 5; i++) {
            signIn(user.username(), "wrong password " + i, "192.0.2.40", known);
            signIn(unknown, "wrong password " + i, "192.0.2.41", nobody);
        }
        String forKnown = known.perform(mvc, get("/login").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forUnknown = nobody.perform(mvc, get("/login").param("error", ""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(alert(forUnknown)).contains("Trop de tentatives").isEqualTo(alert(forKnown));
    }

    @Test
    void oneAddressTryingManyNamesIsLockedOtherAddressesAreNot() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        for (int i = 1; i <= 8; i++) {
            signIn(TestUsers.uniqueName("guess"), "wrong password", "203.0.113.9")
                    .andExpect(unauthenticated());
        }
        signIn(user.username(), TestUsers.PASSWORD, "203.0.113.9").andExpect(unauthenticated());
        signIn(user.username(), TestUsers.PASSWORD, "203.0.113.10").andExpect(authenticated());
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("Trop de tentatives"))));
    }

    @Test
    void guessingTheCurrentPasswordOnThePasswordPageCountsToo() {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        for (int i = 1; i <= 5; i++) {
            int attempt = i;
            assertThatThrownBy(() ->
                            accounts.changePassword(user.id(), "wrong password " + attempt, "a brand new passphrase"))
                    .isInstanceOf(IdentityException.class)
                    .extracting(e -> ((IdentityException) e).reason())
                    .isEqualTo("currentPassword");
        }
        assertThatThrownBy(() -> accounts.changePassword(user.id(), TestUsers.PASSWORD, "a brand new passphrase"))
                .isInstanceOf(IdentityException.class)
                .extracting(e -> ((IdentityException) e).reason())
                .isEqualTo("currentPasswordLocked");
        CLOCK.advance(Duration.ofMinutes(16));
        accounts.changePassword(user.id(), TestUsers.PASSWORD, "a brand new passphrase");
    }

    @Test
    void theLockIsInTheDatabaseSoAnotherInstanceSeesIt() throws Exception {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        for (int i = 1; i <= 5; i++) {
            signIn(user.username(), "wrong password " + i, "192.0.2.50");
        }
        // A second instance: its own service object, nothing shared but the database.
        var otherInstance = new SignInAttempts(
                throttles,
                audit,
                CLOCK,
                transactions,
                5,
                50,
                Duration.ofMinutes(15),
                Duration.ofMinutes(15),
                Duration.ofHours(24));
        assertThat(otherInstance.lockedUntil(user.username(), "192.0.2.99"))
                .contains(CLOCK.instant().plus(Duration.ofMinutes(15)));
        assertThat(otherInstance.lockedUntil(user.username().toUpperCase(), null))
                .isPresent();
    }
}
