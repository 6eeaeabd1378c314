package org.mutualis.servicefinance.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The flat subscription's size classes of a territory and year, stored as one versioned set. */
@Repository
public class SubscriptionClassStore {

    public record ScaleRow(long territoryId, int feeYear, LocalDateTime updatedAt, int version) {}

    public record ClassRow(
            String label, int populationFrom, @Nullable Integer populationTo, BigDecimal annualFee) {}

    private final JdbcClient jdbc;

    SubscriptionClassStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ScaleRow> scale(long territoryId, int year) {
        return jdbc.sql("select territory_id, fee_year, updated_at, version from fin_subscription_scale"
                        + " where territory_id = :t and fee_year = :y")
                .param("t", territoryId)
                .param("y", year)
                .query(RecordRows.of(ScaleRow.class))
                .optional();
    }

    /** The latest year before {@code year} with classes set, if any. */
    public Optional<Integer> yearBefore(long territoryId, int year) {
        return jdbc.sql("select max(fee_year) from fin_subscription_scale where territory_id = :t and fee_year < :y")
                .param("t", territoryId)
                .param("y", year)
                .query(Integer.class)
                .optional();
    }

    /** The classes in their order (by lower bound). */
    public List<ClassRow> classes(long territoryId, int year) {
        return jdbc.sql("select label, population_from, population_to, annual_fee from fin_subscription_class"
                        + " where territory_id = :t and fee_year = :y order by position, id")
                .param("t", territoryId)
                .param("y", year)
                .query(RecordRows.of(ClassRow.class))
                .list();
    }

    /**
     * Replaces the set, if it is still at the version read ({@code null}: none was set).
     *
     * @return false when someone saved or removed it in between: nothing is written
     */
    public boolean replace(
            long territoryId, int year, @Nullable Integer version, List<ClassRow> classes, LocalDateTime now) {
        if (version == null) {
            try {
                Columns.of()
                        .set("territory_id", territoryId)
                        .set("fee_year", year)
                        .set("updated_at", now)
                        .set("version", 0)
                        .insertRow(jdbc, "fin_subscription_scale");
            } catch (DuplicateKeyException e) {
                return false;
            }
        } else if (!OptimisticUpdate.of(
                        jdbc, "fin_subscription_scale", Columns.of().set("updated_at", now))
                .where("territory_id", territoryId)
                .where("fee_year", year)
                .expecting(version)) {
            return false;
        }
        jdbc.sql("delete from fin_subscription_class where territory_id = :t and fee_year = :y")
                .param("t", territoryId)
                .param("y", year)
                .update();
        for (int i = 0; i < classes.size(); i++) {
            ClassRow c = classes.get(i);
            Columns.of()
                    .set("territory_id", territoryId)
                    .set("fee_year", year)
                    .set("position", i)
                    .set("label", c.label())
                    .set("population_from", c.populationFrom())
                    .set("population_to", c.populationTo())
                    .set("annual_fee", c.annualFee())
                    .insertRow(jdbc, "fin_subscription_class");
        }
        return true;
    }

    /** @return false when the set is gone or was saved since the version read */
    public boolean delete(long territoryId, int year, long version) {
        return jdbc.sql("delete from fin_subscription_scale where territory_id = :t and fee_year = :y and version = :v")
                        .param("t", territoryId)
                        .param("y", year)
                        .param("v", version)
                        .update()
                == 1;
    }
}
