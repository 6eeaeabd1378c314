package org.mutualis.identity;

import java.util.List;
import java.util.Optional;
import org.mutualis.identity.persistence.AccountCollectivityStore;
import org.mutualis.identity.persistence.AccountStore;
import org.mutualis.identity.security.AccountDetails;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in on this request, by form or by API token. */
@Component
public class CurrentUsers {

    private final AccountStore accounts;
    private final AccountCollectivityStore collectivities;

    CurrentUsers(AccountStore accounts, AccountCollectivityStore collectivities) {
        this.accounts = accounts;
        this.collectivities = collectivities;
    }

    /** The signed-in person; {@link AccessDeniedException} (hence 401 or 403) when nobody is. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** The signed-in person, if any. */
    public Optional<CurrentUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof AccountDetails details) {
            return Optional.of(withCollectivities(details.user()));
        }
        // Password and OpenID Connect sign-ins give AccountDetails; another kind of principal (a
        // test's mock user): the account decides.
        return accounts.byUsername(authentication.getName())
                .filter(AccountSummary::enabled)
                .map(AccountSummary::toCurrentUser)
                .map(this::withCollectivities);
    }

    /**
     * A correspondent with every collectivité they answer for, read on each request: one added
     * while they are signed in (a further invitation) serves at once, without signing in again.
     */
    CurrentUser withCollectivities(CurrentUser user) {
        if (!user.isCorrespondent()) {
            return user;
        }
        List<Long> others = collectivities.others(user.id());
        return others.isEmpty() ? user : user.withCollectivities(others);
    }
}
