package org.mutualis.identity.domain;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.IdentityException;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;

/** What makes an account acceptable, checked before anything is written. */
public final class AccountRules {

    public static final int MIN_PASSWORD_LENGTH = 12;
    // bcrypt reads 72 bytes at most and Spring Security refuses longer input rather than truncate.
    public static final int MAX_PASSWORD_BYTES = 72;
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
        checkPassword(account.rawPassword());
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

    public static void checkPassword(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new IdentityException("passwordShort", "Le mot de passe doit compter au moins 12 caractères.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new IdentityException("passwordLong", "Le mot de passe est trop long (72 octets au plus).");
        }
    }
}
