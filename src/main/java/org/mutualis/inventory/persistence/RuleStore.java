package org.mutualis.inventory.persistence;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The instance's normalisation rules ({@code inv_rule}). */
@Repository
public class RuleStore {

    /** A rule as stored; {@code kind}, {@code fieldName} and {@code outcome} are enum names. */
    public record RuleRow(
            long id,
            String kind,
            int position,
            String fieldName,
            String pattern,
            String outcome,
            @Nullable String product,
            @Nullable String versionTemplate,
            boolean enabled,
            @Nullable String note,
            String changedBy,
            LocalDateTime changedAt,
            int version) {}

    /** A rule's columns as written by an insert or an update. */
    public record RuleValues(
            String kind,
            int position,
            String fieldName,
            String pattern,
            String outcome,
            @Nullable String product,
            @Nullable String versionTemplate,
            boolean enabled,
            @Nullable String note) {}

    /**
     * What changes whenever a rule is added, changed or deleted: the number of rows, the sum of
     * their versions and the greatest id.
     */
    public record Fingerprint(long rows, long versions, long top) {}

    private static final String RULE = "select id, kind, position, field_name, pattern, outcome, product,"
            + " version_template, enabled, note, changed_by, changed_at, version from inv_rule";

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rule, by kind, position and id. */
    public List<RuleRow> all() {
        return jdbc.sql(RULE + " order by kind, position, id")
                .query(RecordRows.of(RuleRow.class))
                .list();
    }

    public Optional<RuleRow> find(long id) {
        return jdbc.sql(RULE + " where id = :id")
                .param("id", id)
                .query(RecordRows.of(RuleRow.class))
                .optional();
    }

    public Fingerprint fingerprint() {
        return jdbc.sql("select count(*) as rows_count, coalesce(sum(version), 0) as versions,"
                        + " coalesce(max(id), 0) as top from inv_rule")
                .query((rs, n) -> new Fingerprint(rs.getLong("rows_count"), rs.getLong("versions"), rs.getLong("top")))
                .single();
    }

    public long insert(RuleValues values, String changedBy, LocalDateTime changedAt) {
        return columns(values, changedBy, changedAt).insert(jdbc, "inv_rule");
    }

    /** @return false when the version is stale or the rule gone */
    public boolean update(long id, RuleValues values, String changedBy, LocalDateTime changedAt, long version) {
        return OptimisticUpdate.of(jdbc, "inv_rule", columns(values, changedBy, changedAt))
                .where("id", id)
                .expecting(version);
    }

    /** Moves a rule to a position; @return false when the version is stale or the rule gone */
    public boolean move(long id, int position, String changedBy, LocalDateTime changedAt, long version) {
        return OptimisticUpdate.of(
                        jdbc,
                        "inv_rule",
                        Columns.of()
                                .set("position", position)
                                .set("changed_by", changedBy)
                                .set("changed_at", changedAt))
                .where("id", id)
                .expecting(version);
    }

    /** @return false when the version is stale or the rule gone */
    public boolean delete(long id, long version) {
        return jdbc.sql("delete from inv_rule where id = :id and version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Columns columns(RuleValues values, String changedBy, LocalDateTime changedAt) {
        return Columns.of()
                .set("kind", values.kind())
                .set("position", values.position())
                .set("field_name", values.fieldName())
                .set("pattern", values.pattern())
                .set("outcome", values.outcome())
                .set("product", values.product())
                .set("version_template", values.versionTemplate())
                .set("enabled", values.enabled())
                .set("note", values.note())
                .set("changed_by", changedBy)
                .set("changed_at", changedAt);
    }
}
