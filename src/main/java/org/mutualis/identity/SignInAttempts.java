package org.mutualis.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.domain.SignInThrottle;
import org.mutualis.identity.persistence.AuditStore;
import org.mutualis.identity.persistence.ThrottleStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttling of sign-in attempts (password, and the second factor) by account name and by client
 * address, kept in the database so that every instance counts the same failures. By default 5
 * failures for one account name within 15 minutes lock it for 15 minutes, then 30, 60… up to a day;
 * 50 failures from one address within 15 minutes lock the address likewise. An unknown name is
 * counted and locked like a known one: a lockout tells nothing about which accounts exist. While a
 * key is locked, attempts are refused without looking at the password. Every lockout is written to
 * the audit log ({@code LOGIN_LOCKED}).
 */
@Service
public class SignInAttempts {

    static final String ACCOUNT = "ACCOUNT";
    static final String ADDRESS = "ADDRESS";
    private static final int KEY_LENGTH = 100;

    private final ThrottleStore store;
    private final AuditStore audit;
    private final Clock clock;
    private final SignInThrottle accountRule;
    private final SignInThrottle addressRule;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(
            ThrottleStore store,
            AuditStore audit,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${mutualis.security.sign-in.account-max-failures:5}") int accountMaxFailures,
            @Value("${mutualis.security.sign-in.address-max-failures:50}") int addressMaxFailures,
            @Value("${mutualis.security.sign-in.window:15m}") Duration window,
            @Value("${mutualis.security.sign-in.lock:15m}") Duration lock,
            @Value("${mutualis.security.sign-in.longest-lock:24h}") Duration longestLock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.accountRule = new SignInThrottle(accountMaxFailures, window, lock, longestLock, longestLock);
        this.addressRule = new SignInThrottle(addressMaxFailures, window, lock, longestLock, longestLock);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Until when attempts for this account name or from this address are refused, if they are. */
    public Optional<Instant> lockedUntil(String username, @Nullable String address) {
        Instant now = clock.instant();
        Instant until = later(
                locked(ACCOUNT, accountKey(username), now),
                address == null ? null : locked(ADDRESS, addressKey(address), now));
        return Optional.ofNullable(until);
    }

    /**
     * Counts a failed attempt for the account name and the address; answers until when they are now
     * locked if this failure locked one of them.
     */
    public Optional<Instant> failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        ownTransaction.executeWithoutResult(status -> store.forgetBefore(now));
        Instant account = fail(ACCOUNT, accountKey(username), accountRule, now);
        Instant byAddress = address == null ? null : fail(ADDRESS, addressKey(address), addressRule, now);
        return Optional.ofNullable(later(account, byAddress));
    }

    /** A successful sign-in clears the account name's failures (not the address's: one good account must not cover guesses at others). */
    public void succeeded(String username) {
        ownTransaction.executeWithoutResult(status -> store.delete(ACCOUNT, accountKey(username)));
    }

    private @Nullable Instant locked(String kind, String key, Instant now) {
        return store.read(kind, key)
                .filter(state -> state.lockedAt(now))
                .map(SignInThrottle.State::lockedUntil)
                .orElse(null);
    }

    private @Nullable Instant fail(String kind, String key, SignInThrottle rule, Instant now) {
        if (store.read(kind, key).isEmpty()) {
            try {
                ownTransaction.executeWithoutResult(status -> store.insert(kind, key, rule.fresh(now)));
            } catch (DuplicateKeyException e) {
                // Another instance or thread counted a failure for this key at the same moment: go on with its row.
            }
        }
        SignInThrottle.Outcome outcome = ownTransaction.execute(status -> {
            var result = rule.fail(store.readForUpdate(kind, key).orElse(null), now);
            store.update(kind, key, result.state());
            return result;
        });
        if (outcome == null || !outcome.lockedNow()) {
            return null;
        }
        Instant until = outcome.state().lockedUntil();
        ownTransaction.executeWithoutResult(status -> audit.append(
                kind.equals(ACCOUNT) ? key : "system",
                "LOGIN_LOCKED",
                (kind.equals(ACCOUNT) ? "identifiant « " + key + " »" : "adresse " + key) + " bloqué(e) jusqu’à "
                        + until + " (UTC), blocage n° " + outcome.state().lockouts()));
        return until;
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    // Names are compared as typed but for case and surrounding spaces: "Admin " and "admin" share a count.
    static String accountKey(String username) {
        return cut(username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return cut(address.strip());
    }

    private static String cut(String key) {
        return key.length() <= KEY_LENGTH ? key : key.substring(0, KEY_LENGTH);
    }
}
