package org.mutualis.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mutualis.identity.domain.Secrets;
import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.persistence.AuditStore;
import org.mutualis.identity.persistence.TokenStore;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Personal API tokens behind {@link Accounts}: only the SHA-256 of a secret is stored. */
@Component
class ApiTokens {

    private final TokenStore tokens;
    private final AccountStore accounts;
    private final AuditStore audit;
    private final Clock clock;

    ApiTokens(TokenStore tokens, AccountStore accounts, AuditStore audit, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    IssuedToken issue(long userId, String name) {
        String label = name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new IdentityException("tokenName", "Donnez au jeton un nom de 1 à 100 caractères.");
        }
        var owner = accounts.byId(userId)
                .orElseThrow(() -> new IdentityException("unknownAccount", "Ce compte n'existe pas."));
        String secret = Secrets.newTokenSecret();
        long id = tokens.insert(userId, label, Secrets.sha256Hex(secret), Secrets.prefix(secret));
        audit.append(Accounts.actor(), "TOKEN_ISSUED", owner.username() + " : " + label);
        return new IssuedToken(id, label, secret);
    }

    Optional<CurrentUser> authenticate(String secret) {
        if (!secret.startsWith(Secrets.TOKEN_MARK)) {
            return Optional.empty();
        }
        return tokens.active(Secrets.sha256Hex(secret)).map(match -> {
            touch(match);
            return match.account().toCurrentUser();
        });
    }

    // "Last used" is for people reviewing their tokens: minute precision spares a write per call.
    private void touch(TokenMatch match) {
        var now = Utc.now(clock);
        if (match.lastUsedAt() == null || match.lastUsedAt().isBefore(now.minusMinutes(1))) {
            tokens.touch(match.tokenId(), now);
        }
    }

    List<TokenView> ofUser(long userId) {
        return tokens.ofUser(userId);
    }

    List<TokenView> all() {
        return tokens.all();
    }

    void revoke(long tokenId, CurrentUser by) {
        TokenView token = visible(tokenId, by);
        tokens.revoke(tokenId, Utc.now(clock));
        audit.append(by.username(), "TOKEN_REVOKED", token.username() + " : " + token.name());
    }

    /** Revokes every live token of an account (password changed, account disabled); how many. */
    int revokeAll(long userId, String username, String by, String why) {
        int revoked = tokens.revokeAll(userId, Utc.now(clock));
        if (revoked > 0) {
            audit.append(by, "TOKENS_REVOKED", username + " : " + revoked + " (" + why + ")");
        }
        return revoked;
    }

    /**
     * An administrator sees every token: a missing one is not found. For anyone else someone
     * else's token is as invisible as a missing one, and both are refused alike.
     */
    TokenView visible(long tokenId, CurrentUser by) {
        return tokens.byId(tokenId)
                .filter(t -> t.userId() == by.id() || by.isAdministrator())
                .orElseThrow(() -> by.isAdministrator()
                        ? new NotFoundException("identity.error.unknownToken")
                        : new AccessDeniedException("no such token for this user"));
    }
}
