package org.mutualis.inventory.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The instance's end-of-support table ({@code inv_lifecycle}); an empty edition means every edition. */
@Repository
public class LifecycleStore {

    public record LifecycleRow(
            long id,
            String product,
            String releaseCycle,
            String edition,
            @Nullable LocalDate endOfSupport,
            @Nullable LocalDate extendedEnd,
            @Nullable String sourceUrl,
            LocalDate checkedOn,
            @Nullable String note,
            String changedBy,
            LocalDateTime changedAt,
            int version) {}

    /** A row's columns as written by an insert or an update. */
    public record LifecycleValues(
            String product,
            String releaseCycle,
            String edition,
            @Nullable LocalDate endOfSupport,
            @Nullable LocalDate extendedEnd,
            @Nullable String sourceUrl,
            LocalDate checkedOn,
            @Nullable String note) {}

    private static final String ROW = "select id, product, release_cycle, edition, end_of_support, extended_end,"
            + " source_url, checked_on, note, changed_by, changed_at, version from inv_lifecycle";

    private final JdbcClient jdbc;

    LifecycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, by product, cycle and edition. */
    public List<LifecycleRow> all() {
        return jdbc.sql(ROW + " order by product, release_cycle, edition, id")
                .query(RecordRows.of(LifecycleRow.class))
                .list();
    }

    public Optional<LifecycleRow> find(long id) {
        return jdbc.sql(ROW + " where id = :id")
                .param("id", id)
                .query(RecordRows.of(LifecycleRow.class))
                .optional();
    }

    /** The row of a product, cycle and edition other than {@code except}, if any. */
    public Optional<LifecycleRow> same(String product, String cycle, String edition, long except) {
        return jdbc.sql(ROW + " where product = :product and release_cycle = :cycle and edition = :edition"
                        + " and id <> :except")
                .param("product", product)
                .param("cycle", cycle)
                .param("edition", edition)
                .param("except", except)
                .query(RecordRows.of(LifecycleRow.class))
                .optional();
    }

    public long insert(LifecycleValues values, String changedBy, LocalDateTime changedAt) {
        return columns(values, changedBy, changedAt).insert(jdbc, "inv_lifecycle");
    }

    /** @return false when the version is stale or the row gone */
    public boolean update(long id, LifecycleValues values, String changedBy, LocalDateTime changedAt, long version) {
        return OptimisticUpdate.of(jdbc, "inv_lifecycle", columns(values, changedBy, changedAt))
                .where("id", id)
                .expecting(version);
    }

    /** @return false when the version is stale or the row gone */
    public boolean delete(long id, long version) {
        return jdbc.sql("delete from inv_lifecycle where id = :id and version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    private static Columns columns(LifecycleValues values, String changedBy, LocalDateTime changedAt) {
        return Columns.of()
                .set("product", values.product())
                .set("release_cycle", values.releaseCycle())
                .set("edition", values.edition())
                .set("end_of_support", values.endOfSupport())
                .set("extended_end", values.extendedEnd())
                .set("source_url", values.sourceUrl())
                .set("checked_on", values.checkedOn())
                .set("note", values.note())
                .set("changed_by", changedBy)
                .set("changed_at", changedAt);
    }
}
