package org.mutualis.identity.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused because the account name or the address made too many failed attempts lately.
 * Thrown for unknown names as for known ones; the password was not looked at.
 */
public class SignInLockedException extends LockedException {

    private final Instant until;

    public SignInLockedException(Instant until) {
        super("too many failed sign-ins, locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
