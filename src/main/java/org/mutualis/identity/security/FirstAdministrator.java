package org.mutualis.identity.security;

import java.util.Optional;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;
import org.mutualis.identity.domain.Secrets;
import org.mutualis.shared.instances.InstanceLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * On a fresh installation, creates the account {@code admin} with a random password printed once
 * in the log, to be changed at first sign-in: the repository never holds a usable password. The
 * demo creates its own documented accounts instead.
 */
@Component
@ConditionalOnProperty(name = "mutualis.demo.enabled", havingValue = "false", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final InstanceLocks locks;

    FirstAdministrator(Accounts accounts, InstanceLocks locks) {
        this.accounts = accounts;
        this.locks = locks;
    }

    // Two instances starting together on an empty database: one creates it, the other then finds it.
    @Override
    public void run(ApplicationArguments args) {
        locks.exclusively("first-administrator", this::createIfNone);
    }

    /** The password of the administrator just created, or empty when an administrator exists. */
    Optional<String> createIfNone() {
        if (accounts.anyAdmin()) {
            return Optional.empty();
        }
        if (accounts.find(USERNAME).isPresent()) {
            // Someone disabled or demoted it: re-enabling is a decision for a person, not for start-up.
            LOG.error(
                    "Aucun administrateur actif, et le compte « {} » existe déjà (désactivé ou d'un autre rôle) : "
                            + "réactivez-le en base de données.",
                    USERNAME);
            return Optional.empty();
        }
        String password = Secrets.oneTimePassword(20);
        accounts.create(new NewAccount(USERNAME, "Administrateur", Role.ADMIN, null, password), true);
        LOG.warn("Premier administrateur créé : {} / {} — changez-le à la première connexion", USERNAME, password);
        return Optional.of(password);
    }
}
