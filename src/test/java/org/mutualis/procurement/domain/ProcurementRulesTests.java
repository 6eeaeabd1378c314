package org.mutualis.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.procurement.domain.ProcurementFixtures.PLOUGASNOU;
import static org.mutualis.procurement.domain.ProcurementFixtures.TODAY;
import static org.mutualis.procurement.domain.ProcurementFixtures.calendar;
import static org.mutualis.procurement.domain.ProcurementFixtures.group;
import static org.mutualis.procurement.domain.ProcurementFixtures.groupement;
import static org.mutualis.procurement.domain.ProcurementFixtures.members;
import static org.mutualis.procurement.domain.ProcurementFixtures.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule refuses its invalid case with a French message, and all broken rules are reported together. */
class ProcurementRulesTests {

    private final ProcurementRules rules = new ProcurementRules(Thresholds.fromClasspath());

    @Test
    void aValidGroupementPasses() {
        assertThat(rules.check(groupement(), TODAY)).isEmpty();
        assertThatCode(() -> rules.requireValid(groupement(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void anAccordCadreWithoutAMaximumIsRefused() {
        Procurement p = procurement(
                new Procedure.FrameworkAgreement(true, null, 48, ExecutionMode.SUBSEQUENT_CONTRACTS),
                AwardProcedure.CALL_FOR_TENDERS,
                "250000",
                members(),
                calendar());

        assertThat(messages(p))
                .containsExactly(
                        "Un accord-cadre doit fixer un montant maximum (Code de la commande publique) : indiquez-le.");
    }

    @Test
    void anAccordCadreOverFourYearsIsRefused() {
        Procurement p = procurement(
                new Procedure.FrameworkAgreement(false, new BigDecimal("300000"), 60, ExecutionMode.PURCHASE_ORDERS),
                AwardProcedure.CALL_FOR_TENDERS,
                "250000",
                members(),
                calendar());

        assertThat(messages(p))
                .containsExactly("La durée de l'accord-cadre (60 mois) dépasse quatre ans (48 mois), "
                        + "maximum du Code de la commande publique.");
    }

    @Test
    void anAccordCadreExecutedBeyondItsDurationIsRefused() {
        Procurement p = procurement(
                new Procedure.FrameworkAgreement(false, new BigDecimal("300000"), 24, ExecutionMode.PURCHASE_ORDERS),
                AwardProcedure.CALL_FOR_TENDERS,
                "250000",
                members(),
                calendar());

        assertThat(messages(p))
                .containsExactly(
                        "L'exécution prévue du 01/09/2025 au 31/08/2029 dépasse la durée de l'accord-cadre (24 mois).");
    }

    @Test
    void anAccordCadreIsValuedAtItsMaximumAgainstTheThreshold() {
        Procurement p = procurement(
                new Procedure.FrameworkAgreement(
                        true, new BigDecimal("230000"), 48, ExecutionMode.SUBSEQUENT_CONTRACTS),
                AwardProcedure.ADAPTED,
                "150000",
                members(),
                calendar());

        assertThat(rules.check(p, TODAY)).extracting(Violation::rule).containsExactly("threshold.procedure");
    }

    @Test
    void aMapaAtOrAboveTheFormalThresholdIsRefusedWithTheThresholdAndItsSource() {
        Procurement p = procurement(group(), AwardProcedure.ADAPTED, "221000", members(), calendar());

        assertThat(messages(p))
                .containsExactly("Le montant estimé (221 000 € HT) atteint le seuil de procédure "
                        + "formalisée (221 000 € HT au 01/04/2025, source : Code de la commande publique, avis relatif aux "
                        + "seuils de procédure (JORF)) : une procédure adaptée (MAPA) n'est pas permise, il faut une "
                        + "procédure formalisée telle que l'appel d'offres.");
        assertThat(rules.check(procurement(group(), AwardProcedure.ADAPTED, "220999", members(), calendar()), TODAY))
                .isEmpty();
    }

    @Test
    void aMemberCannotJoinAPermanentGroupementWhoseProcedureHasStarted() {
        List<Member> withLateJoiner = new ArrayList<>(members());
        withLateJoiner.add(new Member("29105", null, TODAY, LocalDate.of(2025, 5, 20)));

        assertThat(messages(
                        procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", withLateJoiner, calendar())))
                .containsExactly("29105 ne peut pas rejoindre le groupement de commandes le 01/06/2025 : sa procédure "
                        + "est lancée depuis la publication du 01/04/2025 ; le groupement étant permanent, elle pourra "
                        + "rejoindre sa prochaine procédure.");
    }

    @Test
    void aMemberJoiningAPermanentGroupementBeforeTheLaunchDeliberatesBeforeItsAdhesion() {
        List<Member> withNewcomer = new ArrayList<>(members());
        withNewcomer.add(new Member("29105", null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 10)));
        Procurement valid = procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", withNewcomer, calendar());
        withNewcomer.set(3, new Member("29105", null, LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 20)));
        Procurement late = procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", withNewcomer, calendar());

        assertThat(rules.check(valid, TODAY)).isEmpty();
        assertThat(messages(late))
                .containsExactly("La délibération de 29105 (20/03/2025) est postérieure à son adhésion au groupement "
                        + "(15/03/2025).");
    }

    @Test
    void datesOutOfOrderAreRefusedNamingBothSteps() {
        Milestones swapped = new Milestones(
                LocalDate.of(2025, 1, 15),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 9, 1),
                LocalDate.of(2029, 8, 31));

        assertThat(messages(procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", members(), swapped)))
                .containsExactly("Calendrier dans le désordre : la notification (01/07/2025) ne peut précéder "
                        + "l'attribution (10/07/2025).");
    }

    @Test
    void aDeliberationAfterTheConventionSignatureIsRefused() {
        List<Member> late = List.of(
                new Member(MORLAIX, null, null, LocalDate.of(2025, 2, 10)),
                new Member(PLOUGASNOU, null, null, LocalDate.of(2025, 3, 5)),
                new Member(CARANTEC, null, null, null));

        assertThat(messages(procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", late, calendar())))
                .containsExactly(
                        "La délibération de 29197 (05/03/2025) est postérieure à la signature de la convention "
                                + "constitutive (20/02/2025).",
                        "La délibération de 29023 approuvant la convention constitutive manque.");
    }

    @Test
    void severalViolationsAreReportedTogetherAndTheExceptionCarriesThemAll() {
        Milestones swapped = new Milestones(
                null, null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 3, 1), null, LocalDate.of(2025, 9, 1), null);
        Procedure.PurchasingGroup unsignedElsewhere = new Procedure.PurchasingGroup("29000", null, false);
        List<Member> withLateJoiner = List.of(
                new Member(MORLAIX, null, null, null), new Member(CARANTEC, null, LocalDate.of(2025, 5, 2), null));
        Procurement p = procurement(unsignedElsewhere, AwardProcedure.ADAPTED, "400000", withLateJoiner, swapped);

        assertThat(rules.check(p, TODAY))
                .extracting(Violation::rule)
                .containsExactly(
                        "calendar.order",
                        "threshold.procedure",
                        "group.coordinator.notMember",
                        "group.convention.unsigned",
                        "group.join.tooLate");
        assertThatThrownBy(() -> rules.requireValid(p, TODAY))
                .isInstanceOfSatisfying(
                        ProcurementException.class,
                        e -> assertThat(e.violations()).hasSize(5))
                .hasMessageContaining("Le coordonnateur 29000 doit être membre du groupement de commandes.")
                .hasMessageContaining("29023 ne peut pas rejoindre le groupement de commandes le 02/05/2025 : sa "
                        + "procédure est lancée depuis la publication du 01/04/2025.");
    }

    @Test
    void aCentralPurchasingBodyNeedsNoAwardProcedureNorThreshold() {
        Procurement ugap =
                procurement(new Procedure.CentralPurchasingBody("UGAP"), null, "900000", members(), calendar());

        assertThat(rules.check(ugap, TODAY)).isEmpty();
    }

    @Test
    void aMemberWhoseContractOutlastsTheProcurementIsRefused() {
        List<Member> outlasting = List.of(
                new Member(MORLAIX, null, null, LocalDate.of(2025, 2, 10)),
                new Member(PLOUGASNOU, LocalDate.of(2030, 1, 31), null, LocalDate.of(2025, 2, 12)));

        assertThat(messages(procurement(group(), AwardProcedure.CALL_FOR_TENDERS, "250000", outlasting, calendar())))
                .containsExactly("Le contrat actuel de 29197 se termine le 31/01/2030, après la fin du marché "
                        + "(31/08/2029) : elle ne pourrait pas en bénéficier.");
    }

    private List<String> messages(Procurement procurement) {
        return rules.check(procurement, TODAY).stream()
                .map(v -> v.message().french())
                .toList();
    }
}
