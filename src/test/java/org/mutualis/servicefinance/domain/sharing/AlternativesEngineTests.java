package org.mutualis.servicefinance.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

/**
 * The study's stage-4 question for three communes of Morlaix Communauté (illustrative 2015
 * figures, populations of 2012): a D5211-16 mise à disposition or a subscription, or a share by
 * population or workstations.
 */
class AlternativesEngineTests {

    static final ServiceUnitCost ASSISTANCE = new ServiceUnitCost("assistance", 2015, new BigDecimal("42.9167"));

    /** Invented fees, labelled as such in the demo. */
    static final List<SubscriptionClass> CLASSES = List.of(
            new SubscriptionClass("0-1500", "0 à 1 500 habitants", 0, 1500, new BigDecimal("1200")),
            new SubscriptionClass("1501-5000", "1 501 à 5 000 habitants", 1501, 5000, new BigDecimal("3000")),
            new SubscriptionClass("5001+", "plus de 5 000 habitants", 5001, null, new BigDecimal("15000")));

    static final List<Member> MEMBERS = List.of(
            new Member(MORLAIX, "Morlaix", 16726, 180),
            new Member(CARANTEC, "Carantec", 2818, 35),
            new Member(GARLAN, "Garlan", 843, 8));

    static Reimbursements tickets() {
        return TerritoryReimbursements.of(
                ASSISTANCE,
                List.of(
                        new RecordedUnits(MORLAIX, new BigDecimal("300")),
                        new RecordedUnits(CARANTEC, new BigDecimal("60")),
                        new RecordedUnits(GARLAN, new BigDecimal("12"))));
    }

    @Test
    void eachCommunesCostUnderEachAlternativeAndItsDifferenceFromTheUnits() {
        AlternativesComparison comparison =
                AlternativesEngine.compare(new AlternativesRequest(2015, MEMBERS, List.of(tickets()), null, CLASSES));

        assertThat(comparison.totalCost()).isEqualTo(new BigDecimal("15965.01"));
        assertThat(comparison.members())
                .extracting(MemberAlternatives::collectivityCode)
                .containsExactly(CARANTEC, GARLAN, MORLAIX);
        MemberAlternatives carantec = comparison.members().get(0);
        assertThat(carantec.costs())
                .extracting(AlternativeCost::amount)
                .containsExactly(
                        new BigDecimal("2575.00"),
                        new BigDecimal("3000.00"),
                        new BigDecimal("2206.77"),
                        new BigDecimal("2505.72"));
        assertThat(carantec.costs())
                .extracting(AlternativeCost::differenceFromUnits)
                .containsExactly(
                        new BigDecimal("0.00"),
                        new BigDecimal("425.00"),
                        new BigDecimal("-368.23"),
                        new BigDecimal("-69.28"));
        assertThat(carantec.cost(Alternative.POPULATION).formula().french())
                .isEqualTo("15 965,01 € × 2 818 hab. ÷ 20 387 hab.");
        assertThat(carantec.cost(Alternative.SUBSCRIPTION).formula().french())
                .isEqualTo("Strate « 1 501 à 5 000 habitants » : 3 000,00 €");
        assertThat(comparison.members().get(2).cost(Alternative.UNITS).amount()).isEqualTo(new BigDecimal("12875.01"));
        assertThat(comparison.members().get(2).cost(Alternative.SUBSCRIPTION).differenceFromUnits())
                .isEqualTo(new BigDecimal("2124.99"));
        assertThat(comparison.totals())
                .extracting(AlternativeTotal::total)
                .containsExactly(
                        new BigDecimal("15965.01"),
                        new BigDecimal("19200.00"),
                        new BigDecimal("15965.01"),
                        new BigDecimal("15965.01"));
        assertThat(comparison.notes())
                .extracting(Text::french)
                .first()
                .asString()
                .contains("15 965,01 €");
    }

    @Test
    void aWorkstationCountNotCommunicatedMakesThatAlternativeUnknownNotZero() {
        List<Member> members =
                List.of(new Member(CARANTEC, "Carantec", 2818, 35), new Member(PLOUGONVEN, "Plougonven", 3164, null));

        AlternativesComparison comparison = AlternativesEngine.compare(
                new AlternativesRequest(2015, members, List.of(), new BigDecimal("6000"), CLASSES));

        assertThat(comparison.members()).allSatisfy(m -> {
            assertThat(m.cost(Alternative.WORKSTATIONS).amount()).isNull();
            assertThat(m.cost(Alternative.WORKSTATIONS).differenceFromUnits()).isNull();
            assertThat(m.cost(Alternative.UNITS).amount()).isEqualByComparingTo("0");
        });
        assertThat(comparison
                        .members()
                        .get(1)
                        .cost(Alternative.WORKSTATIONS)
                        .formula()
                        .french())
                .contains("non communiqué (NC)");
        assertThat(comparison.totals().get(Alternative.WORKSTATIONS.ordinal()).total())
                .isNull();
        assertThat(comparison.totals().get(Alternative.POPULATION.ordinal()).total())
                .isEqualTo(new BigDecimal("6000.00"));
        assertThat(comparison.notes())
                .extracting(Text::french)
                .contains(
                        "Répartition selon les postes impossible : nombre de postes non communiqué (NC) pour Plougonven.");
    }

    @Test
    void aShareWhoseKeysAreAllZeroIsUnknownAndSaysWhy() {
        List<Member> members = List.of(new Member(CARANTEC, "Carantec", 2818, 0), new Member(GARLAN, "Garlan", 843, 0));

        AlternativesComparison comparison = AlternativesEngine.compare(
                new AlternativesRequest(2015, members, List.of(), new BigDecimal("1000"), CLASSES));

        assertThat(comparison.members()).allSatisfy(m -> {
            assertThat(m.cost(Alternative.WORKSTATIONS).amount()).isNull();
            assertThat(m.cost(Alternative.WORKSTATIONS).formula().french())
                    .isEqualTo("« Répartition selon les postes de travail » impossible : toutes les clés sont nulles.");
        });
        assertThat(comparison.members().get(0).cost(Alternative.POPULATION).amount())
                .isEqualTo(new BigDecimal("769.74"));
    }

    @Test
    void aCommuneInNoSizeClassOrAReimbursementOfANonMemberIsRefused() {
        List<SubscriptionClass> small = List.of(CLASSES.get(0));
        assertThatThrownBy(() -> AlternativesEngine.compare(
                        new AlternativesRequest(2015, MEMBERS.subList(1, 3), List.of(tickets()), null, small)))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple(
                                                "units", "servicefinance.rules.alternatives.notMember"),
                                        org.assertj.core.groups.Tuple.tuple(
                                                "members[0].population", "servicefinance.rules.alternatives.noClass")));
    }

    @Test
    void everyAlternativeReadsInBothLanguages() {
        for (Alternative alternative : Alternative.values()) {
            for (Text text : List.of(alternative.label(), alternative.method())) {
                assertThat(text.french()).isNotEqualTo(text.code());
                assertThat(org.mutualis.shared.text.BundleTexts.in(java.util.Locale.ENGLISH, text.code()))
                        .isNotEqualTo(text.code())
                        .isNotEqualTo(text.french());
            }
        }
    }
}
