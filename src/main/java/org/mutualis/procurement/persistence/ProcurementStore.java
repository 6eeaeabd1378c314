package org.mutualis.procurement.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.mutualis.shared.Columns;
import org.mutualis.shared.OptimisticUpdate;
import org.mutualis.shared.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Procurements with their lots and members; the version column guards concurrent edits. */
@Repository
public class ProcurementStore {

    /** The columns of {@link Head}, by name. */
    private static final String SELECT = """
            select p.id, p.territory_id, p.version, p.subject, p.theme, p.threshold_kind, p.procedure_kind,
                   p.coordinator_id, p.convention_signed_on, p.permanent_group, p.multi_holder, p.maximum_amount_ht,
                   p.duration_months, p.execution_mode, p.central_body, p.award_procedure, p.needs_census_on,
                   p.specifications_on, p.publication_on, p.award_on, p.notification_on, p.start_on, p.end_on
            from procurement p""";

    private static final String LOTS = """
            select l.procurement_id, l.number, l.title, l.estimated_amount_ht
            from procurement_lot l join procurement p on p.id = l.procurement_id""";

    private static final String MEMBERS = """
            select m.procurement_id, m.collectivity_id, c.code, c.name, m.contract_ends_on, m.joined_on, m.deliberation_on
            from procurement_member m join collectivity c on c.id = m.collectivity_id
            join procurement p on p.id = m.procurement_id""";

    private final JdbcClient jdbc;

    ProcurementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProcurementView> ofTerritory(long territoryId) {
        return views("p.territory_id = :id", territoryId);
    }

    public Optional<ProcurementView> find(long id) {
        return views("p.id = :id", id).stream().findFirst();
    }

    /** The procurements matching {@code where} (on {@code p}, with {@code :id}), with their lots and members. */
    private List<ProcurementView> views(String where, long id) {
        List<Head> heads = jdbc.sql(SELECT + " where " + where + " order by p.start_on, p.subject, p.id")
                .param("id", id)
                .query(RecordRows.of(Head.class))
                .list();
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LotView>> lots = jdbc
                .sql(LOTS + " where " + where + " order by l.number")
                .param("id", id)
                .query(RecordRows.of(Lot.class))
                .list()
                .stream()
                .collect(groupingBy(Lot::procurementId, mapping(Lot::view, toList())));
        Map<Long, List<MemberView>> members = jdbc
                .sql(MEMBERS + " where " + where + " order by c.name")
                .param("id", id)
                .query(RecordRows.of(Member.class))
                .list()
                .stream()
                .collect(groupingBy(Member::procurementId, mapping(Member::view, toList())));
        return heads.stream()
                .map(h -> h.view(lots.getOrDefault(h.id(), List.of()), members.getOrDefault(h.id(), List.of())))
                .toList();
    }

    public long insert(ProcurementForm form) {
        long id = columns(form)
                .set("territory_id", form.territoryId())
                .set("version", 0)
                .insert(jdbc, "procurement");
        insertChildren(id, form);
        return id;
    }

    /** False when the version moved on: someone saved in between, nothing is written. */
    public boolean update(long id, long expectedVersion, ProcurementForm form) {
        if (!OptimisticUpdate.of(jdbc, "procurement", columns(form))
                .where("id", id)
                .expecting(expectedVersion)) {
            return false;
        }
        jdbc.sql("delete from procurement_lot where procurement_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from procurement_member where procurement_id = :id")
                .param("id", id)
                .update();
        insertChildren(id, form);
        return true;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from procurement where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from procurement").query(Long.class).single();
    }

    private void insertChildren(long id, ProcurementForm form) {
        int number = 0;
        for (ProcurementForm.LotLine lot : form.lotLines()) {
            number++;
            Columns.of()
                    .set("procurement_id", id)
                    .set("number", number)
                    .set("title", String.valueOf(lot.title()).strip())
                    .set("estimated_amount_ht", lot.estimatedAmountHt())
                    .insertRow(jdbc, "procurement_lot");
        }
        for (ProcurementForm.MemberLine m : form.memberLines()) {
            Columns.of()
                    .set("procurement_id", id)
                    .set("collectivity_id", m.collectivityId())
                    .set("contract_ends_on", m.contractEndsOn())
                    .set("joined_on", m.joinedOn())
                    .set("deliberation_on", m.deliberationOn())
                    .insertRow(jdbc, "procurement_member");
        }
    }

    /** The columns an insert and an update both write, once. */
    private static Columns columns(ProcurementForm form) {
        Milestones m = form.dates();
        return Columns.of()
                .set("subject", String.valueOf(form.subject()).strip())
                .set("theme", form.theme())
                .set("threshold_kind", form.kind().name())
                .set("procedure_kind", name(form.procedureKind()))
                .set("coordinator_id", form.coordinatorId())
                .set("convention_signed_on", form.conventionSignedOn())
                .set("permanent_group", form.permanentGroup())
                .set("multi_holder", form.multiHolder())
                .set("maximum_amount_ht", form.maximumAmountHt())
                .set("duration_months", form.durationMonths())
                .set("execution_mode", name(form.executionMode()))
                .set("central_body", blankToNull(form.centralBody()))
                .set("award_procedure", name(form.awardProcedure()))
                .set("needs_census_on", m.needsCensusOn())
                .set("specifications_on", m.specificationsOn())
                .set("publication_on", m.publicationOn())
                .set("award_on", m.awardOn())
                .set("notification_on", m.notificationOn())
                .set("start_on", m.startOn())
                .set("end_on", m.endOn());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A row of {@code procurement}, mapped by column name. */
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
            @Nullable LocalDate needsCensusOn,
            @Nullable LocalDate specificationsOn,
            @Nullable LocalDate publicationOn,
            @Nullable LocalDate awardOn,
            @Nullable LocalDate notificationOn,
            @Nullable LocalDate startOn,
            @Nullable LocalDate endOn) {

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
                    new Milestones(
                            needsCensusOn, specificationsOn, publicationOn, awardOn, notificationOn, startOn, endOn),
                    lots,
                    members);
        }
    }

    /** A row of {@code procurement_lot}, mapped by column name. */
    private record Lot(long procurementId, int number, String title, BigDecimal estimatedAmountHt) {
        LotView view() {
            return new LotView(number, title, estimatedAmountHt);
        }
    }

    /** A row of {@code procurement_member} with its collectivité, mapped by column name. */
    private record Member(
            long procurementId,
            long collectivityId,
            String code,
            String name,
            @Nullable LocalDate contractEndsOn,
            @Nullable LocalDate joinedOn,
            @Nullable LocalDate deliberationOn) {
        MemberView view() {
            return new MemberView(collectivityId, code, name, contractEndsOn, joinedOn, deliberationOn);
        }
    }
}
