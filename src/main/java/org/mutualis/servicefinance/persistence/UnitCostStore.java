package org.mutualis.servicefinance.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The services' unit costs with their charge lines and budget updates, and their communications. */
@Repository
public class UnitCostStore {

    public record UnitCostRow(
            long id,
            long territoryId,
            long serviceId,
            String serviceCode,
            String serviceLabel,
            String unit,
            int costYear,
            int accountsYear,
            BigDecimal totalCharges,
            BigDecimal forecastUnits,
            BigDecimal unitCost,
            LocalDateTime computedAt,
            int version) {}

    public record ChargeRow(long unitCostId, String category, String account, BigDecimal amount) {}

    public record UpdateRow(long unitCostId, String category, BigDecimal amount, String reason) {}

    /** What a save writes besides the lines. */
    public record CostValues(
            long serviceId,
            int costYear,
            int accountsYear,
            BigDecimal totalCharges,
            BigDecimal forecastUnits,
            BigDecimal unitCost,
            LocalDateTime computedAt) {}

    public record CommunicationRow(
            long conventionId,
            int costYear,
            @Nullable LocalDate communicatedOn,
            @Nullable LocalDate budgetAdoptedOn,
            int version) {}

    private static final String COST = "select u.id, u.territory_id, u.service_id, s.code as service_code,"
            + " s.label as service_label, s.unit, u.cost_year, u.accounts_year, u.total_charges, u.forecast_units,"
            + " u.unit_cost, u.computed_at, u.version from fin_unit_cost u join fin_service s on s.id = u.service_id";

    private final JdbcClient jdbc;

    UnitCostStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitCostRow> find(long id) {
        return jdbc.sql(COST + " where u.id = :id")
                .param("id", id)
                .query(RecordRows.of(UnitCostRow.class))
                .optional();
    }

    public Optional<UnitCostRow> find(long serviceId, int costYear) {
        return jdbc.sql(COST + " where u.service_id = :service and u.cost_year = :y")
                .param("service", serviceId)
                .param("y", costYear)
                .query(RecordRows.of(UnitCostRow.class))
                .optional();
    }

    /** The territory's unit costs of a year, in the catalogue's order. */
    public List<UnitCostRow> ofYear(long territoryId, int costYear) {
        return jdbc.sql(COST + " where u.territory_id = :territory and u.cost_year = :y order by s.position, s.label")
                .param("territory", territoryId)
                .param("y", costYear)
                .query(RecordRows.of(UnitCostRow.class))
                .list();
    }

    public List<ChargeRow> charges(long unitCostId) {
        return jdbc.sql("select unit_cost_id, category, account, amount from fin_charge_line"
                        + " where unit_cost_id = :id order by position, id")
                .param("id", unitCostId)
                .query(RecordRows.of(ChargeRow.class))
                .list();
    }

    public List<UpdateRow> updates(long unitCostId) {
        return jdbc.sql("select unit_cost_id, category, amount, reason from fin_budget_update"
                        + " where unit_cost_id = :id order by position, id")
                .param("id", unitCostId)
                .query(RecordRows.of(UpdateRow.class))
                .list();
    }

    public long insert(long territoryId, CostValues values) {
        return columns(values).set("territory_id", territoryId).insert(jdbc, "fin_unit_cost");
    }

    /** @return false when the version is stale */
    public boolean update(long id, CostValues values, long version) {
        return OptimisticUpdate.of(jdbc, "fin_unit_cost", columns(values))
                .where("id", id)
                .expecting(version);
    }

    /** Replaces the unit cost's charge lines and budget updates. */
    public void lines(long unitCostId, List<ChargeRow> charges, List<UpdateRow> updates) {
        jdbc.sql("delete from fin_charge_line where unit_cost_id = :id")
                .param("id", unitCostId)
                .update();
        jdbc.sql("delete from fin_budget_update where unit_cost_id = :id")
                .param("id", unitCostId)
                .update();
        for (int i = 0; i < charges.size(); i++) {
            ChargeRow c = charges.get(i);
            Columns.of()
                    .set("unit_cost_id", unitCostId)
                    .set("position", i)
                    .set("category", c.category())
                    .set("account", c.account())
                    .set("amount", c.amount())
                    .insertRow(jdbc, "fin_charge_line");
        }
        for (int i = 0; i < updates.size(); i++) {
            UpdateRow u = updates.get(i);
            Columns.of()
                    .set("unit_cost_id", unitCostId)
                    .set("position", i)
                    .set("category", u.category())
                    .set("amount", u.amount())
                    .set("reason", u.reason())
                    .insertRow(jdbc, "fin_budget_update");
        }
    }

    private static Columns columns(CostValues values) {
        return Columns.of()
                .set("service_id", values.serviceId())
                .set("cost_year", values.costYear())
                .set("accounts_year", values.accountsYear())
                .set("total_charges", values.totalCharges())
                .set("forecast_units", values.forecastUnits())
                .set("unit_cost", values.unitCost())
                .set("computed_at", values.computedAt());
    }

    /** The communications of a year to these conventions. */
    public List<CommunicationRow> communications(Collection<Long> conventionIds, int costYear) {
        if (conventionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select convention_id, cost_year, communicated_on, budget_adopted_on, version"
                        + " from fin_communication where convention_id in (:ids) and cost_year = :y")
                .param("ids", conventionIds)
                .param("y", costYear)
                .query(RecordRows.of(CommunicationRow.class))
                .list();
    }

    /** Records a communication the first time. */
    public void insertCommunication(
            long conventionId, int costYear, @Nullable LocalDate communicatedOn, @Nullable LocalDate budgetAdoptedOn) {
        Columns.of()
                .set("convention_id", conventionId)
                .set("cost_year", costYear)
                .set("communicated_on", communicatedOn)
                .set("budget_adopted_on", budgetAdoptedOn)
                .insertRow(jdbc, "fin_communication");
    }

    /** @return false when the version is stale */
    public boolean updateCommunication(
            long conventionId,
            int costYear,
            @Nullable LocalDate communicatedOn,
            @Nullable LocalDate budgetAdoptedOn,
            long version) {
        return OptimisticUpdate.of(
                        jdbc,
                        "fin_communication",
                        Columns.of().set("communicated_on", communicatedOn).set("budget_adopted_on", budgetAdoptedOn))
                .where("convention_id", conventionId)
                .where("cost_year", costYear)
                .expecting(version);
    }
}
