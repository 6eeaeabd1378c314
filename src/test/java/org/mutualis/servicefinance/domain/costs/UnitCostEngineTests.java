package org.mutualis.servicefinance.domain.costs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.BundleTexts;
import org.mutualis.shared.text.Text;

/**
 * Morlaix Communauté's assistance service (illustrative figures): its unit cost for 2015 from the
 * 2014 administrative accounts, updated by the 2015 budget, and what D5211-16 refuses.
 */
class UnitCostEngineTests {

    static final List<ChargeLine> ACCOUNTS_2014 = List.of(
            new ChargeLine(ChargeCategory.STAFF, "6411 Personnel titulaire", new BigDecimal("71000")),
            new ChargeLine(ChargeCategory.STAFF, "6451 Cotisations URSSAF", new BigDecimal("27000")),
            new ChargeLine(ChargeCategory.SUPPLIES, "6068 Autres matières et fournitures", new BigDecimal("4500")),
            new ChargeLine(
                    ChargeCategory.RENEWAL_OF_GOODS, "6811 Dotations aux amortissements", new BigDecimal("12000")),
            new ChargeLine(ChargeCategory.SERVICE_CONTRACTS, "6156 Maintenance", new BigDecimal("8250.00")));

    static UnitCostRequest assistance(
            List<ChargeLine> charges, List<BudgetUpdate> updates, @Nullable BigDecimal forecast) {
        return new UnitCostRequest("assistance", "ticket", 2015, 2014, charges, updates, forecast);
    }

    @Test
    void theUnitCostIsTheRetainedChargesOverTheForecastUnitsToFourDecimals() {
        UnitCost cost = UnitCostEngine.compute(assistance(
                ACCOUNTS_2014,
                List.of(new BudgetUpdate(
                        ChargeCategory.STAFF, new BigDecimal("104000"), "recrutement d’un technicien au 1er mars")),
                new BigDecimal("3000")));

        // 104,000 (budget, replaces 98,000) + 4,500 + 12,000 + 8,250 = 128,750 ÷ 3,000 = 42.91666…
        assertThat(cost.totalCharges()).isEqualByComparingTo("128750");
        assertThat(cost.value()).isEqualTo(new BigDecimal("42.9167"));
        assertThat(cost.exact()).isEqualTo(new BigDecimal("42.916667"));
        assertThat(cost.rate()).isEqualTo(new ServiceUnitCost("assistance", 2015, new BigDecimal("42.9167")));
        assertThat(cost.categories())
                .extracting(CategoryCharge::category)
                .containsExactly(
                        ChargeCategory.STAFF,
                        ChargeCategory.SUPPLIES,
                        ChargeCategory.RENEWAL_OF_GOODS,
                        ChargeCategory.SERVICE_CONTRACTS);
        CategoryCharge staff = cost.categories().get(0);
        assertThat(staff.accounts()).isEqualByComparingTo("98000");
        assertThat(staff.budget()).isEqualByComparingTo("104000");
        assertThat(staff.retained()).isEqualByComparingTo("104000");
        assertThat(staff.lines()).isEqualTo(2);
        assertThat(cost.categories().get(1).budget()).isNull();
        assertThat(cost.formula().french())
                .isEqualTo(
                        "128 750,00 € ÷ 3 000 unités prévues (ticket) = 42,916667 €, arrondi à 4 décimales : 42,9167 € par unité");
        assertThat(cost.notes())
                .extracting(Text::french)
                .anySatisfy(n -> assertThat(n).startsWith("Charges tirées du compte administratif 2014."))
                .anySatisfy(n -> assertThat(n)
                        .contains("98 000,00 €")
                        .contains("104 000,00 €")
                        .contains("recrutement"))
                .anySatisfy(n -> assertThat(n).contains("à l’exclusion de toute autre dépense"));
    }

    @Test
    void anExcludedChargeIsRefusedWithTheArticlesText() {
        List<ChargeLine> charges = new ArrayList<>(ACCOUNTS_2014);
        charges.add(new ChargeLine(
                ChargeCategory.FINANCIAL_CHARGES, "66111 Intérêts des emprunts", new BigDecimal("3200")));

        assertThatThrownBy(() -> UnitCostEngine.compute(assistance(charges, List.of(), new BigDecimal("3000"))))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo(UnitCostEngine.REFUSED);
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("charges[5].category");
                        String french = BundleTexts.french(p.code(), p.args().toArray());
                        assertThat(french)
                                .startsWith(
                                        "« Charges financières (intérêts d’emprunts) » n’entre pas dans le coût unitaire")
                                .contains(
                                        "les charges de personnel, les fournitures, le coût de renouvellement des biens")
                                .contains(
                                        "à l’exclusion de toute autre dépense non strictement liée au fonctionnement du service")
                                .endsWith("(CGCT, art. D5211-16)");
                        assertThat(BundleTexts.in(
                                        Locale.ENGLISH, p.code(), p.args().toArray()))
                                .contains("does not enter the unit cost")
                                .contains("to the exclusion of any other expense");
                    });
                });
    }

    @Test
    void aBudgetUpdateOfAnExcludedCategoryIsRefusedToo() {
        assertThatThrownBy(() -> UnitCostEngine.compute(assistance(
                        ACCOUNTS_2014,
                        List.of(new BudgetUpdate(
                                ChargeCategory.GENERAL_OVERHEADS, new BigDecimal("5000"), "quote-part")),
                        new BigDecimal("3000"))))
                .isInstanceOfSatisfying(
                        RejectedException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::field, Problem::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "updates[0].category", "servicefinance.rules.charge.excluded")));
    }

    @Test
    void noUnitCostWithoutAForecast() {
        for (BigDecimal forecast : new BigDecimal[] {null, BigDecimal.ZERO, new BigDecimal("-5")}) {
            assertThatThrownBy(() -> UnitCostEngine.compute(assistance(ACCOUNTS_2014, List.of(), forecast)))
                    .isInstanceOfSatisfying(RejectedException.class, e -> {
                        assertThat(e.problems()).extracting(Problem::field).containsExactly("forecastUnits");
                        assertThat(BundleTexts.french(
                                        e.problems().get(0).code(),
                                        e.problems().get(0).args().toArray()))
                                .contains("pas de coût unitaire sans prévision")
                                .contains("comprend une prévision d’utilisation");
                    });
        }
    }

    @Test
    void everyProblemIsSaidAtOnce() {
        List<ChargeLine> charges = List.of(
                new ChargeLine(ChargeCategory.SUBSIDIES, "657 Subventions", new BigDecimal("1000")),
                new ChargeLine(ChargeCategory.SUPPLIES, "6068", new BigDecimal("-10")));
        List<BudgetUpdate> updates = List.of(
                new BudgetUpdate(ChargeCategory.STAFF, new BigDecimal("1"), "a"),
                new BudgetUpdate(ChargeCategory.STAFF, new BigDecimal("2"), "b"));
        UnitCostRequest request = new UnitCostRequest("assistance", "ticket", 2015, 2011, charges, updates, null);

        assertThatThrownBy(() -> UnitCostEngine.compute(request)).isInstanceOfSatisfying(RejectedException.class, e -> {
            assertThat(e.problems())
                    .extracting(Problem::field)
                    .containsExactly(
                            "accountsYear",
                            "charges[0].category",
                            "charges[1].amount",
                            "updates[1].category",
                            "forecastUnits");
            assertThat(e.getMessage())
                    .isEqualTo("Le coût unitaire du service « assistance » pour 2015 ne peut pas être calculé.");
        });
    }

    @Test
    void theAccountsAreThoseOfTheYearBeforeOrTheOneBefore() {
        for (int accountsYear : new int[] {2013, 2014}) {
            UnitCost cost = UnitCostEngine.compute(new UnitCostRequest(
                    "assistance", "ticket", 2015, accountsYear, ACCOUNTS_2014, List.of(), new BigDecimal("3000")));
            assertThat(cost.accountsYear()).isEqualTo(accountsYear);
        }
        for (int accountsYear : new int[] {2012, 2015, 2016}) {
            assertThatThrownBy(() -> UnitCostEngine.compute(new UnitCostRequest(
                            "assistance",
                            "ticket",
                            2015,
                            accountsYear,
                            ACCOUNTS_2014,
                            List.of(),
                            new BigDecimal("3000"))))
                    .isInstanceOfSatisfying(
                            RejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::field)
                                    .containsExactly("accountsYear"));
        }
    }

    @Test
    void everyCategoryAndArticleReadsInFrenchAndEnglish() {
        List<Text> texts = new ArrayList<>();
        for (ChargeCategory category : ChargeCategory.values()) {
            texts.add(category.label());
        }
        for (LegalRule rule : LegalRule.values()) {
            texts.add(rule.text());
        }
        assertThat(texts).allSatisfy(text -> {
            assertThat(text.french()).isNotEqualTo(text.code()).isNotBlank();
            assertThat(BundleTexts.in(Locale.ENGLISH, text.code()))
                    .isNotEqualTo(text.code())
                    .isNotEqualTo(text.french());
        });
        assertThat(ChargeCategory.values())
                .filteredOn(ChargeCategory::admitted)
                .containsExactly(
                        ChargeCategory.STAFF,
                        ChargeCategory.SUPPLIES,
                        ChargeCategory.RENEWAL_OF_GOODS,
                        ChargeCategory.SERVICE_CONTRACTS);
    }

    @Test
    void aNegativeUnitCostIsNeverBilled() {
        assertThatThrownBy(() -> new ServiceUnitCost("assistance", 2015, new BigDecimal("-1")))
                .isInstanceOf(RejectedException.class);
        assertThat(new ServiceUnitCost("assistance", 2015, new BigDecimal("42.91666")).value())
                .isEqualTo(new BigDecimal("42.9167"));
    }
}
