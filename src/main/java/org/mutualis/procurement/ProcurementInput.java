package org.mutualis.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.Lot;
import org.mutualis.procurement.domain.Member;
import org.mutualis.procurement.domain.Procedure;
import org.mutualis.procurement.domain.ProcedureKind;
import org.mutualis.procurement.domain.Procurement;
import org.mutualis.procurement.domain.Violation;
import org.mutualis.savings.domain.ItemTheme;
import org.mutualis.territory.CollectivityView;

/**
 * What the form itself must get right before the rules of the Code de la commande publique can be
 * judged: every message names the field. Also turns a checked form into the core's procurement.
 */
final class ProcurementInput {

    static final int SUBJECT_LENGTH = 300;

    /** {@code procurement_lot.title varchar(300)}. */
    static final int LOT_TITLE_LENGTH = 300;

    /** {@code procurement.central_body varchar(200)}. */
    static final int CENTRAL_BODY_LENGTH = 200;

    /** Digits before the decimal point of a {@code numeric(14, 2)} amount. */
    static final int AMOUNT_DIGITS = 12;

    private ProcurementInput() {}

    /** Only the chosen procedure's fields are kept: the others would be shown and never used. */
    static ProcurementForm normalized(ProcurementForm f) {
        ProcedureKind kind = f.procedureKind();
        boolean group = kind == ProcedureKind.PURCHASING_GROUP;
        boolean framework = kind == ProcedureKind.FRAMEWORK_AGREEMENT;
        boolean central = kind == ProcedureKind.CENTRAL_PURCHASING_BODY;
        return new ProcurementForm(
                f.territoryId(),
                f.subject() == null ? "" : f.subject().strip(),
                f.theme(),
                f.kind(),
                kind,
                group ? f.coordinatorId() : null,
                group ? f.conventionSignedOn() : null,
                group && f.permanentGroup(),
                framework && f.multiHolder(),
                framework ? f.maximumAmountHt() : null,
                framework ? f.durationMonths() : null,
                framework ? f.executionMode() : null,
                central ? f.centralBody() : null,
                central ? null : f.awardProcedure(),
                f.dates(),
                f.lotLines(),
                f.memberLines());
    }

    static List<Violation> check(ProcurementForm f, Map<Long, CollectivityView> territory) {
        List<Violation> v = new ArrayList<>();
        if (f.subject() != null && f.subject().length() > SUBJECT_LENGTH) {
            v.add(Violation.of(
                    "input.subject.length", "procurement.input.subject.length", String.valueOf(SUBJECT_LENGTH)));
        }
        boolean knownTheme =
                Arrays.stream(ItemTheme.values()).anyMatch(t -> t.name().equals(f.theme()));
        if (!knownTheme) {
            v.add(Violation.of("input.theme", "procurement.input.theme"));
        }
        if (f.procedureKind() == null) {
            v.add(Violation.of("input.procedure", "procurement.input.procedure"));
        }
        if (f.centralBody() != null && f.centralBody().strip().length() > CENTRAL_BODY_LENGTH) {
            v.add(Violation.of(
                    "input.centralBody.length",
                    "procurement.input.centralBody.length",
                    String.valueOf(CENTRAL_BODY_LENGTH)));
        }
        if (tooLarge(f.maximumAmountHt())) {
            v.add(Violation.of(
                    "input.maximum.digits", "procurement.input.maximum.digits", String.valueOf(AMOUNT_DIGITS)));
        }
        checkLots(f, v);
        checkProcedure(f, territory, v);
        for (ProcurementForm.MemberLine m : f.memberLines()) {
            if (!territory.containsKey(m.collectivityId())) {
                v.add(Violation.of(
                        "input.member.unknown",
                        "procurement.input.member.unknown",
                        String.valueOf(m.collectivityId())));
            }
        }
        return v;
    }

    private static void checkLots(ProcurementForm f, List<Violation> v) {
        if (f.lotLines().isEmpty()) {
            v.add(Violation.of("input.lots.missing", "procurement.input.lots.missing"));
        }
        int number = 0;
        for (ProcurementForm.LotLine lot : f.lotLines()) {
            number++;
            if (lot.title() == null || lot.title().isBlank()) {
                v.add(Violation.of("input.lot.title", "procurement.input.lot.title", String.valueOf(number)));
            } else if (lot.title().strip().length() > LOT_TITLE_LENGTH) {
                v.add(Violation.of(
                        "input.lot.title.length",
                        "procurement.input.lot.title.length",
                        String.valueOf(number),
                        String.valueOf(LOT_TITLE_LENGTH)));
            }
            BigDecimal amount = lot.estimatedAmountHt();
            if (tooLarge(amount)) {
                v.add(Violation.of(
                        "input.lot.digits",
                        "procurement.input.lot.digits",
                        String.valueOf(number),
                        String.valueOf(AMOUNT_DIGITS)));
            } else if (amount == null) {
                v.add(Violation.of("input.lot.amount", "procurement.input.lot.amount", String.valueOf(number)));
            } else if (amount.signum() < 0) {
                v.add(Violation.of(
                        "input.lot.negative",
                        "procurement.input.lot.negative",
                        String.valueOf(number),
                        amount.toPlainString()));
            }
        }
    }

    /** More digits before the decimal point than a {@code numeric(14, 2)} amount holds. */
    static boolean tooLarge(@Nullable BigDecimal amount) {
        return amount != null && amount.precision() - amount.scale() > AMOUNT_DIGITS;
    }

    private static void checkProcedure(ProcurementForm f, Map<Long, CollectivityView> territory, List<Violation> v) {
        if (f.procedureKind() == ProcedureKind.PURCHASING_GROUP) {
            if (f.coordinatorId() == null) {
                v.add(Violation.of("input.coordinator", "procurement.input.coordinator"));
            } else if (!territory.containsKey(f.coordinatorId())) {
                v.add(Violation.of(
                        "input.coordinator.unknown",
                        "procurement.input.coordinator.unknown",
                        String.valueOf(f.coordinatorId())));
            } else if (f.memberLines().stream().noneMatch(m -> m.collectivityId() == f.coordinatorId())) {
                v.add(Violation.of(
                        "input.coordinator.notMember",
                        "procurement.input.coordinator.notMember",
                        territory.get(f.coordinatorId()).name()));
            }
        } else if (f.procedureKind() == ProcedureKind.FRAMEWORK_AGREEMENT) {
            BigDecimal maximum = f.maximumAmountHt();
            if (maximum != null && maximum.signum() < 0) {
                v.add(Violation.of(
                        "input.maximum.negative", "procurement.input.maximum.negative", maximum.toPlainString()));
            }
            if (f.durationMonths() == null) {
                v.add(Violation.of("input.duration", "procurement.input.duration"));
            } else if (f.durationMonths() < 0) {
                v.add(Violation.of("input.duration.negative", "procurement.input.duration.negative"));
            }
            if (f.executionMode() == null) {
                v.add(Violation.of("input.execution", "procurement.input.execution"));
            }
        } else if (f.procedureKind() == ProcedureKind.CENTRAL_PURCHASING_BODY
                && (f.centralBody() == null || f.centralBody().isBlank())) {
            v.add(Violation.of("input.centralBody", "procurement.input.centralBody"));
        }
    }

    /** The core's procurement; only for a form that passed {@link #check}. */
    static Procurement toCore(ProcurementForm f, Map<Long, CollectivityView> territory) {
        List<Lot> lots = new ArrayList<>();
        int number = 0;
        for (ProcurementForm.LotLine lot : f.lotLines()) {
            number++;
            lots.add(new Lot(number, String.valueOf(lot.title()), requireAmount(lot.estimatedAmountHt())));
        }
        List<Member> members = f.memberLines().stream()
                .map(m -> new Member(
                        territory.get(m.collectivityId()).code(), m.contractEndsOn(), m.joinedOn(), m.deliberationOn()))
                .toList();
        return new Procurement(
                f.subject() == null ? "" : f.subject(),
                String.valueOf(f.theme()),
                f.kind(),
                lots,
                procedure(f, territory),
                f.awardProcedure(),
                members,
                f.dates());
    }

    private static Procedure procedure(ProcurementForm f, Map<Long, CollectivityView> territory) {
        ProcedureKind kind = f.procedureKind();
        if (kind == ProcedureKind.PURCHASING_GROUP) {
            return new Procedure.PurchasingGroup(
                    territory.get(f.coordinatorId()).code(), f.conventionSignedOn(), f.permanentGroup());
        }
        if (kind == ProcedureKind.FRAMEWORK_AGREEMENT) {
            Integer months = f.durationMonths();
            return new Procedure.FrameworkAgreement(
                    f.multiHolder(),
                    f.maximumAmountHt(),
                    months == null ? 0 : months,
                    java.util.Objects.requireNonNull(f.executionMode()));
        }
        return new Procedure.CentralPurchasingBody(
                String.valueOf(f.centralBody()).strip());
    }

    private static BigDecimal requireAmount(@Nullable BigDecimal amount) {
        return java.util.Objects.requireNonNull(amount, "checked before");
    }
}
