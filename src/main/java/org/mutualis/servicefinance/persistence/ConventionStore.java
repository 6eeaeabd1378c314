package org.mutualis.servicefinance.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The conventions of the collectivités and the services they subscribe to. */
@Repository
public class ConventionStore {

    public record ConventionRow(
            long id,
            long territoryId,
            long collectivityId,
            String collectivityName,
            String collectivityCode,
            String kind,
            LocalDate signedOn,
            @Nullable String deliberationRef,
            @Nullable LocalDate deliberationOn,
            int durationYears,
            String costMethod,
            @Nullable String note,
            @Nullable LocalDate remindedFor,
            int version) {}

    public record SubscriptionRow(
            long conventionId,
            long serviceId,
            String serviceLabel,
            String unit,
            boolean retired,
            BigDecimal forecastUnits) {}

    /** A convention's columns as written by an insert or an update. */
    public record ConventionValues(
            long collectivityId,
            String kind,
            LocalDate signedOn,
            @Nullable String deliberationRef,
            @Nullable LocalDate deliberationOn,
            int durationYears,
            String costMethod,
            @Nullable String note) {}

    private static final String CONVENTION = "select v.id, v.territory_id, v.collectivity_id,"
            + " c.name as collectivity_name, c.code as collectivity_code, v.kind, v.signed_on, v.deliberation_ref,"
            + " v.deliberation_on, v.duration_years, v.cost_method, v.note, v.reminded_for, v.version"
            + " from fin_convention v join collectivity c on c.id = v.collectivity_id";

    private final JdbcClient jdbc;

    ConventionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ConventionRow> find(long id) {
        return jdbc.sql(CONVENTION + " where v.id = :id")
                .param("id", id)
                .query(RecordRows.of(ConventionRow.class))
                .optional();
    }

    /** Every convention of the territory, by collectivité name then signature. */
    public List<ConventionRow> ofTerritory(long territoryId) {
        return jdbc.sql(CONVENTION + " where v.territory_id = :territory order by c.name, v.signed_on, v.id")
                .param("territory", territoryId)
                .query(RecordRows.of(ConventionRow.class))
                .list();
    }

    /** The conventions of one collectivité, oldest first. */
    public List<ConventionRow> ofCollectivity(long collectivityId) {
        return jdbc.sql(CONVENTION + " where v.collectivity_id = :collectivity order by v.signed_on, v.id")
                .param("collectivity", collectivityId)
                .query(RecordRows.of(ConventionRow.class))
                .list();
    }

    /** How many conventions of the territory match (collectivité name or code), limited to some collectivités if given. */
    public long count(long territoryId, String query, @Nullable Collection<Long> only) {
        return jdbc.sql("select count(*) from fin_convention v join collectivity c on c.id = v.collectivity_id"
                        + where(only))
                .param("territory", territoryId)
                .param("q", like(query))
                .params(only == null ? java.util.Map.of() : java.util.Map.of("only", only))
                .query(Long.class)
                .single();
    }

    /** One page of them, by collectivité name then signature. */
    public List<ConventionRow> page(
            long territoryId, String query, @Nullable Collection<Long> only, long offset, int size) {
        return jdbc.sql(CONVENTION + where(only) + " order by c.name, v.signed_on, v.id"
                        + " offset :offset rows fetch next :size rows only")
                .param("territory", territoryId)
                .param("q", like(query))
                .params(only == null ? java.util.Map.of() : java.util.Map.of("only", only))
                .param("offset", offset)
                .param("size", size)
                .query(RecordRows.of(ConventionRow.class))
                .list();
    }

    private static String where(@Nullable Collection<Long> only) {
        return " where v.territory_id = :territory and (lower(c.name) like :q or lower(c.code) like :q)"
                + (only == null ? "" : " and v.collectivity_id in (:only)");
    }

    private static String like(String query) {
        String q = query.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "")
                .replace("%", "")
                .replace("_", "");
        return "%" + q + "%";
    }

    public long insert(long territoryId, ConventionValues values) {
        return columns(values).set("territory_id", territoryId).insert(jdbc, "fin_convention");
    }

    /** @return false when the version is stale */
    public boolean update(long id, ConventionValues values, long version) {
        return OptimisticUpdate.of(jdbc, "fin_convention", columns(values))
                .where("id", id)
                .expecting(version);
    }

    /** Records that the reminder of this renewal date was sent. */
    public void reminded(long id, LocalDate renewalOn) {
        jdbc.sql("update fin_convention set reminded_for = :renewal where id = :id")
                .param("renewal", renewalOn)
                .param("id", id)
                .update();
    }

    /** The territories whose catalogue is open, with their reminder's days. */
    public List<ReminderRow> reminders() {
        return jdbc.sql("select territory_id, reminder_days from fin_settings order by territory_id")
                .query(RecordRows.of(ReminderRow.class))
                .list();
    }

    public record ReminderRow(long territoryId, int reminderDays) {}

    public void delete(long id) {
        jdbc.sql("delete from fin_convention where id = :id").param("id", id).update();
    }

    /** The subscriptions of these conventions, by convention then the catalogue's order. */
    public List<SubscriptionRow> subscriptions(Collection<Long> conventionIds) {
        if (conventionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select u.convention_id, u.service_id, s.label as service_label, s.unit, s.retired,"
                        + " u.forecast_units from fin_subscription u join fin_service s on s.id = u.service_id"
                        + " where u.convention_id in (:ids) order by u.convention_id, s.position, s.label")
                .param("ids", conventionIds)
                .query(RecordRows.of(SubscriptionRow.class))
                .list();
    }

    /** Replaces the convention's subscriptions. */
    public void subscribe(long conventionId, List<SubscriptionRow> rows) {
        jdbc.sql("delete from fin_subscription where convention_id = :id")
                .param("id", conventionId)
                .update();
        for (SubscriptionRow row : rows) {
            Columns.of()
                    .set("convention_id", conventionId)
                    .set("service_id", row.serviceId())
                    .set("forecast_units", row.forecastUnits())
                    .insertRow(jdbc, "fin_subscription");
        }
    }

    private static Columns columns(ConventionValues values) {
        return Columns.of()
                .set("collectivity_id", values.collectivityId())
                .set("kind", values.kind())
                .set("signed_on", values.signedOn())
                .set("deliberation_ref", values.deliberationRef())
                .set("deliberation_on", values.deliberationOn())
                .set("duration_years", values.durationYears())
                .set("cost_method", values.costMethod())
                .set("note", values.note());
    }
}
