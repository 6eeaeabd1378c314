package org.mutualis.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.security.AccountDetails;

/**
 * Accounts for tests. Names are unique so that tests never depend on each other's data, and the
 * password is known so that tests can sign in through the real form.
 */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {}

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static CurrentUser create(Accounts accounts, Role role) {
        return create(accounts, role, null);
    }

    public static CurrentUser create(Accounts accounts, Role role, @Nullable Long collectivityId) {
        String name = uniqueName(role.name().toLowerCase(java.util.Locale.ROOT));
        return accounts.create(new NewAccount(name, "Test " + name, role, collectivityId, PASSWORD));
    }

    /** The principal the application builds at sign-in, for {@code SecurityMockMvcRequestPostProcessors.user}. */
    public static AccountDetails principal(CurrentUser user) {
        return new AccountDetails(user, null, true, false);
    }
}
