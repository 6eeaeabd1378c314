package org.mutualis.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;

/** A stored group procurement; {@code version} is what an update must send back. */
public record ProcurementView(
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
        Milestones milestones,
        List<LotView> lots,
        List<MemberView> members) {

    public ProcurementView {
        lots = List.copyOf(lots);
        members = List.copyOf(members);
    }

    public record LotView(int number, String title, BigDecimal estimatedAmountHt) {}

    public record MemberView(
            long collectivityId,
            String code,
            String name,
            @Nullable LocalDate contractEndsOn,
            @Nullable LocalDate joinedOn,
            @Nullable LocalDate deliberationOn) {}

    /** Sum of the lots' estimates, euros HT. */
    public BigDecimal totalHt() {
        return lots.stream().map(LotView::estimatedAmountHt).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The coordinator's name, when it is a member. */
    public @Nullable String coordinatorName() {
        return members.stream()
                .filter(m -> coordinatorId != null && m.collectivityId() == coordinatorId)
                .map(MemberView::name)
                .findFirst()
                .orElse(null);
    }

    public boolean hasMember(long collectivityId) {
        return members.stream().anyMatch(m -> m.collectivityId() == collectivityId);
    }

    /** As a form, to edit it. */
    public ProcurementForm toForm() {
        return new ProcurementForm(
                territoryId,
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
                lots.stream()
                        .map(l -> new ProcurementForm.LotLine(l.title(), l.estimatedAmountHt()))
                        .toList(),
                members.stream()
                        .map(m -> new ProcurementForm.MemberLine(
                                m.collectivityId(), m.contractEndsOn(), m.joinedOn(), m.deliberationOn()))
                        .toList());
    }
}
