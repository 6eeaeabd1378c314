package org.mutualis.shared.instances;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks for work that must not run twice at once and that other instances must wait for rather
 * than skip (loading the demo: the second instance waits, then finds it loaded). A lock is a row
 * of {@code instance_lock}, created by a migration, locked with {@code select … for update} until
 * the caller's transaction ends — on PostgreSQL and H2 alike. What runs at start-up and writes
 * shared rows takes one: the demo loader, the seeding of the thresholds, the first administrator.
 */
@Component
public class InstanceLocks {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    InstanceLocks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs {@code work} in a transaction (the current one, or a new one) holding the lock {@code
     * name}: another instance running the same work waits until this one commits.
     */
    public <T> T exclusively(String name, Supplier<T> work) {
        return transaction.execute(status -> {
            hold(name);
            return work.get();
        });
    }

    /**
     * Waits until no other transaction holds the lock {@code name}, then holds it until the
     * current transaction commits or rolls back.
     *
     * @throws IllegalStateException when no migration created that lock
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(String name) {
        boolean found = jdbc.sql("select name from instance_lock where name = :name for update")
                .param("name", name)
                .query(String.class)
                .optional()
                .isPresent();
        if (!found) {
            throw new IllegalStateException("No instance lock named " + name + ": add its row in a migration");
        }
    }
}
