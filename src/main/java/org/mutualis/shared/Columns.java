package org.mutualis.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The columns of one row with their values, named once by a store and used for its insert and its
 * update alike: the SQL is written from the names and the values travel as named parameters
 * ({@code :column}), so no list of columns is written twice and no {@code ?} is counted by hand.
 *
 * <pre>{@code
 * private static Columns columns(Threshold t) {
 *     return Columns.of().set("kind", t.kind().name()).set("amount_ht", t.amountHt());
 * }
 * long id = columns(t).set("version", 0).insert(jdbc, "procurement_threshold");
 * boolean saved = OptimisticUpdate.of(jdbc, "procurement_threshold", columns(t)).where("id", id).expecting(v);
 * }</pre>
 */
public final class Columns {

    // Names are SQL identifiers written in the code, never a reader's input: checked all the same.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

    private Columns() {}

    public static Columns of() {
        return new Columns();
    }

    /** Adds a column and its value; {@code null} writes SQL NULL. */
    public Columns set(String column, @Nullable Object value) {
        values.put(checkedName(column), value);
        return this;
    }

    /** {@code insert into table (a, b) values (:a, :b)}; returns the generated {@code id}. */
    public long insert(JdbcClient jdbc, String table) {
        var keys = new GeneratedKeyHolder();
        bind(jdbc.sql(insertSql(table)), "").update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The same insert for a table without a generated id. */
    public void insertRow(JdbcClient jdbc, String table) {
        bind(jdbc.sql(insertSql(table)), "").update();
    }

    private String insertSql(String table) {
        return "insert into " + checkedName(table) + " (" + String.join(", ", values.keySet()) + ") values ("
                + values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code a = :prefixa, b = :prefixb}, joined by {@code separator}. */
    String assignments(String separator, String prefix) {
        return values.keySet().stream().map(c -> c + " = :" + prefix + c).collect(Collectors.joining(separator));
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String prefix) {
        values.forEach((column, value) -> statement.param(prefix + column, value));
        return statement;
    }

    static String checkedName(String identifier) {
        if (!NAME.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not an SQL name: " + identifier);
        }
        return identifier;
    }
}
