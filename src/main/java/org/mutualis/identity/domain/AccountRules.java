package org.mutualis.identity.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;

/** What makes an account acceptable, checked before anything is written. */
public final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,100}");

    private AccountRules() {}

    public static void check(NewAccount account) {
        if (!USERNAME.matcher(account.username()).matches()) {
            throw new IdentityException(
                    "username",
                    "L'identifiant doit compter de 2 à 100 caractères : lettres sans accent, chiffres, « . », « _ », « @ » ou « - ».");
        }
        if (account.displayName().isBlank() || account.displayName().length() > 200) {
            throw new IdentityException("displayName", "Le nom affiché est obligatoire (200 caractères au plus).");
        }
        checkScope(account.role(), account.collectivityId());
        checkPassword(account.rawPassword(), account.username(), account.displayName());
    }

    public static void checkScope(Role role, @Nullable Long collectivityId) {
        if (role == Role.CORRESPONDENT && collectivityId == null) {
            throw new IdentityException("scopeRequired", "Un correspondant doit être rattaché à une collectivité.");
        }
        if (role != Role.CORRESPONDENT && collectivityId != null) {
            throw new IdentityException(
                    "scopeForbidden",
                    "Seul un correspondant est rattaché à une collectivité ; ce rôle voit tout le territoire.");
        }
    }

    /** The password policy ({@link PasswordPolicy}), the account's username and name counting as known words. */
    public static void checkPassword(String password, String username, String displayName) {
        PasswordPolicy.check(password, List.of(username, displayName));
    }
}
