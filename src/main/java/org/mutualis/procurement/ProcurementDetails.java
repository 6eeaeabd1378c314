package org.mutualis.procurement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.ProcurementDetail.MemberStart;
import org.mutualis.procurement.ProcurementView.MemberView;
import org.mutualis.procurement.domain.Lot;
import org.mutualis.procurement.domain.Member;
import org.mutualis.procurement.domain.Procedure;
import org.mutualis.procurement.domain.Procurement;
import org.mutualis.procurement.domain.ProcurementCalendar;
import org.mutualis.procurement.domain.ProcurementRules;
import org.mutualis.procurement.domain.Thresholds;

/** What the core says about a stored procurement: required procedure, earliest starts, phases. */
final class ProcurementDetails {

    private ProcurementDetails() {}

    static ProcurementDetail of(ProcurementView view, Thresholds thresholds, LocalDate today) {
        Procurement core = core(view);
        LocalDate on = ProcurementRules.referenceDate(core, today);
        org.mutualis.shared.text.Text required =
                thresholds.applicable(core.thresholdKind(), on).isPresent()
                        ? new ProcurementRules(thresholds)
                                .requiredProcedure(core.thresholdKind(), core.amountForThresholdHt(), on)
                                .explanation()
                        : null;
        LocalDate start = view.milestones().startOn();
        if (start == null) {
            return new ProcurementDetail(view, required, List.of(), List.of());
        }
        Map<String, MemberView> byCode = new HashMap<>();
        view.members().forEach(m -> byCode.put(m.code(), m));
        List<MemberStart> starts = view.members().stream()
                .map(m -> new MemberStart(
                        m.collectivityId(),
                        m.code(),
                        m.name(),
                        m.contractEndsOn(),
                        member(m).earliestStart(start)))
                .toList();
        List<ProcurementDetail.Phase> phases = ProcurementCalendar.phases(core).stream()
                .map(p -> new ProcurementDetail.Phase(
                        p.number(),
                        p.label(),
                        p.from(),
                        p.to(),
                        p.members().stream()
                                .map(ms -> {
                                    MemberView m = Objects.requireNonNull(byCode.get(ms.code()));
                                    return new MemberStart(
                                            m.collectivityId(),
                                            m.code(),
                                            m.name(),
                                            ms.contractEndsOn(),
                                            ms.earliestStart());
                                })
                                .toList()))
                .toList();
        return new ProcurementDetail(view, required, starts, phases);
    }

    static Procurement core(ProcurementView view) {
        return new Procurement(
                view.subject(),
                view.theme(),
                view.thresholdKind(),
                view.lots().stream()
                        .map(l -> new Lot(l.number(), l.title(), l.estimatedAmountHt()))
                        .toList(),
                procedure(view),
                view.awardProcedure(),
                view.members().stream().map(ProcurementDetails::member).toList(),
                view.milestones());
    }

    private static Member member(MemberView m) {
        return new Member(m.code(), m.contractEndsOn(), m.joinedOn(), m.deliberationOn());
    }

    private static Procedure procedure(ProcurementView view) {
        return switch (view.procedureKind()) {
            case PURCHASING_GROUP ->
                new Procedure.PurchasingGroup(coordinatorCode(view), view.conventionSignedOn(), view.permanentGroup());
            case FRAMEWORK_AGREEMENT ->
                new Procedure.FrameworkAgreement(
                        view.multiHolder(),
                        view.maximumAmountHt(),
                        view.durationMonths() == null ? 0 : view.durationMonths(),
                        Objects.requireNonNullElse(
                                view.executionMode(), org.mutualis.procurement.domain.ExecutionMode.PURCHASE_ORDERS));
            case CENTRAL_PURCHASING_BODY ->
                new Procedure.CentralPurchasingBody(Objects.requireNonNullElse(view.centralBody(), ""));
        };
    }

    private static String coordinatorCode(ProcurementView view) {
        @Nullable Long id = view.coordinatorId();
        return view.members().stream()
                .filter(m -> id != null && m.collectivityId() == id)
                .map(MemberView::code)
                .findFirst()
                .orElse("");
    }
}
