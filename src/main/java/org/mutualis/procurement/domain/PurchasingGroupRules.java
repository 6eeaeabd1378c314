package org.mutualis.procurement.domain;

import static org.mutualis.procurement.domain.ProcurementText.date;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.procurement.domain.Procedure.PurchasingGroup;

/**
 * Groupement de commandes: the coordinator is a member, each member approves the convention
 * constitutive by deliberation before it is signed, the convention is signed before the launch, and
 * nobody joins a procedure once launched (a permanent groupement takes newcomers for its next one).
 */
final class PurchasingGroupRules {

    private PurchasingGroupRules() {}

    static void check(PurchasingGroup group, Procurement procurement, List<Violation> violations) {
        boolean coordinatorIsMember =
                procurement.members().stream().anyMatch(m -> m.code().equals(group.coordinatorCode()));
        if (!coordinatorIsMember) {
            violations.add(Violation.of(
                    "group.coordinator.notMember", "procurement.group.coordinator.notMember", group.coordinatorCode()));
        }
        LocalDate signed = group.conventionSignedOn();
        LocalDate publication = procurement.milestones().publicationOn();
        if (signed == null && publication != null) {
            violations.add(Violation.of(
                    "group.convention.unsigned", "procurement.group.convention.unsigned", date(publication)));
        } else if (signed != null && publication != null && signed.isAfter(publication)) {
            violations.add(Violation.of(
                    "group.convention.late", "procurement.group.convention.late", date(signed), date(publication)));
        }
        for (Member member : procurement.members()) {
            checkDeliberation(group, member, signed, violations);
            checkJoin(group, member, publication, violations);
        }
    }

    private static void checkDeliberation(
            PurchasingGroup group, Member member, @Nullable LocalDate signed, List<Violation> violations) {
        LocalDate deliberation = member.deliberationOn();
        if (signed == null) {
            return;
        }
        if (deliberation == null) {
            violations.add(Violation.of(
                    "group.deliberation.missing", "procurement.group.deliberation.missing", member.code()));
            return;
        }
        // A permanent groupement takes members after its signature, by adhesion: their vote precedes the adhesion.
        LocalDate joined = member.joinedOn();
        if (group.permanent() && joined != null && joined.isAfter(signed)) {
            if (deliberation.isAfter(joined)) {
                violations.add(Violation.of(
                        "group.deliberation.late",
                        "procurement.group.deliberation.afterJoining",
                        member.code(),
                        date(deliberation),
                        date(joined)));
            }
        } else if (deliberation.isAfter(signed)) {
            violations.add(Violation.of(
                    "group.deliberation.late",
                    "procurement.group.deliberation.afterSigning",
                    member.code(),
                    date(deliberation),
                    date(signed)));
        }
    }

    private static void checkJoin(
            PurchasingGroup group, Member member, @Nullable LocalDate publication, List<Violation> violations) {
        LocalDate joined = member.joinedOn();
        if (joined == null || publication == null || !joined.isAfter(publication)) {
            return;
        }
        violations.add(Violation.of(
                "group.join.tooLate",
                group.permanent() ? "procurement.group.join.tooLate.permanent" : "procurement.group.join.tooLate",
                member.code(),
                date(joined),
                date(publication)));
    }
}
