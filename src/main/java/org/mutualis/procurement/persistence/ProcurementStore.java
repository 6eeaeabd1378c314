package org.mutualis.procurement.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.ProcurementView.LotView;
import org.mutualis.procurement.ProcurementView.MemberView;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Procurements with their lots and members; the version column guards concurrent edits. */
@Repository
public class ProcurementStore {

    private static final String COLUMNS = """
            select id, territory_id, version, subject, theme, threshold_kind, procedure_kind, coordinator_id,
                   convention_signed_on, permanent_group, multi_holder, maximum_amount_ht, duration_months,
                   execution_mode, central_body, award_procedure, needs_census_on, specifications_on, publication_on,
                   award_on, notification_on, start_on, end_on
            from procurement""";

    private final JdbcClient jdbc;

    ProcurementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProcurementView> ofTerritory(long territoryId) {
        List<Head> heads = jdbc.sql(COLUMNS + " where territory_id = ? order by start_on, subject, id")
                .param(territoryId)
                .query(ProcurementStore::head)
                .list();
        Map<Long, List<LotView>> lots = new HashMap<>();
        jdbc.sql("select l.procurement_id, l.number, l.title, l.estimated_amount_ht from procurement_lot l"
                        + " join procurement p on p.id = l.procurement_id where p.territory_id = ? order by l.number")
                .param(territoryId)
                .query(rs -> {
                    lots.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(lot(rs));
                });
        Map<Long, List<MemberView>> members = new HashMap<>();
        jdbc.sql(MEMBERS + " where p.territory_id = ? order by c.name")
                .param(territoryId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(member(rs));
                });
        return heads.stream()
                .map(h -> h.view(lots.getOrDefault(h.id, List.of()), members.getOrDefault(h.id, List.of())))
                .toList();
    }

    private static final String MEMBERS = """
            select m.procurement_id, m.collectivity_id, c.code, c.name, m.contract_ends_on, m.joined_on, m.deliberation_on
            from procurement_member m join collectivity c on c.id = m.collectivity_id
            join procurement p on p.id = m.procurement_id""";

    public Optional<ProcurementView> find(long id) {
        Optional<Head> head = jdbc.sql(COLUMNS + " where id = ?")
                .param(id)
                .query(ProcurementStore::head)
                .optional();
        return head.map(h -> h.view(
                jdbc.sql("select procurement_id, number, title, estimated_amount_ht from procurement_lot"
                                + " where procurement_id = ? order by number")
                        .param(id)
                        .query((rs, n) -> lot(rs))
                        .list(),
                jdbc.sql(MEMBERS + " where p.id = ? order by c.name")
                        .param(id)
                        .query((rs, n) -> member(rs))
                        .list()));
    }

    public long insert(ProcurementForm form) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into procurement (territory_id, subject, theme, threshold_kind, procedure_kind, coordinator_id,"
                                + " convention_signed_on, permanent_group, multi_holder, maximum_amount_ht, duration_months,"
                                + " execution_mode, central_body, award_procedure, needs_census_on, specifications_on,"
                                + " publication_on, award_on, notification_on, start_on, end_on, version)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(values(form, form.territoryId()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertChildren(id, form);
        return id;
    }

    /** False when the version moved on: someone saved in between, nothing is written. */
    public boolean update(long id, long expectedVersion, ProcurementForm form) {
        List<Object> params = new ArrayList<>(Arrays.asList(values(form, null)).subList(1, 21));
        params.add(id);
        params.add(expectedVersion);
        int updated = jdbc.sql("update procurement set subject = ?, theme = ?, threshold_kind = ?, procedure_kind = ?,"
                        + " coordinator_id = ?, convention_signed_on = ?, permanent_group = ?, multi_holder = ?,"
                        + " maximum_amount_ht = ?, duration_months = ?, execution_mode = ?, central_body = ?,"
                        + " award_procedure = ?, needs_census_on = ?, specifications_on = ?, publication_on = ?,"
                        + " award_on = ?, notification_on = ?, start_on = ?, end_on = ?, version = version + 1"
                        + " where id = ? and version = ?")
                .params(params)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from procurement_lot where procurement_id = ?")
                .param(id)
                .update();
        jdbc.sql("delete from procurement_member where procurement_id = ?")
                .param(id)
                .update();
        insertChildren(id, form);
        return true;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from procurement where id = ?").param(id).update() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from procurement").query(Long.class).single();
    }

    private void insertChildren(long id, ProcurementForm form) {
        int number = 0;
        for (ProcurementForm.LotLine lot : form.lotLines()) {
            number++;
            jdbc.sql(
                            "insert into procurement_lot (procurement_id, number, title, estimated_amount_ht) values (?, ?, ?, ?)")
                    .params(id, number, String.valueOf(lot.title()).strip(), lot.estimatedAmountHt())
                    .update();
        }
        for (ProcurementForm.MemberLine m : form.memberLines()) {
            jdbc.sql("insert into procurement_member (procurement_id, collectivity_id, contract_ends_on, joined_on,"
                            + " deliberation_on) values (?, ?, ?, ?, ?)")
                    .params(id, m.collectivityId(), m.contractEndsOn(), m.joinedOn(), m.deliberationOn())
                    .update();
        }
    }

    /** territory_id then the 20 columns shared by insert and update, in their SQL order. */
    private static Object[] values(ProcurementForm form, @Nullable Long territoryId) {
        Milestones m = form.dates();
        return new Object[] {
            territoryId,
            String.valueOf(form.subject()).strip(),
            form.theme(),
            form.kind().name(),
            name(form.procedureKind()),
            form.coordinatorId(),
            form.conventionSignedOn(),
            form.permanentGroup(),
            form.multiHolder(),
            form.maximumAmountHt(),
            form.durationMonths(),
            name(form.executionMode()),
            blankToNull(form.centralBody()),
            name(form.awardProcedure()),
            m.needsCensusOn(),
            m.specificationsOn(),
            m.publicationOn(),
            m.awardOn(),
            m.notificationOn(),
            m.startOn(),
            m.endOn()
        };
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record Head(
            long id,
            long territoryId,
            long version,
            String subject,
            String theme,
            ThresholdKind thresholdKind,
            ProcedureKind procedureKind,
            @Nullable Long coordinatorId,
            @Nullable LocalDate conventionSignedOn,
            boolean permanentGroup,
            boolean multiHolder,
            @Nullable BigDecimal maximumAmountHt,
            @Nullable Integer durationMonths,
            @Nullable ExecutionMode executionMode,
            @Nullable String centralBody,
            @Nullable AwardProcedure awardProcedure,
            Milestones milestones) {

        ProcurementView view(List<LotView> lots, List<MemberView> members) {
            return new ProcurementView(
                    id,
                    territoryId,
                    version,
                    subject,
                    theme,
                    thresholdKind,
                    procedureKind,
                    coordinatorId,
                    conventionSignedOn,
                    permanentGroup,
                    multiHolder,
                    maximumAmountHt,
                    durationMonths,
                    executionMode,
                    centralBody,
                    awardProcedure,
                    milestones,
                    lots,
                    members);
        }
    }

    private static Head head(ResultSet rs, int row) throws SQLException {
        String execution = rs.getString("execution_mode");
        String award = rs.getString("award_procedure");
        return new Head(
                rs.getLong("id"),
                rs.getLong("territory_id"),
                rs.getLong("version"),
                rs.getString("subject"),
                rs.getString("theme"),
                ThresholdKind.valueOf(rs.getString("threshold_kind")),
                ProcedureKind.valueOf(rs.getString("procedure_kind")),
                rs.getObject("coordinator_id", Long.class),
                rs.getObject("convention_signed_on", LocalDate.class),
                rs.getBoolean("permanent_group"),
                rs.getBoolean("multi_holder"),
                rs.getBigDecimal("maximum_amount_ht"),
                rs.getObject("duration_months", Integer.class),
                execution == null ? null : ExecutionMode.valueOf(execution),
                rs.getString("central_body"),
                award == null ? null : AwardProcedure.valueOf(award),
                new Milestones(
                        rs.getObject("needs_census_on", LocalDate.class),
                        rs.getObject("specifications_on", LocalDate.class),
                        rs.getObject("publication_on", LocalDate.class),
                        rs.getObject("award_on", LocalDate.class),
                        rs.getObject("notification_on", LocalDate.class),
                        rs.getObject("start_on", LocalDate.class),
                        rs.getObject("end_on", LocalDate.class)));
    }

    private static LotView lot(ResultSet rs) throws SQLException {
        return new LotView(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4));
    }

    private static MemberView member(ResultSet rs) throws SQLException {
        return new MemberView(
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getObject(7, LocalDate.class));
    }
}
