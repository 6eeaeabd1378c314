package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.servicefinance.documents.AlternativesOds;
import org.mutualis.servicefinance.documents.StatementWords;
import org.mutualis.servicefinance.domain.costs.ChargeCategory;
import org.mutualis.servicefinance.domain.sharing.Alternative;
import org.mutualis.servicefinance.domain.sharing.AlternativeTotal;
import org.mutualis.servicefinance.domain.sharing.AlternativesComparison;
import org.mutualis.servicefinance.domain.sharing.MemberAlternatives;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.error.ConflictException;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.shared.text.Text;
import org.mutualis.spreadsheet.GridLimits;
import org.mutualis.spreadsheet.OdsGridReader;
import org.mutualis.spreadsheet.SheetGrid;
import org.mutualis.territory.CollectivityView;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The ways of financing the service compared for a year, as the steering committee reads them:
 * each collectivité's D5211-16 reimbursements (the statements' own amounts), the flat subscription
 * of its size class, the same total shared by population and by workstations, each with its
 * difference; what is unknown said, never 0; the subscription's size classes checked together;
 * the ODS reading back with the page's totals; who may read and change what.
 */
@MutualisDbTest
class AlternativesTests {

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(Instant.parse("2016-01-15T08:00:00Z"), Clocks.ZONE);
    }

    @Autowired
    Alternatives alternatives;

    @Autowired
    SubscriptionClasses classes;

    @Autowired
    Statements statements;

    @Autowired
    UnitRecords records;

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

    CurrentUser admin;
    TerritorySummary territory;
    long botsorhel;
    long plougonven;
    CatalogueServiceView backup;
    CatalogueServiceView servers;

    @BeforeEach
    void territory() {
        admin = TestUsers.create(accounts, Role.ADMIN);
        territory = TrainingFixture.territory(territories);
        botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        backup = service("sauvegarde");
        servers = service("serveurs-bureautiques");
    }

    private CatalogueServiceView service(String code) {
        return catalogue.services(territory.id()).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A 2014–2017 convention: 100 GB of backup forecast, and this many workstations covered. */
    private void subscribe(long collectivity, int workstations) {
        conventions.create(
                territory.id(),
                FinanceFixture.withLines(
                        FinanceFixture.convention(collectivity, LocalDate.of(2014, 6, 1), 3, backup.id(), "1"),
                        List.of(
                                new SubscriptionLine(backup.id(), true, new BigDecimal("100")),
                                new SubscriptionLine(servers.id(), true, BigDecimal.valueOf(workstations)))),
                admin);
    }

    private void backupUsed(long collectivity, String units) {
        records.addManual(
                collectivity,
                new ManualUnitForm(backup.id(), LocalDate.of(2015, 6, 1), new BigDecimal(units), "Relevé du serveur"),
                admin);
    }

    /** 1,000 € of staff over the conventions' 200 GB forecast: 5 € per GB. */
    private void backupUnitCost() {
        unitCosts.create(
                territory.id(),
                new UnitCostForm(
                        backup.id(),
                        2015,
                        2014,
                        List.of(new ChargeLineForm(ChargeCategory.STAFF, "6411 Salaires", new BigDecimal("1000"))),
                        List.of(),
                        null),
                admin);
    }

    private static SubscriptionClassRow row(String label, int from, Integer to, String fee) {
        return new SubscriptionClassRow(label, from, to, new BigDecimal(fee));
    }

    private static final List<SubscriptionClassRow> THREE = List.of(
            row("Moins de 500 habitants", 0, 499, "400"),
            row("500 à 1 999 habitants", 500, 1999, "900"),
            row("2 000 habitants et plus", 2000, null, "1500"));

    private int population(long collectivity) {
        return territories
                .collectivity(collectivity)
                .map(CollectivityView::population)
                .orElseThrow();
    }

    private static MemberAlternatives member(AlternativesComparison c, String code) {
        return c.members().stream()
                .filter(m -> m.collectivityCode().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static BigDecimal total(AlternativesComparison c, Alternative a) {
        return c.totals().get(a.ordinal()).total();
    }

    @Test
    void theFourAlternativesSideBySideWithEachDifferenceAndTheOdsReadsBackWithTheSameTotals() throws Exception {
        subscribe(botsorhel, 12);
        subscribe(plougonven, 20);
        backupUsed(botsorhel, "150");
        backupUsed(plougonven, "50");

        // No unit cost yet: said, naming the service, not a comparison of zeros.
        AlternativesView blocked = alternatives.compare(territory.id(), 2015, null, false, admin);
        assertThat(blocked.comparison()).isNull();
        assertThat(blocked.blockers())
                .singleElement()
                .satisfies(t -> assertThat(t.code()).isEqualTo("servicefinance.statement.noUnitCost"))
                .satisfies(t -> assertThat(t.french()).contains(backup.label(), "2015"));

        backupUnitCost();
        // No size class yet: the subscription is unknown for everyone, with a notice; the rest is there.
        AlternativesView noClasses = alternatives.compare(territory.id(), 2015, null, false, admin);
        AlternativesComparison c = noClasses.comparison();
        assertThat(c).isNotNull();
        assertThat(noClasses.notices())
                .extracting(Text::code)
                .contains(
                        "servicefinance.alternatives.note.noClasses",
                        "servicefinance.alternatives.note.workstationsForecast");
        assertThat(total(c, Alternative.SUBSCRIPTION)).isNull();
        assertThat(c.members())
                .allSatisfy(m ->
                        assertThat(m.cost(Alternative.SUBSCRIPTION).amount()).isNull());

        classes.save(territory.id(), 2015, new SubscriptionClassesForm(THREE, null), admin);
        AlternativesView view = alternatives.compare(territory.id(), 2015, null, false, admin);
        c = view.comparison();
        assertThat(view.notices()).extracting(Text::code).doesNotContain("servicefinance.alternatives.note.noClasses");
        // The beneficiaries only: the two communes with a convention.
        assertThat(c.members())
                .extracting(MemberAlternatives::collectivityCode)
                .containsExactly(StudyCodes.BOTSORHEL, StudyCodes.PLOUGONVEN);
        MemberAlternatives b = member(c, StudyCodes.BOTSORHEL);
        MemberAlternatives p = member(c, StudyCodes.PLOUGONVEN);
        // Units: 150 GB and 50 GB at 5 € — the statements' own amounts.
        assertThat(b.cost(Alternative.UNITS).amount()).isEqualByComparingTo("750.00");
        assertThat(p.cost(Alternative.UNITS).amount()).isEqualByComparingTo("250.00");
        assertThat(statements.of(botsorhel, 2015, admin).statement().total()).isEqualByComparingTo("750.00");
        // Subscription: Botsorhel (495 inhabitants) under 500, Plougonven (3,164) 2,000 and more.
        assertThat(population(botsorhel)).isEqualTo(495);
        assertThat(b.cost(Alternative.SUBSCRIPTION).amount()).isEqualByComparingTo("400.00");
        assertThat(b.cost(Alternative.SUBSCRIPTION).differenceFromUnits()).isEqualByComparingTo("-350.00");
        assertThat(p.cost(Alternative.SUBSCRIPTION).amount()).isEqualByComparingTo("1500.00");
        assertThat(p.cost(Alternative.SUBSCRIPTION).differenceFromUnits()).isEqualByComparingTo("1250.00");
        assertThat(b.cost(Alternative.SUBSCRIPTION).formula().french()).contains("Moins de 500 habitants");
        // Population: the same 1,000 € shared 495 : 3,164, to the cent.
        int pb = population(botsorhel);
        int pp = population(plougonven);
        BigDecimal byPopulation = new BigDecimal("1000")
                .multiply(BigDecimal.valueOf(pb))
                .divide(BigDecimal.valueOf(pb + pp), 2, java.math.RoundingMode.HALF_UP);
        assertThat(b.cost(Alternative.POPULATION).amount()).isEqualByComparingTo(byPopulation);
        assertThat(total(c, Alternative.POPULATION)).isEqualByComparingTo("1000.00");
        // Workstations: no census in this territory, so the conventions' forecasts (12 and 20), said so.
        assertThat(view.facts(StudyCodes.BOTSORHEL).workstations()).isEqualTo(12);
        assertThat(view.facts(StudyCodes.BOTSORHEL).workstationsSource().french())
                .contains("prévision");
        assertThat(b.cost(Alternative.WORKSTATIONS).amount()).isEqualByComparingTo("375.00");
        assertThat(p.cost(Alternative.WORKSTATIONS).amount()).isEqualByComparingTo("625.00");
        assertThat(p.cost(Alternative.WORKSTATIONS).differenceFromUnits()).isEqualByComparingTo("375.00");
        assertThat(c.totals())
                .extracting(AlternativeTotal::total)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(
                        new BigDecimal("1000"), new BigDecimal("1900"), new BigDecimal("1000"), new BigDecimal("1000"));

        // A given total is shared instead; the units stay what they are.
        AlternativesComparison given = alternatives
                .compare(territory.id(), 2015, new BigDecimal("3200"), false, admin)
                .comparison();
        assertThat(member(given, StudyCodes.PLOUGONVEN)
                        .cost(Alternative.WORKSTATIONS)
                        .amount())
                .isEqualByComparingTo("2000.00");
        assertThat(total(given, Alternative.UNITS)).isEqualByComparingTo("1000.00");
        assertThatThrownBy(() -> alternatives.compare(territory.id(), 2015, new BigDecimal("-1"), false, admin))
                .isInstanceOf(RejectedException.class);

        // The ODS: one row per collectivité and the totals row, as number cells that add up.
        Map<String, SheetGrid> sheets = new LinkedHashMap<>();
        byte[] ods = AlternativesOds.write(view, StatementWords.french());
        for (SheetGrid sheet : OdsGridReader.readAll(new ByteArrayInputStream(ods), GridLimits.defaults())) {
            sheets.put(sheet.name(), sheet);
        }
        assertThat(sheets).containsOnlyKeys("Comparaison", "Calculs", "Méthode");
        SheetGrid sheet = sheets.get("Comparaison");
        SheetGrid.Row totals = sheet.rows().stream()
                .filter(r -> r.cell(0).equals("Total"))
                .findFirst()
                .orElseThrow();
        List<SheetGrid.Row> rows = sheet.rows().stream()
                .filter(r -> r.cell(0).equals(StudyCodes.BOTSORHEL) || r.cell(0).equals(StudyCodes.PLOUGONVEN))
                .toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells().subList(1, 4)).containsExactly("Botsorhel", "495", "12");
        // Columns: amount then difference for each alternative but the units (amount only... and a blank).
        for (int column : new int[] {4, 6, 8, 10}) {
            BigDecimal sum =
                    rows.stream().map(r -> new BigDecimal(r.cell(column))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(totals.cell(column))).isEqualByComparingTo(sum);
        }
        assertThat(new BigDecimal(totals.cell(4))).isEqualByComparingTo("1000");
        assertThat(new BigDecimal(totals.cell(6))).isEqualByComparingTo("1900");
        assertThat(new BigDecimal(totals.cell(7))).isEqualByComparingTo("900");
        assertThat(sheets.get("Méthode").rows())
                .anySatisfy(r -> assertThat(r.cell(0)).startsWith("Répartition selon la population"));
    }

    @Test
    void whatIsUnknownIsSaidNeverZero() {
        subscribe(botsorhel, 12);
        subscribe(plougonven, 20);
        backupUsed(botsorhel, "10");
        backupUnitCost();
        // Classes from 1,000 inhabitants: Botsorhel (495) is in none — its subscription is unknown.
        classes.save(
                territory.id(),
                2015,
                new SubscriptionClassesForm(
                        List.of(row("1 000 à 2 999", 1000, 2999, "900"), row("3 000 et plus", 3000, null, "1500")),
                        null),
                admin);
        AlternativesView view = alternatives.compare(territory.id(), 2015, null, false, admin);
        AlternativesComparison c = view.comparison();
        assertThat(member(c, StudyCodes.BOTSORHEL)
                        .cost(Alternative.SUBSCRIPTION)
                        .amount())
                .isNull();
        assertThat(member(c, StudyCodes.BOTSORHEL)
                        .cost(Alternative.SUBSCRIPTION)
                        .differenceFromUnits())
                .isNull();
        assertThat(member(c, StudyCodes.PLOUGONVEN)
                        .cost(Alternative.SUBSCRIPTION)
                        .amount())
                .isEqualByComparingTo("1500");
        assertThat(total(c, Alternative.SUBSCRIPTION)).isNull();
        assertThat(view.notices()).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo("servicefinance.alternatives.note.outsideClasses");
            assertThat(t.french()).contains("Botsorhel");
        });
        // Plougonven recorded nothing: 0 under the units, a real 0.
        assertThat(member(c, StudyCodes.PLOUGONVEN).cost(Alternative.UNITS).amount())
                .isEqualByComparingTo("0");

        // Every commune on request; those without convention have no workstation count: unknown.
        AlternativesView everyone = alternatives.compare(territory.id(), 2015, null, true, admin);
        assertThat(everyone.comparison().members().size()).isGreaterThan(20);
        assertThat(total(everyone.comparison(), Alternative.WORKSTATIONS)).isNull();
        assertThat(everyone.comparison().notes())
                .extracting(Text::code)
                .contains("servicefinance.rules.alternatives.note.workstationsUnknown");
        assertThat(total(everyone.comparison(), Alternative.POPULATION)).isEqualByComparingTo("50.00");

        // A year without any use: the units are a real 0 and it says so.
        AlternativesView empty = alternatives.compare(territory.id(), 2017, null, false, admin);
        assertThat(empty.blockers()).isEmpty();
        assertThat(empty.notices()).extracting(Text::code).contains("servicefinance.alternatives.note.noUnits");
    }

    @Test
    void theSizeClassesAreCheckedTogetherAndAStaleVersionChangesNothing() {
        RejectedException refused = catchThrowableOfType(
                RejectedException.class,
                () -> classes.save(
                        territory.id(),
                        2015,
                        new SubscriptionClassesForm(
                                Arrays.asList(
                                        row("A", 0, 499, "100"),
                                        row("B", 400, 999, "200"),
                                        row("C", 1200, 4999, "-5"),
                                        row("D", 9000, 5000, "300"),
                                        new SubscriptionClassRow(null, null, null, null),
                                        new SubscriptionClassRow(" ", 10000, null, null)),
                                null),
                        admin));
        assertThat(refused.problems())
                .extracting(Problem::field, Problem::code)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[1].populationFrom", "servicefinance.alternatives.classes.overlap"),
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[2].populationFrom", "servicefinance.alternatives.classes.gap"),
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[2].annualFee", "servicefinance.alternatives.classes.negativeFee"),
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[3].populationTo", "servicefinance.alternatives.classes.reversed"),
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[5].label", "servicefinance.alternatives.classes.required"),
                        org.assertj.core.groups.Tuple.tuple(
                                "rows[5].annualFee", "servicefinance.alternatives.classes.required"));
        assertThat(Text.of(
                                refused.problems().get(0).code(),
                                refused.problems().get(0).args().toArray())
                        .french())
                .isNotBlank();
        assertThat(classes.of(territory.id(), 2015, admin).set()).isFalse();
        assertThatThrownBy(
                        () -> classes.save(territory.id(), 2015, new SubscriptionClassesForm(List.of(), null), admin))
                .isInstanceOf(RejectedException.class);

        SubscriptionClassesView saved =
                classes.save(territory.id(), 2015, new SubscriptionClassesForm(THREE, null), admin);
        assertThat(saved.classes())
                .extracting(c -> c.label())
                .containsExactly("Moins de 500 habitants", "500 à 1 999 habitants", "2 000 habitants et plus");
        assertThat(saved.version()).isZero();
        // Moving the border between two classes: one save.
        List<SubscriptionClassRow> moved = new ArrayList<>(THREE);
        moved.set(0, row("Moins de 1 000 habitants", 0, 999, "400"));
        moved.set(1, row("1 000 à 1 999 habitants", 1000, 1999, "900"));
        SubscriptionClassesView again =
                classes.save(territory.id(), 2015, new SubscriptionClassesForm(moved, 0), admin);
        assertThat(again.version()).isEqualTo(1);
        // Someone saved in between: 409, nothing written.
        assertThatThrownBy(() -> classes.save(territory.id(), 2015, new SubscriptionClassesForm(THREE, 0), admin))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> classes.save(territory.id(), 2015, new SubscriptionClassesForm(THREE, null), admin))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> classes.delete(territory.id(), 2015, 0, admin)).isInstanceOf(ConflictException.class);
        assertThat(classes.of(territory.id(), 2015, admin).classes().get(0).maxPopulation())
                .isEqualTo(999);
        // The next year offers to start from these.
        assertThat(classes.of(territory.id(), 2016, admin).previousYear()).isEqualTo(2015);

        classes.delete(territory.id(), 2015, 1, admin);
        assertThat(classes.of(territory.id(), 2015, admin).set()).isFalse();
        assertThatThrownBy(() -> classes.delete(territory.id(), 2015, 1, admin)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theStaffAndElectedOfficialsReadCorrespondentsAndTechniciansDoNotOnlyTheAdministratorChanges() {
        CurrentUser analyst = TestUsers.create(accounts, Role.ANALYST);
        CurrentUser elected = TestUsers.create(accounts, Role.ELECTED);
        CurrentUser secretary = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        CurrentUser technician = TestUsers.create(accounts, Role.TECHNICIAN);

        assertThat(alternatives
                        .compare(territory.id(), 2015, null, false, analyst)
                        .territoryId())
                .isEqualTo(territory.id());
        assertThat(alternatives
                        .compare(territory.id(), 2015, null, false, elected)
                        .territoryId())
                .isEqualTo(territory.id());
        assertThat(classes.of(territory.id(), 2015, elected).set()).isFalse();
        for (CurrentUser someone : List.of(secretary, technician)) {
            assertThatThrownBy(() -> alternatives.compare(territory.id(), 2015, null, false, someone))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> classes.of(territory.id(), 2015, someone)).isInstanceOf(ForbiddenException.class);
        }
        for (CurrentUser someone : List.of(analyst, elected, secretary, technician)) {
            assertThatThrownBy(
                            () -> classes.save(territory.id(), 2015, new SubscriptionClassesForm(THREE, null), someone))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> classes.delete(territory.id(), 2015, 0, someone))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThat(classes.of(territory.id(), 2015, admin).set()).isFalse();
    }
}
