package org.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mutualis.MutualisDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an installation. Runs in a transaction that is rolled back: it hides the
 * administrators other tests created, so that the runner sees an installation without one.
 */
@MutualisDbTest
@Transactional
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ApplicationRunner firstAdministrator;

    @Test
    void createsOneAdministratorOnceWithARandomPasswordToChange(CapturedOutput output) throws Exception {
        jdbc.sql("update app_user set role = 'ELECTED' where role = 'ADMIN'").update();
        jdbc.sql("update app_user set username = ? where username = 'admin'")
                .param(TestUsers.uniqueName("old-admin"))
                .update();
        assertThat(accounts.anyAdmin()).isFalse();

        int before = output.getAll().length(); // the context's own start may have logged its administrator
        firstAdministrator.run(new DefaultApplicationArguments());
        firstAdministrator.run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("select count(*) from app_user where role = 'ADMIN'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var row = jdbc.sql("select password_hash, must_change_password, enabled from app_user where username = 'admin'")
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getBoolean(3)})
                .single();
        assertThat((Boolean) row[1]).as("must change password").isTrue();
        assertThat((Boolean) row[2]).as("enabled").isTrue();

        var logged = Pattern.compile(
                        "WARN.*Premier administrateur créé : admin / (\\S{16,}) — changez-le à la première connexion")
                .matcher(output.getAll().substring(before));
        assertThat(logged.find()).as("the password is logged at WARN").isTrue();
        String oneTime = logged.group(1);
        assertThat(passwords.matches(oneTime, (String) row[0])).isTrue();
        assertThat(logged.find()).as("logged once only").isFalse();

        // Its new password follows the policy too: a trivial one is refused, with the reason.
        long id = accounts.find("admin").orElseThrow().id();
        assertThatThrownBy(() -> accounts.changePassword(id, oneTime, "aaaaaaaaaaaa"))
                .isInstanceOf(IdentityException.class)
                .hasMessageContaining("trop facile à deviner");
        assertThatThrownBy(() -> accounts.changePassword(id, oneTime, "Password1234!"))
                .isInstanceOf(IdentityException.class)
                .hasMessageContaining("trop facile à deviner");
    }
}
