package org.mutualis.procurement.domain;

import static org.mutualis.procurement.domain.ProcurementText.date;
import static org.mutualis.procurement.domain.ProcurementText.euros;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.mutualis.procurement.domain.Milestones.Step;
import org.mutualis.procurement.domain.Procedure.FrameworkAgreement;
import org.mutualis.procurement.domain.Procedure.PurchasingGroup;

/**
 * The rules of the Code de la commande publique that Mutualis enforces on a group procurement. Every
 * broken rule is reported, in French, so the user fixes them all at once.
 */
public final class ProcurementRules {

    private final Thresholds thresholds;

    public ProcurementRules(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** Which procedure a supplies-and-services amount calls for on {@code date}. */
    public RequiredProcedure requiredProcedure(BigDecimal estimatedAmountHt, LocalDate date) {
        return requiredProcedure(ThresholdKind.SUPPLIES_AND_SERVICES, estimatedAmountHt, date);
    }

    /** Which procedure an amount calls for on {@code date}; fails when no threshold is known for that date. */
    public RequiredProcedure requiredProcedure(ThresholdKind kind, BigDecimal estimatedAmountHt, LocalDate date) {
        Threshold threshold = thresholds
                .applicable(kind, date)
                .orElseThrow(() -> new IllegalStateException("no " + kind + " threshold known on " + date));
        return new RequiredProcedure(
                estimatedAmountHt, date, estimatedAmountHt.compareTo(threshold.amountHt()) >= 0, threshold);
    }

    /**
     * The date a procurement is judged on: its publication (the launch of the consultation), or
     * today while it is not yet dated.
     */
    public static LocalDate referenceDate(Procurement procurement, LocalDate today) {
        LocalDate publication = procurement.milestones().publicationOn();
        return publication != null ? publication : today;
    }

    /** Every violated rule; empty when the procurement is valid. */
    public List<Violation> check(Procurement procurement, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        checkBasics(procurement, violations);
        checkCalendar(procurement.milestones(), violations);
        checkThreshold(procurement, today, violations);
        if (procurement.procedure() instanceof FrameworkAgreement fa) {
            FrameworkAgreementRules.check(fa, procurement.milestones(), violations);
        } else if (procurement.procedure() instanceof PurchasingGroup group) {
            PurchasingGroupRules.check(group, procurement, violations);
        }
        checkContractsEndInTime(procurement, violations);
        return violations;
    }

    /** Throws {@link ProcurementException} with every violation when the procurement is invalid. */
    public void requireValid(Procurement procurement, LocalDate today) {
        List<Violation> violations = check(procurement, today);
        if (!violations.isEmpty()) {
            throw new ProcurementException(violations);
        }
    }

    private static void checkBasics(Procurement procurement, List<Violation> violations) {
        if (procurement.subject().isBlank()) {
            violations.add(Violation.of("subject.missing", "procurement.rule.subject.missing"));
        }
        if (procurement.members().isEmpty()) {
            violations.add(Violation.of("members.missing", "procurement.rule.members.missing"));
        }
        Set<String> seen = new HashSet<>();
        for (Member member : procurement.members()) {
            if (!seen.add(member.code())) {
                violations.add(Violation.of("members.duplicate", "procurement.rule.members.duplicate", member.code()));
            }
        }
        if (procurement.award() == null && !(procurement.procedure() instanceof Procedure.CentralPurchasingBody)) {
            violations.add(Violation.of("award.missing", "procurement.rule.award.missing"));
        }
    }

    private static void checkCalendar(Milestones milestones, List<Violation> violations) {
        List<Step> steps = milestones.knownSteps();
        for (int i = 1; i < steps.size(); i++) {
            Step before = steps.get(i - 1);
            Step after = steps.get(i);
            if (after.date().isBefore(before.date())) {
                violations.add(Violation.of(
                        "calendar.order",
                        "procurement.rule.calendar.order",
                        after.label(),
                        date(after.date()),
                        before.label(),
                        date(before.date())));
            }
        }
        if (milestones.startOn() != null
                && milestones.endOn() != null
                && !milestones.endOn().isAfter(milestones.startOn())) {
            violations.add(Violation.of("calendar.empty", "procurement.rule.calendar.empty"));
        }
    }

    private void checkThreshold(Procurement procurement, LocalDate today, List<Violation> violations) {
        AwardProcedure award = procurement.award();
        if (award == null || procurement.procedure() instanceof Procedure.CentralPurchasingBody) {
            return;
        }
        LocalDate on = referenceDate(procurement, today);
        if (thresholds.applicable(procurement.thresholdKind(), on).isEmpty()) {
            violations.add(Violation.of(
                    "threshold.unknown",
                    "procurement.rule.threshold.unknown",
                    procurement.thresholdKind().word(),
                    date(on)));
            return;
        }
        RequiredProcedure required =
                requiredProcedure(procurement.thresholdKind(), procurement.amountForThresholdHt(), on);
        if (!required.allows(award)) {
            violations.add(Violation.of(
                    "threshold.procedure",
                    "procurement.rule.threshold.procedure",
                    euros(required.amountHt()),
                    euros(required.threshold().amountHt()),
                    date(on),
                    required.threshold().legalSource(),
                    award.word()));
        }
    }

    private static void checkContractsEndInTime(Procurement procurement, List<Violation> violations) {
        LocalDate end = procurement.milestones().endOn();
        if (end == null) {
            return;
        }
        for (Member member : procurement.members()) {
            LocalDate contractEnd = member.contractEndsOn();
            if (contractEnd != null && !contractEnd.isBefore(end)) {
                violations.add(Violation.of(
                        "member.contractOutlasts",
                        "procurement.rule.member.contractOutlasts",
                        member.code(),
                        date(contractEnd),
                        date(end)));
            }
        }
    }
}
