package org.mutualis.identity;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mutualis.identity.SignInRefusedException.Reason;
import org.mutualis.identity.persistence.AccountIdentityStore;
import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.persistence.InvitationStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in through an OpenID Connect provider (ProConnect, or any provider the configuration
 * names). Nobody gets an account by signing in: the first time, the provider's e-mail address
 * must be the address of an account an administrator has invited ({@link Invitations}) whose
 * invitation is still live; the invitation is then used up and the provider's identity (issuer,
 * subject) linked to the account. Every later sign-in is matched by that identity alone, never
 * by the address again. A disabled account is refused either way. Refusals and links are audited.
 */
@Service
public class FederatedSignIns {

    // The addresses an invitation accepts (Invitations): others cannot be an account's username.
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

    private final AccountIdentityStore identities;
    private final AccountStore accounts;
    private final InvitationStore invitations;
    private final Accounts audit;
    private final Clock clock;

    FederatedSignIns(
            AccountIdentityStore identities,
            AccountStore accounts,
            InvitationStore invitations,
            Accounts audit,
            Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The account the identity signs in as; {@link SignInRefusedException} when it signs in as
     * nobody. The refusal's audit line is kept.
     */
    @Transactional(noRollbackFor = SignInRefusedException.class)
    public CurrentUser signIn(FederatedIdentity identity) {
        LocalDateTime now = Utc.now(clock);
        Optional<Long> linked = identities.accountOf(identity.issuer(), identity.subject());
        if (linked.isPresent()) {
            AccountSummary account = accounts.byId(linked.get()).orElseThrow();
            if (!account.enabled()) {
                throw refuse(account.username(), identity, Reason.DISABLED);
            }
            identities.signedIn(identity.issuer(), identity.subject(), now);
            return account.toCurrentUser();
        }
        String email = address(identity.email());
        if (email == null) {
            throw refuse(who(identity), identity, Reason.NO_EMAIL);
        }
        if (Boolean.FALSE.equals(identity.emailVerified())) {
            throw refuse(email, identity, Reason.UNVERIFIED);
        }
        AccountSummary account =
                accounts.byUsername(email).orElseThrow(() -> refuse(email, identity, Reason.UNINVITED));
        if (!account.enabled()) {
            throw refuse(email, identity, Reason.DISABLED);
        }
        long invitation =
                invitations.live(account.id(), now).orElseThrow(() -> refuse(email, identity, Reason.UNINVITED));
        // Used in another window a moment ago: the link belongs to that sign-in.
        if (!invitations.markUsed(invitation, now)) {
            throw refuse(email, identity, Reason.UNINVITED);
        }
        invitations.revokeUnused(account.id(), now);
        identities.link(account.id(), identity.issuer(), identity.subject(), now);
        audit.audit(
                email,
                "INVITATION_ACCEPTED",
                identity.provider() + " : identité " + identity.subject() + " de " + identity.issuer() + " liée");
        return account.toCurrentUser();
    }

    private SignInRefusedException refuse(String username, FederatedIdentity identity, Reason why) {
        audit.audit(
                username,
                "LOGIN_FAILED",
                identity.provider() + " " + why.name() + " (" + identity.subject() + ", " + identity.assurance() + ")");
        return new SignInRefusedException(why);
    }

    private static String who(FederatedIdentity identity) {
        return identity.subject() + "@" + identity.provider();
    }

    private static @Nullable String address(@Nullable String email) {
        if (email == null) {
            return null;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        return address.length() <= 100 && EMAIL.matcher(address).matches() ? address : null;
    }
}
