package org.mutualis.identity.web;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.NewAccount;
import org.mutualis.identity.Role;

/** The account-creation form. Absent text fields bind as null and are read as empty. */
record AccountForm(
        String username,
        String displayName,
        @Nullable Role role,
        @Nullable Long collectivityId,
        String password) {

    AccountForm {
        username = Objects.requireNonNullElse(username, "").strip();
        displayName = Objects.requireNonNullElse(displayName, "").strip();
        password = Objects.requireNonNullElse(password, "");
    }

    static AccountForm empty() {
        return new AccountForm("", "", null, null, "");
    }

    /** Redisplayed after an error: the password is never sent back to the browser. */
    AccountForm withoutPassword() {
        return new AccountForm(username, displayName, role, collectivityId, "");
    }

    /** A collectivité chosen for another role than correspondent is ignored rather than refused. */
    NewAccount toNewAccount(Role chosen) {
        Long scope = chosen == Role.CORRESPONDENT ? collectivityId : null;
        return new NewAccount(username, displayName.isEmpty() ? username : displayName, chosen, scope, password);
    }

    @Override
    public String toString() {
        return "AccountForm[username=" + username + ", role=" + role + "]";
    }
}
