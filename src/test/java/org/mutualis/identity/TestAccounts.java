package org.mutualis.identity;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.security.AccountDetails;

/**
 * The former name of {@link TestUsers}, kept only so that branches written before the rename still
 * compile once merged: use {@link TestUsers}, and delete this class when nothing refers to it.
 */
@Deprecated(forRemoval = true)
public final class TestAccounts {

    public static final String PASSWORD = TestUsers.PASSWORD;

    private TestAccounts() {}

    public static String uniqueName(String prefix) {
        return TestUsers.uniqueName(prefix);
    }

    public static CurrentUser create(Accounts accounts, Role role) {
        return TestUsers.create(accounts, role);
    }

    public static CurrentUser create(Accounts accounts, Role role, @Nullable Long collectivityId) {
        return TestUsers.create(accounts, role, collectivityId);
    }

    public static AccountDetails principal(CurrentUser user) {
        return TestUsers.principal(user);
    }
}
