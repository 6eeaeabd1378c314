package org.mutualis.servicedesk.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service centres, their technicians, categories, closures and SLA targets. */
@Repository
public class CentreStore {

    public record CentreRow(
            long id,
            long territoryId,
            String territoryName,
            String name,
            @Nullable String mailbox,
            String openingHours,
            int warningPercent,
            int version) {}

    public record CategoryRow(long id, long centreId, String code, String label, int position, boolean active) {}

    public record ClosureRow(long id, long centreId, LocalDate firstDay, LocalDate lastDay, String label) {}

    public record TargetRow(
            long centreId, String priority, int takeCharge, String takeChargeUnit, int resolve, String resolveUnit) {}

    private static final String CENTRE = "select c.id, c.territory_id, t.name as territory_name, c.name, c.mailbox,"
            + " c.opening_hours, c.warning_percent, c.version from desk_centre c"
            + " join territory t on t.id = c.territory_id";

    private final JdbcClient jdbc;

    CentreStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CentreRow> find(long id) {
        return jdbc.sql(CENTRE + " where c.id = :id")
                .param("id", id)
                .query(RecordRows.of(CentreRow.class))
                .optional();
    }

    public Optional<CentreRow> ofTerritory(long territoryId) {
        return jdbc.sql(CENTRE + " where c.territory_id = :territory")
                .param("territory", territoryId)
                .query(RecordRows.of(CentreRow.class))
                .optional();
    }

    /** The centres this account works for as a technician, by territory name. */
    public List<CentreRow> ofAgent(long accountId) {
        return jdbc.sql(CENTRE + " join desk_agent a on a.centre_id = c.id where a.account_id = :account"
                        + " order by t.name, c.id")
                .param("account", accountId)
                .query(RecordRows.of(CentreRow.class))
                .list();
    }

    public int memberCount(long territoryId) {
        return jdbc.sql("select count(*) from collectivity where territory_id = :territory")
                .param("territory", territoryId)
                .query(Integer.class)
                .single();
    }

    public boolean isAgent(long centreId, long accountId) {
        return jdbc.sql("select count(*) from desk_agent where centre_id = :centre and account_id = :account")
                        .param("centre", centreId)
                        .param("account", accountId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insert(long territoryId, String name, String openingHours) {
        return Columns.of()
                .set("territory_id", territoryId)
                .set("name", name)
                .set("opening_hours", openingHours)
                .insert(jdbc, "desk_centre");
    }

    /** @return false when the version is stale */
    public boolean update(
            long id, String name, @Nullable String mailbox, String openingHours, int warningPercent, int version) {
        return jdbc.sql("update desk_centre set name = :name, mailbox = :mailbox, opening_hours = :hours,"
                                + " warning_percent = :warning, version = version + 1"
                                + " where id = :id and version = :version")
                        .param("name", name)
                        .param("mailbox", mailbox)
                        .param("hours", openingHours)
                        .param("warning", warningPercent)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    public void addAgent(long centreId, long accountId) {
        if (!isAgent(centreId, accountId)) {
            jdbc.sql("insert into desk_agent (centre_id, account_id) values (:centre, :account)")
                    .param("centre", centreId)
                    .param("account", accountId)
                    .update();
        }
    }

    public void removeAgent(long centreId, long accountId) {
        jdbc.sql("delete from desk_agent where centre_id = :centre and account_id = :account")
                .param("centre", centreId)
                .param("account", accountId)
                .update();
    }

    /** The technicians' account ids of a centre. */
    public List<Long> agents(long centreId) {
        return jdbc.sql("select account_id from desk_agent where centre_id = :centre order by account_id")
                .param("centre", centreId)
                .query(Long.class)
                .list();
    }

    public List<CategoryRow> categories(long centreId) {
        return jdbc.sql("select id, centre_id, code, label, position, active from desk_category"
                        + " where centre_id = :centre order by position, label")
                .param("centre", centreId)
                .query(RecordRows.of(CategoryRow.class))
                .list();
    }

    public long insertCategory(long centreId, String code, String label, int position) {
        return Columns.of()
                .set("centre_id", centreId)
                .set("code", code)
                .set("label", label)
                .set("position", position)
                .set("active", true)
                .insert(jdbc, "desk_category");
    }

    public List<ClosureRow> closures(long centreId) {
        return jdbc.sql("select id, centre_id, first_day, last_day, label from desk_closure"
                        + " where centre_id = :centre order by first_day")
                .param("centre", centreId)
                .query(RecordRows.of(ClosureRow.class))
                .list();
    }

    public long insertClosure(long centreId, LocalDate firstDay, LocalDate lastDay, String label) {
        return Columns.of()
                .set("centre_id", centreId)
                .set("first_day", firstDay)
                .set("last_day", lastDay)
                .set("label", label)
                .insert(jdbc, "desk_closure");
    }

    public void deleteClosure(long centreId, long closureId) {
        jdbc.sql("delete from desk_closure where centre_id = :centre and id = :id")
                .param("centre", centreId)
                .param("id", closureId)
                .update();
    }

    public List<TargetRow> targets(long centreId) {
        return jdbc.sql("select centre_id, priority, take_charge, take_charge_unit, resolve, resolve_unit"
                        + " from desk_sla_target where centre_id = :centre")
                .param("centre", centreId)
                .query(RecordRows.of(TargetRow.class))
                .list();
    }

    public void putTarget(TargetRow target) {
        jdbc.sql("delete from desk_sla_target where centre_id = :centre and priority = :priority")
                .param("centre", target.centreId())
                .param("priority", target.priority())
                .update();
        Columns.of()
                .set("centre_id", target.centreId())
                .set("priority", target.priority())
                .set("take_charge", target.takeCharge())
                .set("take_charge_unit", target.takeChargeUnit())
                .set("resolve", target.resolve())
                .set("resolve_unit", target.resolveUnit())
                .insertRow(jdbc, "desk_sla_target");
    }
}
