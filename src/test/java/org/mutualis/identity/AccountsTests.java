package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.MORLAIX;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.shared.CollectivityKind;
import org.mutualis.territory.NewCollectivity;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@MutualisDbTest
class AccountsTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    JdbcClient jdbc;

    private long newCollectivity() {
        String siren = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        var territory = territories.create(
                siren,
                "CA de test " + siren,
                "CA",
                2026,
                "test",
                List.of(NewCollectivity.of(MORLAIX, "Morlaix", CollectivityKind.COMMUNE, 15_000, 2022)));
        return territories.collectivities(territory.id()).get(0).id();
    }

    private String storedHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    @Test
    void passwordsAreStoredWithBcryptNeverInClear() {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        assertThat(storedHash(user.username())).startsWith("{bcrypt}").doesNotContain(TestUsers.PASSWORD);
        assertThat(accounts.find(user.username())).contains(user);
    }

    @Test
    void correspondentIsScopedToOneExistingCollectivity() {
        long collectivity = newCollectivity();
        CurrentUser user = TestUsers.create(accounts, Role.CORRESPONDENT, collectivity);
        assertThat(accounts.find(user.username()).orElseThrow().collectivityId())
                .isEqualTo(collectivity);
        assertThat(user.canEdit(collectivity)).isTrue();
    }

    @Test
    void scopeRulesAreEnforced() {
        String name = TestUsers.uniqueName("scope");
        assertThatThrownBy(
                        () -> accounts.create(new NewAccount(name, "X", Role.CORRESPONDENT, null, TestUsers.PASSWORD)))
                .isInstanceOf(IdentityException.class)
                .hasMessageContaining("collectivité");
        assertThatThrownBy(() -> accounts.create(new NewAccount(name, "X", Role.ELECTED, 1L, TestUsers.PASSWORD)))
                .isInstanceOf(IdentityException.class)
                .extracting(e -> ((IdentityException) e).reason())
                .isEqualTo("scopeForbidden");
        assertThatThrownBy(() -> accounts.create(
                        new NewAccount(name, "X", Role.CORRESPONDENT, Long.MAX_VALUE, TestUsers.PASSWORD)))
                .isInstanceOf(IdentityException.class)
                .extracting(e -> ((IdentityException) e).reason())
                .isEqualTo("unknownCollectivity");
        assertThat(accounts.find(name)).isEmpty();
    }

    @Test
    void shortPasswordsAndTakenUsernamesAreRefused() {
        String name = TestUsers.uniqueName("rules");
        assertThatThrownBy(() -> accounts.create(new NewAccount(name, "X", Role.ANALYST, null, "elevenchars")))
                .isInstanceOf(IdentityException.class)
                .hasMessage("Le mot de passe doit compter au moins 12 caractères.");
        accounts.create(new NewAccount(name, "X", Role.ANALYST, null, TestUsers.PASSWORD));
        assertThatThrownBy(() -> accounts.create(new NewAccount(name, "Y", Role.ELECTED, null, TestUsers.PASSWORD)))
                .isInstanceOf(IdentityException.class)
                .hasMessage("Cet identifiant est déjà utilisé.");
    }

    @Test
    void tokenSecretIsShownOnceAndOnlyItsHashIsStored() {
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        IssuedToken token = accounts.issueToken(user.id(), "tableau de bord");
        assertThat(token.secret()).startsWith("mut_");
        String stored = jdbc.sql("select token_hash from api_token where id = ?")
                .param(token.id())
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).isNotEqualTo(token.secret()).doesNotContain(token.secret());
        assertThat(accounts.tokens(user.id())).singleElement().satisfies(view -> {
            assertThat(view.name()).isEqualTo("tableau de bord");
            assertThat(token.secret()).startsWith(view.prefix());
            assertThat(view.active()).isTrue();
        });
    }

    @Test
    void ownerAndAdministratorMayRevokeOthersMayNot() {
        CurrentUser owner = TestUsers.create(accounts, Role.ANALYST);
        CurrentUser other = TestUsers.create(accounts, Role.ANALYST);
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        long first = accounts.issueToken(owner.id(), "a").id();
        long second = accounts.issueToken(owner.id(), "b").id();

        assertThatThrownBy(() -> accounts.revokeToken(first, other)).isInstanceOf(AccessDeniedException.class);
        accounts.revokeToken(first, owner);
        accounts.revokeToken(second, admin);

        assertThat(accounts.tokens(owner.id())).noneMatch(TokenView::active);
    }

    @Test
    void changesAreAudited() {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        accounts.issueToken(user.id(), "audited");
        long entries = jdbc.sql("select count(*) from audit_log where detail like ?")
                .param(user.username() + "%")
                .query(Long.class)
                .single();
        assertThat(entries).isEqualTo(2); // created, token issued
    }

    @Test
    void changingPasswordNeedsTheCurrentOne() {
        CurrentUser user = TestUsers.create(accounts, Role.ANALYST);
        assertThatThrownBy(() -> accounts.changePassword(user.id(), "wrong password!", "a brand new passphrase"))
                .isInstanceOf(IdentityException.class)
                .extracting(e -> ((IdentityException) e).reason())
                .isEqualTo("currentPassword");
        String before = storedHash(user.username());
        accounts.changePassword(user.id(), TestUsers.PASSWORD, "a brand new passphrase");
        assertThat(storedHash(user.username())).startsWith("{bcrypt}").isNotEqualTo(before);
    }

    @Test
    void administratorCannotDisableThemselves() {
        CurrentUser admin = TestUsers.create(accounts, Role.ADMIN);
        CurrentUser user = TestUsers.create(accounts, Role.ELECTED);
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, admin)).isInstanceOf(IdentityException.class);
        assertThatThrownBy(() -> accounts.setEnabled(admin.id(), false, user))
                .isInstanceOf(AccessDeniedException.class);
        accounts.setEnabled(user.id(), false, admin);
        assertThat(accounts.all()).doesNotContain(user).contains(admin);
    }
}
