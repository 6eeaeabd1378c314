package org.mutualis.identity.security;

import org.jspecify.annotations.Nullable;
import org.mutualis.identity.SignInAttempts;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of form sign-in, throttled ({@link SignInAttempts}): a locked account name or
 * address is refused before the password is read; a wrong password (or a disabled account) counts a
 * failure, and the failure that reaches the limit is answered as the lockout it starts.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    ThrottledSignIn(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = address(authentication);
        attempts.lockedUntil(username, address).ifPresent(until -> {
            throw new SignInLockedException(until);
        });
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException e) {
            attempts.failed(username, address).ifPresent(until -> {
                throw new SignInLockedException(until);
            });
            throw e;
        }
        if (result != null) {
            attempts.succeeded(username);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
