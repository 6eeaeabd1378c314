package org.mutualis.identity;

import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.security.AccountDetails;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Reads accounts for form sign-in; Spring Security then checks the password and the enabled flag. */
@Component
class AccountSignIn implements UserDetailsService {

    private final AccountStore accounts;

    AccountSignIn(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String hash = accounts.passwordHash(account.id()).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new AccountDetails(account.toCurrentUser(), hash, account.enabled(), account.mustChangePassword());
    }
}
