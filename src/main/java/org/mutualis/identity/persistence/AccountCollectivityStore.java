package org.mutualis.identity.persistence;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code account_collectivity} table: the collectivités a correspondent answers for besides
 * their first one ({@code app_user.collectivity_id}).
 */
@Repository
public class AccountCollectivityStore {

    private final JdbcClient jdbc;

    AccountCollectivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's further collectivités, in the order they were added. */
    public List<Long> others(long accountId) {
        return jdbc.sql("select collectivity_id from account_collectivity where account_id = :account_id"
                        + " order by added_at, collectivity_id")
                .param("account_id", accountId)
                .query(Long.class)
                .list();
    }

    /** Every account's further collectivités, by account, in the order they were added. */
    public java.util.Map<Long, List<Long>> all() {
        java.util.Map<Long, List<Long>> byAccount = new java.util.HashMap<>();
        jdbc.sql("select account_id, collectivity_id from account_collectivity order by added_at, collectivity_id")
                .query((rs, row) -> byAccount
                        .computeIfAbsent(rs.getLong("account_id"), k -> new java.util.ArrayList<>())
                        .add(rs.getLong("collectivity_id")))
                .list();
        return byAccount;
    }

    /** Adds a collectivité to the account; false when it was already there. */
    public boolean add(long accountId, long collectivityId, String by, LocalDateTime at) {
        if (others(accountId).contains(collectivityId)) {
            return false;
        }
        jdbc.sql("insert into account_collectivity (account_id, collectivity_id, added_by, added_at)"
                        + " values (:account_id, :collectivity_id, :added_by, :added_at)")
                .param("account_id", accountId)
                .param("collectivity_id", collectivityId)
                .param("added_by", by)
                .param("added_at", at)
                .update();
        return true;
    }
}
