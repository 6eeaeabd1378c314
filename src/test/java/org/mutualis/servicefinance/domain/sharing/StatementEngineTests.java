package org.mutualis.servicefinance.domain.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutualis.StudyCodes.CARANTEC;
import static org.mutualis.StudyCodes.GARLAN;
import static org.mutualis.StudyCodes.MORLAIX;
import static org.mutualis.StudyCodes.PLOUGONVEN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutualis.servicefinance.domain.costs.ServiceUnitCost;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;

/** Morlaix Communauté's illustrative 2015: the assistance desk's tickets and the relay users' training days. */
class StatementEngineTests {

    static final ServiceUnitCost ASSISTANCE = new ServiceUnitCost("assistance", 2015, new BigDecimal("42.9167"));
    static final ServiceUnitCost TRAINING = new ServiceUnitCost("formation", 2015, new BigDecimal("180.5"));
    static final List<ServiceUnitCost> RATES = List.of(ASSISTANCE, TRAINING);

    static Use ticket(int month, int day, int number) {
        return new Use(LocalDate.of(2015, month, day), "assistance", "ticket n° " + number, BigDecimal.ONE);
    }

    static StatementRequest carantec(List<Use> uses) {
        return new StatementRequest(CARANTEC, "Carantec", StatementPeriod.year(2015), uses);
    }

    @Test
    void eachUseIsItsUnitsTimesTheUnitCostAndTheLinesSumToTheServicesTotal() {
        Statement statement = StatementEngine.statement(
                carantec(List.of(
                        ticket(3, 2, 123),
                        new Use(LocalDate.of(2015, 5, 12), "formation", "session de formation 4", new BigDecimal("2")),
                        ticket(1, 15, 57),
                        ticket(11, 30, 412))),
                RATES);

        assertThat(statement.lines())
                .extracting(l -> l.use().source())
                .containsExactly("ticket n° 57", "ticket n° 123", "ticket n° 412", "session de formation 4");
        // 3 tickets × 42.9167 = 128.7501 → 128.75; each line is 42.9167 rounded down (Σ 128.73)
        // or up: the two cents left go to equal remainders, so to the earliest lines.
        assertThat(statement.lines())
                .extracting(StatementLine::amount)
                .containsExactly(
                        new BigDecimal("42.92"),
                        new BigDecimal("42.92"),
                        new BigDecimal("42.91"),
                        new BigDecimal("361.00"));
        assertThat(statement.services())
                .extracting(ServiceTotal::serviceCode, ServiceTotal::units, ServiceTotal::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "assistance", new BigDecimal("3"), new BigDecimal("128.75")),
                        org.assertj.core.groups.Tuple.tuple(
                                "formation", new BigDecimal("2"), new BigDecimal("361.00")));
        assertThat(statement.total()).isEqualTo(new BigDecimal("489.75"));
        assertThat(statement.services().get(0).formula().french())
                .isEqualTo("3 unité(s) × 42,9167 € = 128,7501 €, arrondi au centime : 128,75 €");
        assertThat(statement.notes())
                .extracting(Text::french)
                .first()
                .asString()
                .contains(
                        "état annuel indiquant la liste des recours au service, convertis en unités de fonctionnement");
    }

    @Test
    void aUseOutsideThePeriodIsLeftOffWithItsReason() {
        Use december2014 = new Use(LocalDate.of(2014, 12, 31), "assistance", "ticket n° 9", BigDecimal.ONE);
        Statement statement = StatementEngine.statement(carantec(List.of(december2014, ticket(1, 1, 10))), RATES);

        assertThat(statement.lines()).extracting(l -> l.use().source()).containsExactly("ticket n° 10");
        assertThat(statement.excluded()).singleElement().satisfies(e -> {
            assertThat(e.use()).isEqualTo(december2014);
            assertThat(e.reason().french())
                    .isEqualTo(
                            "Recours du 31/12/2014 hors de la période du 01/01/2015 au 31/12/2015 : il relève d’un autre état.");
        });
    }

    @Test
    void aPeriodOverAYearIsRefusedAndAYearIsAccepted() {
        StatementRequest thirteenMonths = new StatementRequest(
                CARANTEC,
                "Carantec",
                new StatementPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)),
                List.of());
        assertThatThrownBy(() -> StatementEngine.statement(thirteenMonths, RATES))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::field).containsExactly("period.end");
                    assertThat(e.problems().get(0).args().get(0)).isEqualTo("01/01/2015");
                    assertThat(org.mutualis.shared.text.BundleTexts.french(
                                    e.problems().get(0).code(),
                                    e.problems().get(0).args().toArray()))
                            .startsWith("La période du 01/01/2015 au 01/01/2016 dépasse un an.")
                            .contains("ne peut être supérieure à un an");
                });
        StatementRequest julyToJune = new StatementRequest(
                CARANTEC,
                "Carantec",
                new StatementPeriod(LocalDate.of(2015, 7, 1), LocalDate.of(2016, 6, 30)),
                List.of());
        assertThat(StatementEngine.statement(julyToJune, RATES).total()).isEqualByComparingTo("0");
    }

    @Test
    void aUseWithoutUnitCostOrWithoutUnitsIsRefusedEveryOneAtOnce() {
        List<Use> uses = List.of(
                new Use(LocalDate.of(2015, 2, 1), "sauvegarde", "saisie manuelle : 40 Go", new BigDecimal("40")),
                new Use(LocalDate.of(2015, 2, 2), "assistance", "ticket n° 3", BigDecimal.ZERO));
        assertThatThrownBy(() -> StatementEngine.statement(carantec(uses), RATES))
                .isInstanceOfSatisfying(RejectedException.class, e -> {
                    assertThat(e.problems())
                            .extracting(Problem::field, Problem::code)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(
                                            "uses[0].serviceCode", "servicefinance.rules.use.noUnitCost"),
                                    org.assertj.core.groups.Tuple.tuple(
                                            "uses[1].units", "servicefinance.rules.use.units"));
                    assertThat(e.getMessage()).isEqualTo("L’état annuel Carantec ne peut pas être établi.");
                });
    }

    @Test
    void theTerritorysStatementsAddUpToTheUnitCostTimesEveryUnitToTheCent() {
        // 1 + 1 + 1 + 2 tickets: 5 × 42.9167 = 214.5835 → 214.58; on their own, each statement
        // would round 42.9167 to 42.92 and the four would bill 214.60.
        List<StatementRequest> requests = List.of(
                new StatementRequest(
                        MORLAIX, "Morlaix", StatementPeriod.year(2015), List.of(ticket(2, 1, 1), ticket(2, 2, 2))),
                new StatementRequest(CARANTEC, "Carantec", StatementPeriod.year(2015), List.of(ticket(3, 1, 3))),
                new StatementRequest(GARLAN, "Garlan", StatementPeriod.year(2015), List.of(ticket(4, 1, 4))),
                new StatementRequest(PLOUGONVEN, "Plougonven", StatementPeriod.year(2015), List.of(ticket(5, 1, 5))));

        List<Statement> statements = StatementEngine.territory(requests, RATES);

        assertThat(statements)
                .extracting(Statement::collectivityCode)
                .containsExactly(MORLAIX, CARANTEC, GARLAN, PLOUGONVEN);
        assertThat(statements.stream().map(Statement::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("214.58"));
        // exact 42.9167 each (85.8334 for Morlaix): Σ floors 42.91×3 + 85.83 = 214.56, two cents
        // left: to the largest fractions lost, .67 ×3 and .34 — equal .67s, the smallest codes first
        assertThat(statements)
                .extracting(Statement::total)
                .containsExactly(
                        new BigDecimal("85.83"),
                        new BigDecimal("42.92"),
                        new BigDecimal("42.92"),
                        new BigDecimal("42.91"));
        assertThat(statements.get(0).lines().stream()
                        .map(StatementLine::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("85.83"));
        assertThat(statements.get(1).services().get(0).formula().french())
                .isEqualTo(
                        "1 unité(s) × 42,9167 € = 42,9167 € ; part de la collectivité dans le total du territoire arrondi au centime : 42,92 €");
    }
}
