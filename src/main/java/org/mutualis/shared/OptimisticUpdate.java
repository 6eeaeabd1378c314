package org.mutualis.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way to write a versioned row (optimistic locking): the update names the version its
 * writer read, moves it on by one, and writes nothing when someone saved in between.
 *
 * <pre>{@code
 * update offer set supplier = :supplier, …, version = version + 1
 * where id = :where_id and version = :expected_version
 * }</pre>
 *
 * {@link #expecting} answers false on a lost race; the service then throws its module's
 * {@link org.mutualis.shared.error.ConflictException}, which names what was edited.
 */
public final class OptimisticUpdate {

    private final JdbcClient jdbc;
    private final String table;
    private final Columns values;
    private final Columns key = Columns.of();

    private OptimisticUpdate(JdbcClient jdbc, String table, Columns values) {
        this.jdbc = jdbc;
        this.table = Columns.checkedName(table);
        this.values = values;
    }

    /** An update of {@code values} in {@code table}; say which row with {@link #where}. */
    public static OptimisticUpdate of(JdbcClient jdbc, String table, Columns values) {
        return new OptimisticUpdate(jdbc, table, values);
    }

    /** A column of the row's key (call once per column of a composite key). */
    public OptimisticUpdate where(String column, Object value) {
        key.set(column, value);
        return this;
    }

    /**
     * Writes the row if it is still at {@code expectedVersion}, and moves its version on.
     *
     * @return false when the version moved on (someone saved in between) or the row is gone:
     *     nothing is written
     */
    public boolean expecting(long expectedVersion) {
        if (key.isEmpty()) {
            throw new IllegalStateException("An optimistic update of " + table + " needs the row's key");
        }
        String set = values.isEmpty() ? "" : values.assignments(", ", "") + ", ";
        var statement = jdbc.sql("update " + table + " set " + set + "version = version + 1 where "
                        + key.assignments(" and ", "where_") + " and version = :expected_version")
                .param("expected_version", expectedVersion);
        values.bind(statement, "");
        key.bind(statement, "where_");
        return statement.update() == 1;
    }
}
