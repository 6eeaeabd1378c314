package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.servicefinance.domain.costs.CommunicationStatus;
import org.mutualis.servicefinance.domain.costs.LegalRule;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The unit costs through the service, as the EPCI's administrator records them: the D5211-16 rules
 * (an excluded expense refused with the article's text and its line named, no unit cost without a
 * forecast, the budget replacing a category), the forecast summed from the conventions in force,
 * the stored figure explained again, who reads what, and the communication flagged when late.
 */
@MutualisDbTest
class UnitCostsTests {

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    TerritorySummary territory;
    CurrentUser admin;
    long botsorhel;
    long plougonven;
    CatalogueServiceView assistance;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        assistance = catalogue.services(territory.id()).stream()
                .filter(s -> s.code().equals("assistance"))
                .findFirst()
                .orElseThrow();
    }

    private ConventionView convention(long collectivity, LocalDate signed, String forecast) {
        return conventions.create(
                territory.id(), FinanceFixture.convention(collectivity, signed, 3, assistance.id(), forecast), admin);
    }

    /** The study's example: staff 98,000 € updated to 104,000 € by the budget, 3,000 tickets forecast. */
    private static UnitCostForm example(long serviceId, List<ChargeLineForm> extra) {
        List<ChargeLineForm> charges = new java.util.ArrayList<>(List.of(
                new ChargeLineForm(ChargeCategory.STAFF, "6411 Personnel titulaire", new BigDecimal("98000")),
                new ChargeLineForm(ChargeCategory.SUPPLIES, "6064 Fournitures", new BigDecimal("4500")),
                new ChargeLineForm(null, " ", null),
                new ChargeLineForm(ChargeCategory.RENEWAL_OF_GOODS, "6811 Dotations", new BigDecimal("12000")),
                new ChargeLineForm(ChargeCategory.SERVICE_CONTRACTS, "6156 Maintenance", new BigDecimal("8250"))));
        charges.addAll(extra);
        return new UnitCostForm(
                serviceId,
                2015,
                2014,
                charges,
                List.of(new BudgetUpdateForm(
                        ChargeCategory.STAFF, new BigDecimal("104000"), "Recrutement d’un technicien au 1er mars")),
                null);
    }

    private List<Problem> refusal(UnitCostForm form) {
        Throwable thrown = catchThrowable(() -> unitCosts.create(territory.id(), form, admin));
        assertThat(thrown).isInstanceOf(RejectedException.class);
        return ((RejectedException) thrown).problems();
    }

    @Test
    void anExcludedExpenseIsRefusedWithTheArticleAndItsLineNamedAndNothingIsStored() {
        convention(botsorhel, LocalDate.of(2014, 1, 1), "1800");
        convention(plougonven, LocalDate.of(2015, 2, 1), "1200");

        List<Problem> problems = refusal(example(
                assistance.id(),
                List.of(new ChargeLineForm(
                        ChargeCategory.FINANCIAL_CHARGES, "66111 Intérêts des emprunts", new BigDecimal("3000")))));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("charges[5].category");
            String message = new Text(p.code(), p.args()).french();
            assertThat(message)
                    .contains("Ligne 6", "66111 Intérêts des emprunts", "Charges financières")
                    .contains(LegalRule.CHARGES.text().french());
        });
        assertThat(unitCosts.list(territory.id(), 2015, admin).lines())
                .allSatisfy(l -> assertThat(l.unitCostId()).isNull());
    }

    @Test
    void noUnitCostWithoutAForecast() {
        List<Problem> problems = refusal(example(assistance.id(), List.of()));

        assertThat(problems).extracting(Problem::field).containsExactly("forecastUnits");
        assertThat(new Text(problems.get(0).code(), problems.get(0).args()).french())
                .contains("pas de coût unitaire sans prévision")
                .contains(LegalRule.FORECAST.text().french());
        // A convention of another year forecasts nothing for 2015.
        convention(botsorhel, LocalDate.of(2019, 1, 1), "1800");
        assertThat(refusal(example(assistance.id(), List.of())))
                .extracting(Problem::field)
                .containsExactly("forecastUnits");
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        convention(botsorhel, LocalDate.of(2014, 1, 1), "100");
        UnitCostForm form = new UnitCostForm(
                assistance.id(),
                2015,
                2010,
                List.of(
                        new ChargeLineForm(ChargeCategory.STAFF, " ", new BigDecimal("10")),
                        new ChargeLineForm(ChargeCategory.SUBSIDIES, "657 Subventions", new BigDecimal("-5"))),
                List.of(new BudgetUpdateForm(ChargeCategory.SUPPLIES, new BigDecimal("10"), null)),
                null);

        assertThat(refusal(form))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "charges[0].account",
                        "updates[0].reason",
                        "accountsYear",
                        "charges[1].category",
                        "charges[1].amount");
    }

    @Test
    void theUnitCostDividesTheRetainedChargesByTheConventionsForecastsAndExplainsItself() {
        ConventionView first = convention(botsorhel, LocalDate.of(2014, 1, 1), "1800");
        convention(plougonven, LocalDate.of(2015, 2, 1), "1200");
        // Signed after 2015: not in force that year, not counted.
        conventions.create(
                territory.id(),
                FinanceFixture.convention(
                        TrainingFixture.collectivity(territories, territory, StudyCodes.TAULE),
                        LocalDate.of(2016, 1, 1),
                        1,
                        assistance.id(),
                        "999"),
                admin);

        UnitCostView cost = unitCosts.create(territory.id(), example(assistance.id(), List.of()), admin);

        assertThat(cost.value()).isEqualByComparingTo("42.9167");
        assertThat(cost.computed().totalCharges()).isEqualByComparingTo("128750");
        assertThat(cost.computed().forecastUnits()).isEqualByComparingTo("3000");
        assertThat(cost.forecastNow().sources())
                .extracting(ForecastSource::collectivityId)
                .containsExactlyInAnyOrder(botsorhel, plougonven);
        assertThat(cost.forecastChanged()).isFalse();
        assertThat(cost.charges()).hasSize(4);
        assertThat(cost.computed().categories())
                .filteredOn(c -> c.category() == ChargeCategory.STAFF)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.accounts()).isEqualByComparingTo("98000");
                    assertThat(c.retained()).isEqualByComparingTo("104000");
                });
        assertThat(cost.computed().formula().french()).contains("42,9167");
        assertThat(unitCosts.rates(territory.id(), 2015))
                .containsExactly(new ServiceUnitCost("assistance", 2015, new BigDecimal("42.9167")));

        // Read back, it is the same figure; a forecast changed since is said, not silently used.
        conventions.update(
                first.id(),
                FinanceFixture.withLines(
                        new ConventionForm(
                                first.collectivityId(),
                                first.kind(),
                                first.signedOn(),
                                first.deliberationRef(),
                                first.deliberationOn(),
                                first.durationYears(),
                                first.costMethod(),
                                null,
                                first.note(),
                                (long) first.version()),
                        List.of(new SubscriptionLine(assistance.id(), true, new BigDecimal("2000")))),
                admin);
        UnitCostView again = unitCosts.get(cost.id(), admin);
        assertThat(again.value()).isEqualByComparingTo("42.9167");
        assertThat(again.forecastChanged()).isTrue();
        assertThat(again.forecastNow().total()).isEqualByComparingTo("3200");

        UnitCostForm again2015 = example(assistance.id(), List.of());
        UnitCostView updated = unitCosts.update(
                cost.id(),
                new UnitCostForm(null, null, again2015.accountsYear(), again2015.charges(), again2015.updates(), (long)
                        again.version()),
                admin);
        assertThat(updated.value()).isEqualByComparingTo("40.2344");
        assertThatThrownBy(() -> unitCosts.update(cost.id(), example(assistance.id(), List.of()), admin))
                .isInstanceOf(RejectedException.class);
        UnitCostForm stale = new UnitCostForm(
                null, null, 2014, example(assistance.id(), List.of()).charges(), List.of(), 0L);
        assertThatThrownBy(() -> unitCosts.update(cost.id(), stale, admin)).isInstanceOf(ConflictException.class);
        assertThat(refusal(example(assistance.id(), List.of())))
                .extracting(Problem::field)
                .containsExactly("year");
    }

    @Test
    void unitCostsArePublicToTheMembersButTheOthersConventionsAreNot() {
        convention(botsorhel, LocalDate.of(2014, 1, 1), "1800");
        convention(plougonven, LocalDate.of(2015, 2, 1), "1200");
        UnitCostView cost = unitCosts.create(territory.id(), example(assistance.id(), List.of()), admin);
        CurrentUser correspondent = TestUsers.correspondentOf(botsorhel);

        UnitCostView seen = unitCosts.get(cost.id(), correspondent);
        assertThat(seen.value()).isEqualByComparingTo("42.9167");
        assertThat(seen.forecastNow().total()).isEqualByComparingTo("3000");
        assertThat(seen.forecastNow().sources())
                .extracting(ForecastSource::collectivityId)
                .containsExactly(botsorhel);
        assertThat(unitCosts.list(null, 2015, correspondent).territoryId()).isEqualTo(territory.id());

        CurrentUser technician = TestUsers.someone(Role.TECHNICIAN);
        assertThatThrownBy(() -> unitCosts.get(cost.id(), technician)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> unitCosts.create(territory.id(), example(assistance.id(), List.of()), correspondent))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> unitCosts.get(987_654_321L, admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLateCommunicationIsFlagged() {
        ConventionView botsorhelConvention = convention(botsorhel, LocalDate.of(2014, 1, 1), "1800");
        ConventionView plougonvenConvention = convention(plougonven, LocalDate.of(2015, 1, 10), "1200");

        // Told on the day of the budget's adoption: late (strictly before, says the article).
        CommunicationView late = unitCosts.recordCommunication(
                botsorhelConvention.id(),
                2015,
                new CommunicationForm(LocalDate.of(2015, 3, 31), LocalDate.of(2015, 3, 31), null),
                admin);
        assertThat(late.late()).isTrue();
        assertThat(late.firstYear()).isFalse();
        assertThat(late.check().reason().french()).contains("31/03/2015");
        // The year of signature: within three months of it (by 10/04/2015).
        CommunicationView onTime = unitCosts.recordCommunication(
                plougonvenConvention.id(), 2015, new CommunicationForm(LocalDate.of(2015, 4, 10), null, null), admin);
        assertThat(onTime.check().status()).isEqualTo(CommunicationStatus.ON_TIME);
        assertThat(onTime.firstYear()).isTrue();

        CommunicationList list = unitCosts.communications(territory.id(), 2015, admin);
        assertThat(list.late()).isEqualTo(1);
        assertThat(list.conventions())
                .extracting(CommunicationView::collectivityId, CommunicationView::late)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(botsorhel, true),
                        org.assertj.core.groups.Tuple.tuple(plougonven, false));
        // Nothing recorded for 2016 and Botsorhel's budget unknown: unknown, never assumed on time.
        assertThat(unitCosts
                        .communication(botsorhelConvention.id(), 2016, admin)
                        .check()
                        .status())
                .isEqualTo(CommunicationStatus.UNKNOWN);

        // A correction with the version read; a second first recording is a conflict.
        CommunicationView corrected = unitCosts.recordCommunication(
                botsorhelConvention.id(),
                2015,
                new CommunicationForm(LocalDate.of(2015, 3, 2), LocalDate.of(2015, 3, 31), (long) late.version()),
                admin);
        assertThat(corrected.late()).isFalse();
        assertThatThrownBy(() -> unitCosts.recordCommunication(
                        botsorhelConvention.id(), 2015, new CommunicationForm(null, null, null), admin))
                .isInstanceOf(ConflictException.class);

        CurrentUser correspondent = TestUsers.correspondentOf(plougonven);
        assertThat(unitCosts.communications(territory.id(), 2015, correspondent).conventions())
                .extracting(CommunicationView::collectivityId)
                .containsExactly(plougonven);
        assertThatThrownBy(() -> unitCosts.communication(botsorhelConvention.id(), 2015, correspondent))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> unitCosts.recordCommunication(
                        plougonvenConvention.id(), 2015, new CommunicationForm(null, null, 0L), correspondent))
                .isInstanceOf(ForbiddenException.class);
    }
}
