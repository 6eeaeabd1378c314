package org.mutualis.procurement.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.ProcurementForm;
import org.mutualis.procurement.ProcurementView;
import org.mutualis.procurement.domain.AwardProcedure;
import org.mutualis.procurement.domain.ExecutionMode;
import org.mutualis.procurement.domain.Milestones;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.ThresholdKind;

/**
 * The procurement form as the page sends it: amounts, counts and dates read by the form formatters;
 * lots are {@code lots[0].title} / {@code lots[0].estimatedAmountHt} (empty rows ignored); a
 * member is {@code members[ID].member} ticked, with {@code members[ID].contractEndsOn}, {@code
 * joinedOn} and {@code deliberationOn}. {@link #toForm} gives the service's {@link ProcurementForm},
 * which the rules judge.
 */
record ProcurementPageForm(
        @Size(max = 300) @Nullable String subject,
        @Nullable String theme,
        @Nullable ThresholdKind thresholdKind,
        @Nullable ProcedureKind procedureKind,
        @Nullable Long coordinatorId,
        @Nullable LocalDate conventionSignedOn,
        @Nullable Boolean permanentGroup,
        @Nullable Boolean multiHolder,
        @Nullable BigDecimal maximumAmountHt,
        @Nullable Integer durationMonths,
        @Nullable ExecutionMode executionMode,
        @Size(max = 200) @Nullable String centralBody,
        @Nullable AwardProcedure awardProcedure,
        @Nullable LocalDate needsCensusOn,
        @Nullable LocalDate specificationsOn,
        @Nullable LocalDate publicationOn,
        @Nullable LocalDate awardOn,
        @Nullable LocalDate notificationOn,
        @Nullable LocalDate startOn,
        @Nullable LocalDate endOn,
        @Nullable List<LotLine> lots,
        @Nullable Map<String, MemberLine> members) {

    /** The calendar's fields, in the order of the steps. */
    static final String[] DATES = {
        "needsCensusOn", "specificationsOn", "publicationOn", "awardOn", "notificationOn", "startOn", "endOn"
    };

    /** A lot row; named as the API's lot so that both name its fields alike. */
    record LotLine(@Nullable String title, @Nullable BigDecimal estimatedAmountHt) {

        boolean blank() {
            return (title == null || title.isBlank()) && estimatedAmountHt == null;
        }
    }

    /** A collectivité's row: ticked to take part, and its dates. */
    record MemberLine(
            @Nullable Boolean member,
            @Nullable LocalDate contractEndsOn,
            @Nullable LocalDate joinedOn,
            @Nullable LocalDate deliberationOn) {}

    /** A new procurement: supplies and services, each contract end the census gives. */
    static ProcurementPageForm suggested(@Nullable String theme, Map<Long, LocalDate> contractEnds) {
        Map<String, MemberLine> members = new LinkedHashMap<>();
        contractEnds.forEach((id, end) -> members.put(String.valueOf(id), new MemberLine(null, end, null, null)));
        return new ProcurementPageForm(
                null,
                theme,
                ThresholdKind.SUPPLIES_AND_SERVICES,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                members);
    }

    /** A stored procurement in its form. */
    static ProcurementPageForm of(ProcurementView p) {
        List<LotLine> lots = p.lots().stream()
                .map(lot -> new LotLine(lot.title(), lot.estimatedAmountHt()))
                .toList();
        Map<String, MemberLine> members = new LinkedHashMap<>();
        for (ProcurementView.MemberView m : p.members()) {
            members.put(
                    String.valueOf(m.collectivityId()),
                    new MemberLine(true, m.contractEndsOn(), m.joinedOn(), m.deliberationOn()));
        }
        Milestones d = p.milestones();
        return new ProcurementPageForm(
                p.subject(),
                p.theme(),
                p.thresholdKind(),
                p.procedureKind(),
                p.coordinatorId(),
                p.conventionSignedOn(),
                p.permanentGroup(),
                p.multiHolder(),
                p.maximumAmountHt(),
                p.durationMonths(),
                p.executionMode(),
                p.centralBody(),
                p.awardProcedure(),
                d.needsCensusOn(),
                d.specificationsOn(),
                d.publicationOn(),
                d.awardOn(),
                d.notificationOn(),
                d.startOn(),
                d.endOn(),
                lots,
                members);
    }

    /** The service's form: typed lots only, ticked members only. */
    ProcurementForm toForm(long territoryId) {
        List<ProcurementForm.LotLine> lotLines = new ArrayList<>();
        for (LotLine lot : lots == null ? List.<LotLine>of() : lots) {
            if (lot != null && !lot.blank()) {
                lotLines.add(new ProcurementForm.LotLine(
                        lot.title() == null ? null : lot.title().strip(), lot.estimatedAmountHt()));
            }
        }
        List<ProcurementForm.MemberLine> memberLines = new ArrayList<>();
        (members == null ? Map.<String, MemberLine>of() : members).forEach((id, m) -> {
            if (m != null && Boolean.TRUE.equals(m.member()) && id.matches("\\d{1,18}")) {
                memberLines.add(new ProcurementForm.MemberLine(
                        Long.parseLong(id), m.contractEndsOn(), m.joinedOn(), m.deliberationOn()));
            }
        });
        return new ProcurementForm(
                territoryId,
                subject == null ? "" : subject,
                theme == null || theme.isBlank() ? null : theme,
                thresholdKind,
                procedureKind,
                coordinatorId,
                conventionSignedOn,
                Boolean.TRUE.equals(permanentGroup),
                Boolean.TRUE.equals(multiHolder),
                maximumAmountHt,
                durationMonths,
                executionMode,
                centralBody == null || centralBody.isBlank() ? null : centralBody.strip(),
                awardProcedure,
                new Milestones(needsCensusOn, specificationsOn, publicationOn, awardOn, notificationOn, startOn, endOn),
                lotLines,
                memberLines);
    }
}
