package org.mutualis.servicefinance.domain.costs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.text.BundleTexts;

/** When the unit cost reaches Carantec: before its budget, or the first year within three months of signing. */
class UnitCostCommunicationTests {

    static final LocalDate SIGNED = LocalDate.of(2015, 3, 10);
    static final LocalDate BUDGET_2016 = LocalDate.of(2016, 3, 29);
    static final LocalDate TODAY = LocalDate.of(2016, 6, 1);

    static CommunicationCheck firstYear(LocalDate communicated, LocalDate today) {
        return UnitCostCommunication.check(new CommunicationFacts(communicated, null, SIGNED, true), today);
    }

    static CommunicationCheck later(LocalDate communicated, LocalDate today) {
        return UnitCostCommunication.check(new CommunicationFacts(communicated, BUDGET_2016, SIGNED, false), today);
    }

    @Test
    void theFirstYearItIsDueWithinThreeMonthsOfTheSignatureThatDayIncluded() {
        CommunicationCheck onTime = firstYear(LocalDate.of(2015, 6, 10), TODAY);
        assertThat(onTime.status()).isEqualTo(CommunicationStatus.ON_TIME);
        assertThat(onTime.deadline()).isEqualTo(LocalDate.of(2015, 6, 10));
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.reason().french())
                .isEqualTo(
                        "Communiqué le 10/06/2015, dans les trois mois de la signature de la convention le 10/03/2015"
                                + " (au plus tard le 10/06/2015).");

        CommunicationCheck late = firstYear(LocalDate.of(2015, 6, 11), TODAY);
        assertThat(late.late()).isTrue();
        assertThat(late.reason().french())
                .startsWith("En retard : communiqué le 11/06/2015, plus de trois mois après la signature")
                .contains("dans un délai de trois mois à compter de la signature de la convention");
    }

    @Test
    void laterItIsDueBeforeTheBeneficiarysBudgetIsAdopted() {
        assertThat(later(LocalDate.of(2016, 3, 15), TODAY).status()).isEqualTo(CommunicationStatus.ON_TIME);
        CommunicationCheck sameDay = later(BUDGET_2016, TODAY);
        assertThat(sameDay.late()).isTrue();
        assertThat(sameDay.reason().french())
                .startsWith(
                        "En retard : communiqué le 29/03/2016, pas avant l’adoption du budget du bénéficiaire le 29/03/2016.");
        assertThat(BundleTexts.in(
                        Locale.ENGLISH,
                        sameDay.reason().code(),
                        sameDay.reason().argArray()))
                .startsWith("Late: communicated on 29/03/2016");
        assertThat(later(LocalDate.of(2016, 4, 2), TODAY).late()).isTrue();
    }

    @Test
    void aUnitCostNotYetCommunicatedIsPendingUntilItsDeadlineThenLate() {
        CommunicationCheck pending = UnitCostCommunication.check(
                new CommunicationFacts(null, BUDGET_2016, SIGNED, false), LocalDate.of(2016, 2, 1));
        assertThat(pending.status()).isEqualTo(CommunicationStatus.PENDING);
        assertThat(pending.reason().french())
                .isEqualTo(
                        "Pas encore communiqué ; à communiquer avant l’adoption du budget du bénéficiaire le 29/03/2016.");
        assertThat(UnitCostCommunication.check(new CommunicationFacts(null, BUDGET_2016, SIGNED, false), BUDGET_2016)
                        .late())
                .isTrue();
        assertThat(UnitCostCommunication.check(
                                new CommunicationFacts(null, null, SIGNED, true), LocalDate.of(2015, 6, 10))
                        .status())
                .isEqualTo(CommunicationStatus.PENDING);
        assertThat(UnitCostCommunication.check(
                                new CommunicationFacts(null, null, SIGNED, true), LocalDate.of(2015, 6, 11))
                        .status())
                .isEqualTo(CommunicationStatus.LATE);
    }

    @Test
    void withoutTheBudgetDateTheDeadlineIsUnknownNotMet() {
        CommunicationCheck check = UnitCostCommunication.check(
                new CommunicationFacts(LocalDate.of(2016, 3, 1), null, SIGNED, false), TODAY);
        assertThat(check.status()).isEqualTo(CommunicationStatus.UNKNOWN);
        assertThat(check.deadline()).isNull();
        assertThat(check.late()).isFalse();
        assertThat(check.reason().french()).startsWith("Date d’adoption du budget du bénéficiaire inconnue");
    }

    @Test
    void everyVerdictReadsInFrenchAndEnglish() {
        java.util.List<CommunicationCheck> checks = new java.util.ArrayList<>();
        for (boolean firstYear : new boolean[] {true, false}) {
            for (LocalDate communicated : new LocalDate[] {null, LocalDate.of(2015, 4, 1), LocalDate.of(2016, 5, 1)}) {
                for (LocalDate today : new LocalDate[] {LocalDate.of(2015, 3, 11), TODAY}) {
                    for (LocalDate budget : new LocalDate[] {null, BUDGET_2016}) {
                        checks.add(UnitCostCommunication.check(
                                new CommunicationFacts(communicated, budget, SIGNED, firstYear), today));
                    }
                }
            }
        }
        assertThat(checks).extracting(CommunicationCheck::status).containsOnly(CommunicationStatus.values());
        assertThat(checks.stream().map(c -> c.reason().code()).distinct()).hasSize(9);
        assertThat(checks).allSatisfy(c -> {
            assertThat(c.reason().french()).isNotEqualTo(c.reason().code()).doesNotContain("{");
            assertThat(BundleTexts.in(
                            Locale.ENGLISH, c.reason().code(), c.reason().argArray()))
                    .isNotEqualTo(c.reason().code())
                    .isNotEqualTo(c.reason().french())
                    .doesNotContain("{");
        });
    }
}
