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
            violations.add(new Violation(
                    "group.coordinator.notMember",
                    "Le coordonnateur " + group.coordinatorCode() + " doit être membre du groupement de commandes."));
        }
        LocalDate signed = group.conventionSignedOn();
        LocalDate publication = procurement.milestones().publicationOn();
        if (signed == null && publication != null) {
            violations.add(new Violation(
                    "group.convention.unsigned",
                    "La convention constitutive du groupement doit être signée avant la publication du "
                            + date(publication) + "."));
        } else if (signed != null && publication != null && signed.isAfter(publication)) {
            violations.add(new Violation(
                    "group.convention.late",
                    "La convention constitutive (signée le " + date(signed) + ") doit l'être avant la publication du "
                            + date(publication) + "."));
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
            violations.add(new Violation(
                    "group.deliberation.missing",
                    "La délibération de " + member.code() + " approuvant la convention constitutive manque."));
            return;
        }
        // A permanent groupement takes members after its signature, by adhesion: their vote precedes the adhesion.
        LocalDate joined = member.joinedOn();
        if (group.permanent() && joined != null && joined.isAfter(signed)) {
            if (deliberation.isAfter(joined)) {
                violations.add(new Violation(
                        "group.deliberation.late",
                        "La délibération de " + member.code() + " (" + date(deliberation)
                                + ") est postérieure à son adhésion au groupement (" + date(joined) + ")."));
            }
        } else if (deliberation.isAfter(signed)) {
            violations.add(new Violation(
                    "group.deliberation.late",
                    "La délibération de " + member.code() + " (" + date(deliberation)
                            + ") est postérieure à la signature de la convention constitutive (" + date(signed)
                            + ")."));
        }
    }

    private static void checkJoin(
            PurchasingGroup group, Member member, @Nullable LocalDate publication, List<Violation> violations) {
        LocalDate joined = member.joinedOn();
        if (joined == null || publication == null || !joined.isAfter(publication)) {
            return;
        }
        String next = group.permanent()
                ? " ; le groupement étant permanent, elle pourra rejoindre sa prochaine procédure."
                : ".";
        violations.add(new Violation(
                "group.join.tooLate",
                member.code() + " ne peut pas rejoindre le groupement de commandes le " + date(joined)
                        + " : sa procédure est lancée depuis la publication du " + date(publication) + next));
    }
}
