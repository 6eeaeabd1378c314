package org.mutualis.identity.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.CurrentUser;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of every signed-in request, by form or by token: it carries the {@link
 * CurrentUser} so that other modules get role and scope without another query. The password hash
 * is only there during sign-in and erased afterwards. A sign-in through an OpenID Connect provider
 * gives its subclass {@link OidcAccountDetails}.
 */
public class AccountDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean mustChangePassword;

    public AccountDetails(
            CurrentUser user, @Nullable String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser user() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    // Sessions are told apart by username (concurrent-session control, SessionRegistry).
    @Override
    public final boolean equals(Object other) {
        return other instanceof AccountDetails details
                && details.user.username().equals(user.username());
    }

    @Override
    public final int hashCode() {
        return user.username().hashCode();
    }

    @Override
    public String toString() {
        return "AccountDetails[" + user.username() + ", " + user.role() + "]";
    }
}
