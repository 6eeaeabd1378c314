package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Clock;
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
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The collectivités' conventions: no convention without a forecast (each refusal names its field,
 * nothing is stored), the renewal date and the reminder, overlaps and deliberations, and who sees
 * which convention (a correspondent their own only, as if the others did not exist).
 */
@MutualisDbTest
class ConventionsTests {

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    Clock clock;

    TerritorySummary territory;
    CurrentUser admin;
    long botsorhel;
    long plougonven;
    long backup;
    long support;
    LocalDate today;

    @BeforeEach
    void data() {
        territory = TrainingFixture.territory(territories);
        admin = TestUsers.create(accounts, Role.ADMIN);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        List<CatalogueServiceView> services = catalogue.services(territory.id());
        backup = services.get(0).id();
        support = services.stream()
                .filter(s -> s.label().equals("Support technique"))
                .findFirst()
                .orElseThrow()
                .id();
        today = LocalDate.now(clock);
    }

    private List<Problem> refusal(ConventionForm form) {
        Throwable thrown = catchThrowable(() -> conventions.create(territory.id(), form, admin));
        assertThat(thrown).isInstanceOf(RejectedException.class);
        return ((RejectedException) thrown).problems();
    }

    @Test
    void noConventionWithoutAForecastAndNothingIsStored() {
        ConventionForm base = FinanceFixture.convention(botsorhel, LocalDate.of(2015, 1, 1), 3, backup, "120");

        assertThat(refusal(FinanceFixture.withLines(base, List.of())))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "subscriptions", "servicefinance.convention.forecast.none"));
        assertThat(refusal(FinanceFixture.withLines(base, List.of(new SubscriptionLine(backup, false, null)))))
                .extracting(Problem::field)
                .containsExactly("subscriptions");
        assertThat(refusal(FinanceFixture.withLines(
                        base,
                        List.of(new SubscriptionLine(backup, false, null), new SubscriptionLine(support, true, null)))))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "subscriptions[1].forecastUnits", "servicefinance.convention.forecast.required"));
        assertThat(refusal(FinanceFixture.withLines(
                        base, List.of(new SubscriptionLine(backup, true, new BigDecimal("-3"))))))
                .extracting(Problem::field, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "subscriptions[0].forecastUnits", "servicefinance.convention.forecast.positive"));
        assertThat(refusal(
                        FinanceFixture.withLines(base, List.of(new SubscriptionLine(backup, true, BigDecimal.ZERO)))))
                .extracting(Problem::code)
                .containsExactly("servicefinance.convention.forecast.positive");
        assertThat(conventions.ofTerritory(territory.id())).isEmpty();
    }

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        ConventionForm empty = new ConventionForm(null, null, null, null, null, null, null, null, null, null);

        assertThat(refusal(empty))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "collectivityId", "kind", "signedOn", "durationYears", "costMethod", "subscriptions");
        ConventionForm tooLong = new ConventionForm(
                botsorhel,
                org.mutualis.servicefinance.domain.ConventionKind.SUBSCRIPTION,
                LocalDate.of(2015, 1, 1),
                null,
                null,
                100,
                org.mutualis.servicefinance.domain.CostMethod.FLAT_SUBSCRIPTION,
                List.of(new SubscriptionLine(backup, true, new BigDecimal("12345678901234567890"))),
                null,
                null);
        assertThat(refusal(tooLong))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("durationYears", "subscriptions[0].forecastUnits");
    }

    @Test
    void theRenewalDateIsTheSignaturePlusTheDurationAndItIsListedWithinTheReminderDays() {
        ConventionView soon = conventions.create(
                territory.id(),
                FinanceFixture.convention(botsorhel, today.minusYears(3).plusDays(30), 3, backup, "120.5"),
                admin);
        ConventionView later = conventions.create(
                territory.id(), FinanceFixture.convention(plougonven, today.minusYears(1), 3, backup, "40"), admin);

        assertThat(soon.renewalOn()).isEqualTo(today.plusDays(30));
        assertThat(soon.daysToRenewal()).isEqualTo(30);
        assertThat(soon.dueForRenewal()).isTrue();
        assertThat(soon.subscriptions())
                .extracting(SubscriptionView::forecastUnits)
                .containsExactly(new BigDecimal("120.50"));
        assertThat(later.renewalOn()).isEqualTo(today.plusYears(2));
        assertThat(later.dueForRenewal()).isFalse();
        assertThat(conventions.renewalsDue(territory.id(), admin))
                .extracting(ConventionView::id)
                .containsExactly(soon.id());

        FinanceSettingsView settings = catalogue.settings(territory.id(), admin);
        catalogue.updateSettings(
                territory.id(), new FinanceSettingsForm(null, null, null, 10, (long) settings.version()), admin);
        assertThat(conventions.renewalsDue(territory.id(), admin)).isEmpty();
        assertThat(conventions.inForce(territory.id(), today))
                .extracting(ConventionView::id)
                .containsExactlyInAnyOrder(soon.id(), later.id());
        assertThat(conventions.inForce(territory.id(), today.plusDays(30)))
                .extracting(ConventionView::id)
                .containsExactly(later.id());
    }

    @Test
    void aCorrespondentSeesTheirOwnConventionOnlyAndAnothersIsAsUnknownAsAMissingOne() {
        ConventionView own =
                conventions.create(territory.id(), FinanceFixture.convention(botsorhel, today, 3, backup, "10"), admin);
        ConventionView theirs = conventions.create(
                territory.id(), FinanceFixture.convention(plougonven, today, 3, backup, "20"), admin);
        CurrentUser correspondent = TestUsers.correspondentOf(botsorhel);

        assertThat(conventions.get(own.id(), correspondent).collectivityName()).isEqualTo("Botsorhel");
        assertThatThrownBy(() -> conventions.get(theirs.id(), correspondent))
                .isInstanceOf(NotFoundException.class)
                .hasMessage(catchThrowable(() -> conventions.get(987654321L, correspondent))
                        .getMessage()
                        .replace("987654321", String.valueOf(theirs.id())));
        assertThat(conventions.page(null, "", 1, correspondent).page().items())
                .extracting(ConventionView::id)
                .containsExactly(own.id());
        assertThat(conventions
                        .page(territory.id(), "", 1, TestUsers.someone(Role.ELECTED))
                        .page()
                        .total())
                .isEqualTo(2);
        assertThatThrownBy(() -> conventions.get(own.id(), TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> conventions.delete(own.id(), correspondent)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aSecondConventionOverlappingTheFirstADeliberationAfterTheSignatureOrAnotherTerritorysCollectiviteAreRefused() {
        conventions.create(
                territory.id(), FinanceFixture.convention(botsorhel, LocalDate.of(2015, 1, 1), 3, backup, "10"), admin);

        assertThat(refusal(FinanceFixture.convention(botsorhel, LocalDate.of(2017, 6, 1), 3, backup, "10")))
                .extracting(Problem::code)
                .containsExactly("servicefinance.convention.overlap");
        conventions.create(
                territory.id(), FinanceFixture.convention(botsorhel, LocalDate.of(2018, 1, 1), 3, backup, "10"), admin);

        ConventionForm late = FinanceFixture.convention(plougonven, LocalDate.of(2015, 1, 1), 3, backup, "10");
        ConventionForm afterSigning = new ConventionForm(
                late.collectivityId(),
                late.kind(),
                late.signedOn(),
                late.deliberationRef(),
                LocalDate.of(2015, 2, 1),
                late.durationYears(),
                late.costMethod(),
                late.subscriptions(),
                null,
                null);
        assertThat(refusal(afterSigning)).extracting(Problem::field).containsExactly("deliberationOn");

        TerritorySummary other = TrainingFixture.territory(territories);
        long foreign = TrainingFixture.collectivity(territories, other, StudyCodes.BOTSORHEL);
        assertThat(refusal(FinanceFixture.convention(foreign, LocalDate.of(2015, 1, 1), 3, backup, "10")))
                .extracting(Problem::field)
                .containsExactly("collectivityId");
    }

    @Test
    void aRetiredServiceStaysOnItsConventionsButNoNewOneSubscribesToIt() {
        ConventionView held = conventions.create(
                territory.id(), FinanceFixture.convention(botsorhel, today, 3, support, "35"), admin);
        catalogue.retire(support, admin);

        assertThat(conventions.get(held.id(), admin).subscriptions())
                .extracting(SubscriptionView::retired)
                .containsExactly(true);
        assertThat(refusal(FinanceFixture.convention(plougonven, today, 3, support, "5")))
                .extracting(Problem::code)
                .containsExactly("servicefinance.convention.service.retired");
        // Changing the convention that already holds it keeps it.
        ConventionForm again = FinanceFixture.convention(botsorhel, today, 4, support, "36");
        ConventionView changed = conventions.update(
                held.id(),
                new ConventionForm(
                        again.collectivityId(),
                        again.kind(),
                        again.signedOn(),
                        again.deliberationRef(),
                        again.deliberationOn(),
                        again.durationYears(),
                        again.costMethod(),
                        again.subscriptions(),
                        null,
                        0L),
                admin);
        assertThat(changed.durationYears()).isEqualTo(4);
        assertThat(changed.subscriptions())
                .extracting(SubscriptionView::forecastUnits)
                .containsExactly(new BigDecimal("36.00"));
        assertThatThrownBy(() -> conventions.update(
                        held.id(),
                        new ConventionForm(
                                again.collectivityId(),
                                again.kind(),
                                again.signedOn(),
                                null,
                                null,
                                2,
                                again.costMethod(),
                                again.subscriptions(),
                                null,
                                0L),
                        admin))
                .isInstanceOf(ConflictException.class);
        assertThat(catalogue.find(support).conventions()).isEqualTo(1);
    }
}
