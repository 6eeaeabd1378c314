package org.mutualis.identity;

import java.util.List;
import java.util.Optional;
import org.mutualis.identity.persistence.AccountStore;
import org.springframework.stereotype.Service;

/** Reading accounts page by page, for the administrators' account list. */
@Service
public class AccountDirectory {

    private final AccountStore accounts;

    AccountDirectory(AccountStore accounts) {
        this.accounts = accounts;
    }

    /** Accounts whose username or display name contains {@code search} (case ignored), by username. */
    public List<AccountSummary> search(String search, int offset, int limit) {
        return accounts.search(search, offset, limit);
    }

    public long count(String search) {
        return accounts.count(search);
    }

    public Optional<AccountSummary> byId(long id) {
        return accounts.byId(id);
    }
}
