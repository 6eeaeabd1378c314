package org.mutualis.servicefinance.persistence;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's services and the territory's settings (forms chosen, reminder). */
@Repository
public class CatalogueStore {

    public record ServiceRow(
            long id,
            long territoryId,
            String code,
            String label,
            @Nullable String description,
            String unit,
            @Nullable Long categoryId,
            @Nullable String categoryLabel,
            @Nullable String slaText,
            @Nullable String hours,
            int position,
            boolean retired,
            int version,
            long conventions) {}

    public record SettingsRow(
            long territoryId,
            @Nullable String pairForm,
            @Nullable String communesForm,
            @Nullable String formNote,
            int reminderDays,
            int version) {}

    /** A service's columns as written by an insert or an update. */
    public record ServiceValues(
            String label,
            @Nullable String description,
            String unit,
            @Nullable Long categoryId,
            @Nullable String slaText,
            @Nullable String hours) {}

    private static final String SERVICE = "select s.id, s.territory_id, s.code, s.label, s.description, s.unit,"
            + " s.category_id, k.label as category_label, s.sla_text, s.hours, s.position, s.retired, s.version,"
            + " (select count(*) from fin_subscription u where u.service_id = s.id) as conventions"
            + " from fin_service s left join desk_category k on k.id = s.category_id";

    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SettingsRow> settings(long territoryId) {
        return jdbc.sql("select territory_id, pair_form, communes_form, form_note, reminder_days, version"
                        + " from fin_settings where territory_id = :territory")
                .param("territory", territoryId)
                .query(RecordRows.of(SettingsRow.class))
                .optional();
    }

    public void insertSettings(long territoryId) {
        Columns.of().set("territory_id", territoryId).insertRow(jdbc, "fin_settings");
    }

    /** @return false when the version is stale */
    public boolean updateSettings(
            long territoryId,
            @Nullable String pairForm,
            @Nullable String communesForm,
            @Nullable String formNote,
            int reminderDays,
            long version) {
        return OptimisticUpdate.of(
                        jdbc,
                        "fin_settings",
                        Columns.of()
                                .set("pair_form", pairForm)
                                .set("communes_form", communesForm)
                                .set("form_note", formNote)
                                .set("reminder_days", reminderDays))
                .where("territory_id", territoryId)
                .expecting(version);
    }

    /** The territory's services, in the catalogue's order (retired ones included). */
    public List<ServiceRow> services(long territoryId) {
        return jdbc.sql(SERVICE + " where s.territory_id = :territory order by s.position, s.label")
                .param("territory", territoryId)
                .query(RecordRows.of(ServiceRow.class))
                .list();
    }

    public Optional<ServiceRow> service(long id) {
        return jdbc.sql(SERVICE + " where s.id = :id")
                .param("id", id)
                .query(RecordRows.of(ServiceRow.class))
                .optional();
    }

    public long insert(long territoryId, String code, int position, ServiceValues values) {
        return columns(values)
                .set("territory_id", territoryId)
                .set("code", code)
                .set("position", position)
                .insert(jdbc, "fin_service");
    }

    /** @return false when the version is stale */
    public boolean update(long id, ServiceValues values, long version) {
        return OptimisticUpdate.of(jdbc, "fin_service", columns(values))
                .where("id", id)
                .expecting(version);
    }

    public void retire(long id, boolean retired) {
        jdbc.sql("update fin_service set retired = :retired, version = version + 1 where id = :id")
                .param("retired", retired)
                .param("id", id)
                .update();
    }

    private static Columns columns(ServiceValues values) {
        return Columns.of()
                .set("label", values.label())
                .set("description", values.description())
                .set("unit", values.unit())
                .set("category_id", values.categoryId())
                .set("sla_text", values.slaText())
                .set("hours", values.hours());
    }
}
