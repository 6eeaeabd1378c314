package org.mutualis.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.mutualis.identity.domain.AccountRules;
import org.mutualis.identity.domain.Secrets;
import org.mutualis.identity.persistence.AccountCollectivityStore;
import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.persistence.InvitationStore;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of correspondents by e-mail: the e-mail address becomes the username, and a one-time
 * link lets the person choose their password. Whoever sends the e-mail (the census module) gets
 * the link from {@link #invite}; this module never sends mail itself.
 */
@Service
public class Invitations {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    // Also what a username accepts (AccountRules): an address with "+" or accents cannot be one.
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountStore accountStore;
    private final AccountCollectivityStore accountCollectivities;
    private final Territories territories;
    private final InvitationStore invitations;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final String baseUrl;
    private final Clock clock;

    Invitations(
            AccountStore accountStore,
            AccountCollectivityStore accountCollectivities,
            Territories territories,
            InvitationStore invitations,
            Accounts accounts,
            PasswordEncoder passwords,
            @Value("${mutualis.base-url}") String baseUrl,
            Clock clock) {
        this.accountStore = accountStore;
        this.accountCollectivities = accountCollectivities;
        this.territories = territories;
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Opens the correspondent account of {@code email} for a collectivité, or reuses it when it
     * already exists — a correspondent of another collectivité of the same territory then answers
     * for this one too (a secretary shared by two communes) — and issues a link valid {@link
     * #VALIDITY}; the account's earlier links stop working. Staff only. A new account gets a random
     * password that nobody knows: it serves once the person has chosen one through the link.
     */
    @Transactional
    public InvitationLink invite(String email, String displayName, long collectivityId, CurrentUser by) {
        if (!by.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        String username = check(email, collectivityId);
        long accountId;
        boolean created;
        var existing = accountStore.byUsername(username);
        if (existing.isPresent()) {
            accountId = existing.get().id();
            created = false;
            if (!Objects.equals(existing.get().collectivityId(), collectivityId)
                    && accountCollectivities.add(accountId, collectivityId, by.username(), Utc.now(clock))) {
                accounts.audit(
                        by.username(),
                        "ACCOUNT_COLLECTIVITY_ADDED",
                        username + " (collectivité " + collectivityId + ")");
            }
        } else {
            accountId = accounts.create(
                            new NewAccount(
                                    username,
                                    displayName,
                                    Role.CORRESPONDENT,
                                    collectivityId,
                                    Secrets.oneTimePassword(40)),
                            true)
                    .id();
            created = true;
        }
        LocalDateTime now = Utc.now(clock);
        invitations.revokeUnused(accountId, now);
        String token = newToken();
        LocalDateTime expiresAt = now.plus(VALIDITY);
        invitations.insert(accountId, Secrets.sha256Hex(token), by.username(), now, expiresAt);
        accounts.audit(
                by.username(),
                "INVITATION_ISSUED",
                username + " (collectivité " + collectivityId + (created ? ", compte créé)" : ")"));
        return new InvitationLink(accountId, username, created, baseUrl + "/invitation/" + token, expiresAt);
    }

    /**
     * Adds a collectivité to the existing correspondent account of {@code email} without a new
     * link: a batch that invites one person for several collectivités sends them one link, issued
     * by {@link #invite} for the first. Staff only.
     */
    @Transactional
    public void addCollectivity(String email, long collectivityId, CurrentUser by) {
        if (!by.isStaff()) {
            throw new AccessDeniedException("staff only");
        }
        String username = check(email, collectivityId);
        AccountSummary account = accountStore
                .byUsername(username)
                .orElseThrow(() -> new IdentityException("invitationEmail", "Aucun compte pour cette adresse."));
        if (!Objects.equals(account.collectivityId(), collectivityId)
                && accountCollectivities.add(account.id(), collectivityId, by.username(), Utc.now(clock))) {
            accounts.audit(
                    by.username(), "ACCOUNT_COLLECTIVITY_ADDED", username + " (collectivité " + collectivityId + ")");
        }
    }

    /** Whether the account of this address has yet to choose a password (or must change it). */
    public boolean needsPassword(String email) {
        return accountStore
                .byUsername(email.strip().toLowerCase(Locale.ROOT))
                .map(AccountSummary::mustChangePassword)
                .orElse(false);
    }

    /** The invitation behind a link; {@link InvalidInvitationException} when the link cannot serve. */
    public PendingInvitation pending(String token) {
        InvitationStore.Found found = live(token);
        return new PendingInvitation(found.account().username(), found.account().displayName(), found.expiresAt());
    }

    /**
     * Sets the password chosen through a link, typed twice, and uses the link up. Signs nobody in:
     * the person then signs in with their address and this password. Returns the username.
     */
    @Transactional
    public String accept(String token, String password, String confirmation) {
        InvitationStore.Found found = live(token);
        if (!password.equals(confirmation)) {
            throw new IdentityException("passwordMismatch", "Les deux saisies du nouveau mot de passe diffèrent.");
        }
        AccountRules.checkPassword(
                password, found.account().username(), found.account().displayName());
        LocalDateTime now = Utc.now(clock);
        if (!invitations.markUsed(found.id(), now)) {
            throw used(); // the same link, used in another window a moment ago
        }
        invitations.revokeUnused(found.account().id(), now);
        accountStore.setPassword(found.account().id(), passwords.encode(password), false);
        accounts.audit(found.account().username(), "INVITATION_ACCEPTED", null);
        accounts.passwordReset(found.account().id(), found.account().username());
        return found.account().username();
    }

    private InvitationStore.Found live(String token) {
        if (!TOKEN.matcher(token).matches()) {
            throw unknown();
        }
        InvitationStore.Found found =
                invitations.byHash(Secrets.sha256Hex(token)).orElseThrow(Invitations::unknown);
        if (found.usedAt() != null) {
            throw used();
        }
        if (found.revokedAt() != null) {
            throw new InvalidInvitationException(
                    "invitationReplaced",
                    "Ce lien a été remplacé par une invitation plus récente : utilisez le lien du dernier message reçu.",
                    false);
        }
        if (!found.expiresAt().isAfter(Utc.now(clock))) {
            throw new InvalidInvitationException(
                    "invitationExpired",
                    "Ce lien d'invitation a expiré (il est valable 14 jours) : demandez une nouvelle invitation"
                            + " à l'EPCI.",
                    false);
        }
        if (!found.account().enabled()) {
            throw new InvalidInvitationException(
                    "invitationAccountDisabled",
                    "Ce compte est désactivé : adressez-vous à l'administrateur de votre EPCI.",
                    false);
        }
        return found;
    }

    /**
     * Whether this address may be invited for this collectivité, without writing anything (a batch
     * checks every row before it sends any): returns the address as a username, or throws the
     * {@link IdentityException} that {@link #invite} would.
     */
    public String check(String email, long collectivityId) {
        String username = normalise(email);
        var existing = accountStore.byUsername(username);
        if (existing.isPresent()) {
            check(existing.get(), collectivityId);
        }
        return username;
    }

    private void check(AccountSummary account, long collectivityId) {
        if (account.role() != Role.CORRESPONDENT) {
            throw new IdentityException(
                    "invitationNotCorrespondent",
                    "Cette adresse est déjà l'identifiant d'un compte qui n'est pas correspondant : choisissez-en une"
                            + " autre.");
        }
        if (!account.enabled()) {
            throw new IdentityException(
                    "invitationDisabled",
                    "Le compte de cette adresse est désactivé : un administrateur doit d'abord le réactiver.");
        }
        // A person answers for collectivités of one territory only: what they see follows it.
        Long first = account.collectivityId();
        if (first != null && first != collectivityId && !sameTerritory(first, collectivityId)) {
            throw new IdentityException(
                    "invitationOtherCollectivity",
                    "Cette adresse est déjà celle du correspondant d'une collectivité d'un autre territoire : une"
                            + " personne ne répond que pour les collectivités d'un territoire. Choisissez une autre"
                            + " adresse.");
        }
    }

    private boolean sameTerritory(long a, long b) {
        var first = territories.collectivity(a).map(CollectivityView::territoryId);
        var second = territories.collectivity(b).map(CollectivityView::territoryId);
        return first.isPresent() && first.equals(second);
    }

    private static String normalise(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 100 || !EMAIL.matcher(address).matches()) {
            throw new IdentityException(
                    "invitationEmail",
                    "Saisissez une adresse électronique valide, par exemple prenom.nom@mairie.fr (lettres sans"
                            + " accent, chiffres, « . », « _ » ou « - » ; 100 caractères au plus).");
        }
        return address;
    }

    // 32 random bytes: 256 bits, so a plain SHA-256 is enough to store it (as for API tokens).
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static InvalidInvitationException unknown() {
        return new InvalidInvitationException(
                "invitationUnknown",
                "Ce lien d'invitation n'est pas valable : vérifiez qu'il a été copié en entier, ou demandez une"
                        + " nouvelle invitation à l'EPCI.",
                true);
    }

    private static InvalidInvitationException used() {
        return new InvalidInvitationException(
                "invitationUsed",
                "Ce lien d'invitation a déjà servi : connectez-vous avec votre adresse et le mot de passe choisi.",
                false);
    }
}
