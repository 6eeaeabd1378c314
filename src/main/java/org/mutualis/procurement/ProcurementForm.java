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

/**
 * A group procurement as sent to the API (amounts and dates as the form formatters read them:
 * {@code 150 000}, {@code 01/03/2012}) or built from the page's form. Everything may be missing or
 * wrong: {@link Procurements} says what, naming the field, before the rules run.
 *
 * @param territoryId the territory whose collectivités take part
 * @param theme one of {@link org.mutualis.savings.domain.ItemTheme}'s names
 * @param thresholdKind supplies and services when null
 * @param coordinatorId the coordinating collectivité of a groupement de commandes
 * @param members a member's null contract end is taken from the census when the census has one
 */
public record ProcurementForm(
        long territoryId,
        @Nullable String subject,
        @Nullable String theme,
        @Nullable ThresholdKind thresholdKind,
        @Nullable ProcedureKind procedureKind,
        @Nullable Long coordinatorId,
        @Nullable LocalDate conventionSignedOn,
        boolean permanentGroup,
        boolean multiHolder,
        @Nullable BigDecimal maximumAmountHt,
        @Nullable Integer durationMonths,
        @Nullable ExecutionMode executionMode,
        @Nullable String centralBody,
        @Nullable AwardProcedure awardProcedure,
        @Nullable Milestones milestones,
        @Nullable List<LotLine> lots,
        @Nullable List<MemberLine> members) {

    /** A lot: numbered by its position. */
    public record LotLine(@Nullable String title, @Nullable BigDecimal estimatedAmountHt) {}

    /** A member collectivité and its dates. */
    public record MemberLine(
            long collectivityId,
            @Nullable LocalDate contractEndsOn,
            @Nullable LocalDate joinedOn,
            @Nullable LocalDate deliberationOn) {}

    public Milestones dates() {
        return milestones != null ? milestones : new Milestones(null, null, null, null, null, null, null);
    }

    public List<LotLine> lotLines() {
        return lots == null ? List.of() : lots;
    }

    public List<MemberLine> memberLines() {
        return members == null ? List.of() : members;
    }

    public ThresholdKind kind() {
        return thresholdKind == null ? ThresholdKind.SUPPLIES_AND_SERVICES : thresholdKind;
    }

    /** The same procurement with other members (census defaults filled in). */
    ProcurementForm withMembers(List<MemberLine> filled) {
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
                lots,
                filled);
    }
}
