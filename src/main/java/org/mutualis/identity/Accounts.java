package org.mutualis.identity;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.domain.AccountRules;
import org.mutualis.identity.persistence.AccountCollectivityStore;
import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.persistence.AuditStore;
import org.mutualis.identity.security.OpenSessions;
import org.mutualis.shared.error.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their API tokens. Broken rules raise {@link IdentityException}; every change is
 * written to the audit log under the name of whoever is signed in ({@code system} at start-up).
 */
@Service
public class Accounts {

    private final AccountStore accounts;
    private final AuditStore audit;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final OpenSessions sessions;
    private final SignInAttempts attempts;
    private final AccountCollectivityStore collectivities;

    Accounts(
            AccountStore accounts,
            AccountCollectivityStore collectivities,
            AuditStore audit,
            ApiTokens tokens,
            PasswordEncoder passwords,
            OpenSessions sessions,
            SignInAttempts attempts) {
        this.attempts = attempts;
        this.collectivities = collectivities;
        this.accounts = accounts;
        this.audit = audit;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** Creates an enabled account whose password needs no change (demo accounts, imports). */
    @Transactional
    public CurrentUser create(NewAccount account) {
        return create(account, false);
    }

    /** Creates an enabled account; with {@code mustChangePassword} its owner must pick a new password at sign-in. */
    @Transactional
    public CurrentUser create(NewAccount requested, boolean mustChangePassword) {
        var account = new NewAccount(
                requested.username().strip(),
                requested.displayName().strip(),
                requested.role(),
                requested.collectivityId(),
                requested.rawPassword());
        AccountRules.check(account);
        if (accounts.exists(account.username())) {
            throw usernameTaken();
        }
        long id;
        try {
            id = accounts.insert(account, passwords.encode(account.rawPassword()), mustChangePassword);
        } catch (DuplicateKeyException e) {
            throw usernameTaken(); // created concurrently since the check above
        } catch (DataIntegrityViolationException e) {
            throw new IdentityException("unknownCollectivity", "Cette collectivité n'existe pas.");
        }
        audit(actor(), "ACCOUNT_CREATED", account.username() + " (" + account.role() + ")");
        return new CurrentUser(id, account.username(), account.displayName(), account.role(), account.collectivityId());
    }

    /** The account with this username, enabled or not, with every collectivité it answers for. */
    public Optional<CurrentUser> find(String username) {
        return accounts.byUsername(username).map(this::withCollectivities);
    }

    /** Every account that can sign in, by username; disabled accounts are left out. */
    public List<CurrentUser> all() {
        var others = collectivities.all();
        return accounts.allEnabled().stream()
                .map(a -> a.toCurrentUser().withCollectivities(others.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /** The collectivités a correspondent answers for, their first one first; empty for other roles. */
    public List<Long> collectivitiesOf(long accountId) {
        return accounts.byId(accountId)
                .map(this::withCollectivities)
                .map(CurrentUser::collectivityIds)
                .orElse(List.of());
    }

    private CurrentUser withCollectivities(AccountSummary account) {
        CurrentUser user = account.toCurrentUser();
        return user.isCorrespondent() ? user.withCollectivities(collectivities.others(account.id())) : user;
    }

    /** Whether an enabled administrator exists. */
    public boolean anyAdmin() {
        return accounts.anyEnabled(Role.ADMIN);
    }

    @Transactional
    public IssuedToken issueToken(long userId, String name) {
        return tokens.issue(userId, name);
    }

    /** The tokens of one account, newest first, revoked ones included. */
    public List<TokenView> tokens(long userId) {
        return tokens.ofUser(userId);
    }

    /**
     * The owner of a live token ({@code mut_…} secret), if the token is known, not revoked and its
     * account enabled. Records the use, at most once a minute per token.
     */
    public Optional<CurrentUser> authenticateToken(String secret) {
        return tokens.authenticate(secret);
    }

    /** Every token of every account: for administrators. */
    public List<TokenView> allTokens() {
        return tokens.all();
    }

    /** A token this person may see and revoke: their own, or any for an administrator. */
    public TokenView token(long tokenId, CurrentUser by) {
        return tokens.visible(tokenId, by);
    }

    /** Revokes a token: its owner may, an administrator may revoke anyone's. */
    @Transactional
    public void revokeToken(long tokenId, CurrentUser by) {
        tokens.revoke(tokenId, by);
    }

    /**
     * Changes one's own password, knowing the current one; lifts the obligation to change it. Every
     * other session of the account ends (on every instance: whoever learnt the old password is put
     * out) and its API tokens are revoked; the session of this request stays signed in. Returns how
     * many tokens were revoked, for the page to say so.
     */
    @Transactional
    public int changePassword(long userId, String currentPassword, String newPassword) {
        String hash = accounts.passwordHash(userId).orElseThrow(() -> new AccessDeniedException("no account"));
        var account = accounts.byId(userId).orElseThrow(() -> new AccessDeniedException("no account"));
        // The current password is guessed here as on the sign-in page: the same counts apply.
        if (attempts.lockedUntil(account.username(), null).isPresent()) {
            throw new IdentityException(
                    "currentPasswordLocked",
                    "Trop de mots de passe erronés pour ce compte : réessayez dans quelques minutes.");
        }
        if (!passwords.matches(currentPassword, hash)) {
            attempts.failed(account.username(), null);
            throw new IdentityException("currentPassword", "Le mot de passe actuel est incorrect.");
        }
        AccountRules.checkPassword(newPassword, account.username(), account.displayName());
        if (passwords.matches(newPassword, hash)) {
            throw new IdentityException("samePassword", "Le nouveau mot de passe doit différer de l'actuel.");
        }
        accounts.setPassword(userId, passwords.encode(newPassword), false);
        audit(actor(), "PASSWORD_CHANGED", null);
        String username = accounts.byId(userId).map(AccountSummary::username).orElseThrow();
        sessions.endOthers(username);
        return tokens.revokeAll(userId, username, actor(), "PASSWORD_CHANGED");
    }

    /**
     * After a password was set for an account by another way than its owner's own page (an
     * invitation link, an administrator's reset): every session of the account ends and its API
     * tokens are revoked. Returns how many tokens were revoked.
     */
    @Transactional
    public int passwordReset(long userId, String by) {
        String username = accounts.byId(userId).map(AccountSummary::username).orElseThrow();
        sessions.endAll(username);
        return tokens.revokeAll(userId, username, by, "PASSWORD_RESET");
    }

    /**
     * Disables or enables an account: a disabled account can neither sign in nor use its tokens;
     * its open sessions end at once on every instance and its tokens are revoked, so that enabling
     * it again brings none of them back. An administrator cannot disable themselves, which would
     * also risk leaving no administrator.
     */
    @Transactional
    public void setEnabled(long userId, boolean enabled, CurrentUser by) {
        if (!by.isAdministrator()) {
            throw new AccessDeniedException("administrators only");
        }
        AccountSummary account =
                accounts.byId(userId).orElseThrow(() -> new NotFoundException("identity.error.unknownAccount"));
        if (!enabled && account.id() == by.id()) {
            throw new IdentityException("disableSelf", "Vous ne pouvez pas désactiver votre propre compte.");
        }
        accounts.setEnabled(userId, enabled);
        audit(by.username(), enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", account.username());
        if (!enabled) {
            endEverySession(account, by);
        }
    }

    /**
     * Ends every session of an account on every instance and revokes its API tokens: what
     * disabling does, and what a change of its role or collectivité, or its deletion, must do too
     * (a session carries the role and scope it signed in with).
     */
    private void endEverySession(AccountSummary account, CurrentUser by) {
        sessions.endAll(account.username());
        tokens.revokeAll(account.id(), account.username(), by.username(), "ACCOUNT_DISABLED");
    }

    /** Appends to the audit log; long texts are cut to the columns' sizes. */
    public void audit(String username, String action, @Nullable String detail) {
        audit.append(username, action, detail);
    }

    private static IdentityException usernameTaken() {
        return new IdentityException("usernameTaken", "Cet identifiant est déjà utilisé.");
    }

    static String actor() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
