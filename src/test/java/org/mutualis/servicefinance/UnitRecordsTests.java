package org.mutualis.servicefinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MovableClock;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.AnswerSubmission;
import org.mutualis.census.CampaignSummary;
import org.mutualis.census.Campaigns;
import org.mutualis.census.CensusFixture;
import org.mutualis.census.ResponseView;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.servicedesk.FollowUpForm;
import org.mutualis.servicedesk.NewTicket;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicedesk.TicketView;
import org.mutualis.servicedesk.Tickets;
import org.mutualis.servicedesk.TrainingAttendanceForm;
import org.mutualis.servicedesk.TrainingAttendanceMark;
import org.mutualis.servicedesk.TrainingDaysView;
import org.mutualis.servicedesk.TrainingFixture;
import org.mutualis.servicedesk.TrainingPresence;
import org.mutualis.servicedesk.TrainingRegistrationView;
import org.mutualis.servicedesk.TrainingSessionView;
import org.mutualis.servicedesk.Trainings;
import org.mutualis.servicefinance.domain.sharing.Use;
import org.mutualis.shared.Clocks;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.NotFoundException;
import org.mutualis.shared.error.Problem;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.mutualis.territory.TerritorySummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The units recorded for a collectivité, each from its source line: real tickets and follow-ups
 * opened through the service desk (one unit per ticket of the service's category; the minutes of
 * each ticket's follow-ups in hours), people present at a training session, the workstations of the
 * latest census (a count not communicated stays unknown, never 0), and manual entries (refused
 * without a justification); who reads whose units.
 */
@MutualisDbTest
class UnitRecordsTests {

    static final MovableClock CLOCK = new MovableClock(Instant.parse("2015-01-05T08:00:00Z"), Clocks.ZONE);

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @Autowired
    UnitRecords records;

    @Autowired
    UnitCosts unitCosts;

    @Autowired
    Statements statements;

    @Autowired
    Conventions conventions;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    Tickets tickets;

    @Autowired
    Trainings trainings;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    CurrentUser admin;

    @BeforeEach
    void admin() {
        admin = TestUsers.create(accounts, Role.ADMIN);
    }

    private CatalogueServiceView service(long territoryId, String code) {
        return catalogue.services(territoryId).stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** A convention of 2014–2017 subscribing to these services, 100 units forecast each. */
    private void subscribe(long territoryId, long collectivity, CatalogueServiceView... services) {
        List<SubscriptionLine> lines = java.util.Arrays.stream(services)
                .map(s -> new SubscriptionLine(s.id(), true, new BigDecimal("100")))
                .toList();
        conventions.create(
                territoryId,
                FinanceFixture.withLines(
                        FinanceFixture.convention(collectivity, LocalDate.of(2014, 6, 1), 3, services[0].id(), "1"),
                        lines),
                admin);
    }

    private long category(long centre, String code) {
        return centres.categories(centre).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void ticketsFollowUpsAndTrainingsBecomeUnitsEachWithItsSourceLine() {
        TerritorySummary territory = TrainingFixture.territory(territories);
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        long plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        CatalogueServiceView assistance = service(territory.id(), "assistance");
        CatalogueServiceView support = service(territory.id(), "support-technique");
        CatalogueServiceView training = service(territory.id(), "formation-relais");
        CatalogueServiceView servers = service(territory.id(), "serveurs-bureautiques");
        subscribe(territory.id(), botsorhel, assistance, support, training, servers);
        subscribe(territory.id(), plougonven, assistance);
        long centre = centres.ofTerritory(territory.id()).id();
        long poste = category(centre, "poste");
        long supportCategory = category(centre, "support");
        CurrentUser secretary = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        CurrentUser neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven);

        TicketView printer = open(botsorhel, poste, "L’imprimante ne répond plus", secretary);
        TicketView mail = open(botsorhel, poste, "Messagerie bloquée", secretary);
        TicketView server = open(botsorhel, supportCategory, "Serveur lent", secretary);
        TicketView idle = open(botsorhel, supportCategory, "Question sans intervention", secretary);
        open(plougonven, poste, "Imprimante de Plougonven", neighbour);
        tickets.addFollowUp(server.id(), new FollowUpForm("Diagnostic du disque", true, 45), List.of(), admin);
        tickets.addFollowUp(server.id(), new FollowUpForm("Disque remplacé", false, 30), List.of(), admin);
        tickets.addFollowUp(idle.id(), new FollowUpForm("Répondu par téléphone", false, 0), List.of(), admin);

        LocalDate day = LocalDate.now(CLOCK).plusDays(10);
        TrainingSessionView session =
                TrainingFixture.session(trainings, territory.id(), "Messagerie et agenda", day, 10);
        TrainingRegistrationView anne =
                trainings.register(session.id(), TrainingFixture.person(botsorhel, "Anne"), admin);
        TrainingRegistrationView bernard =
                trainings.register(session.id(), TrainingFixture.person(botsorhel, "Bernard"), admin);
        CLOCK.advance(Duration.ofDays(12));
        trainings.attendance(
                session.id(),
                new TrainingAttendanceForm(List.of(
                        new TrainingAttendanceMark(anne.id(), TrainingPresence.PRESENT),
                        new TrainingAttendanceMark(bernard.id(), TrainingPresence.ABSENT))),
                TrainingFixture.ADMIN);

        UnitRecordsView units = records.of(botsorhel, 2015, admin);

        assertThat(units.lines())
                .filteredOn(l -> l.serviceId() == assistance.id())
                .extracting(l -> l.label().french(), UnitLine::units, UnitLine::ticketId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("demande n° " + printer.id(), BigDecimal.ONE, printer.id()),
                        org.assertj.core.groups.Tuple.tuple("demande n° " + mail.id(), BigDecimal.ONE, mail.id()));
        assertThat(units.lines())
                .filteredOn(l -> l.serviceId() == support.id())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.source()).isEqualTo(UnitSource.TICKET_TIME);
                    assertThat(l.units()).isEqualByComparingTo("1.25");
                    assertThat(l.ticketId()).isEqualTo(server.id());
                    assertThat(l.label().french()).isEqualTo("demande n° " + server.id() + " : 75 minutes");
                });
        TrainingDaysView desk =
                trainings.daysAttended(centre, LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31)).stream()
                        .filter(d -> d.collectivityId() == botsorhel)
                        .findFirst()
                        .orElseThrow();
        assertThat(units.lines())
                .filteredOn(l -> l.serviceId() == training.id())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.sessionId()).isEqualTo(session.id());
                    assertThat(l.units()).isEqualByComparingTo(desk.days());
                    assertThat(l.date()).isEqualTo(day);
                });
        assertThat(units.totals())
                .filteredOn(t -> t.serviceId() == assistance.id())
                .singleElement()
                .satisfies(t -> assertThat(t.total()).isEqualByComparingTo("2"));
        // No census in this territory: the workstations are a gap, not zero.
        assertThat(units.gaps()).extracting(UnitGap::serviceId).containsExactly(servers.id());
        assertThat(units.lines()).noneMatch(l -> l.serviceId() == servers.id());

        List<Use> uses = records.uses(botsorhel, 2015);
        assertThat(uses).hasSize(units.lines().size());
        assertThat(uses)
                .extracting(Use::source)
                .contains("demande n° " + printer.id(), "demande n° " + server.id() + " : 75 minutes");
        assertThat(records.usesOfTerritory(territory.id(), 2015).get(plougonven))
                .singleElement()
                .satisfies(u -> assertThat(u.serviceCode()).isEqualTo("assistance"));
        // Another year: nothing.
        assertThat(records.uses(botsorhel, 2016)).isEmpty();
    }

    @Test
    void theAnnualStatementsPriceEachUseAndAddUpToTheTerritorysUnitsToTheCent() throws Exception {
        TerritorySummary territory = TrainingFixture.territory(territories);
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        long plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        CatalogueServiceView assistance = service(territory.id(), "assistance");
        subscribe(territory.id(), botsorhel, assistance);
        subscribe(territory.id(), plougonven, assistance);
        long poste = category(centres.ofTerritory(territory.id()).id(), "poste");
        CurrentUser secretary = TestUsers.create(accounts, Role.CORRESPONDENT, botsorhel);
        CurrentUser neighbour = TestUsers.create(accounts, Role.CORRESPONDENT, plougonven);
        TicketView printer = open(botsorhel, poste, "L’imprimante ne répond plus", secretary);
        open(botsorhel, poste, "Messagerie bloquée", secretary);
        open(plougonven, poste, "Imprimante de Plougonven", neighbour);

        // Before the unit cost is computed, no statement can be drawn: said, not zero — and said
        // without another collectivité's uses (the engine's refusal would list them all).
        RejectedException refused = (RejectedException) catchThrowable(() -> statements.of(botsorhel, 2015, secretary));
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("servicefinance.statement.noUnitCost");
            assertThat(p.args()).containsExactly(assistance.label(), "2015");
        });

        // 1,000 € of staff over the conventions' 200 forecast tickets: 5 € a ticket.
        unitCosts.create(
                territory.id(),
                new UnitCostForm(
                        assistance.id(),
                        2015,
                        2014,
                        List.of(new ChargeLineForm(
                                org.mutualis.servicefinance.domain.costs.ChargeCategory.STAFF,
                                "6411 Salaires",
                                new BigDecimal("1000"))),
                        List.of(),
                        null),
                admin);

        Statements.Drawn mine = statements.of(botsorhel, 2015, secretary);
        assertThat(mine.statement().total()).isEqualByComparingTo("10.00");
        assertThat(mine.statement().lines()).extracting(l -> l.use().source()).contains("demande n° " + printer.id());
        assertThat(mine.heading().service("assistance")).isEqualTo(assistance.label());
        assertThat(statements.territory(territory.id(), 2015).stream()
                        .map(org.mutualis.servicefinance.domain.sharing.Statement::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("15.00");
        // A neighbour never reads Botsorhel's statement; a commune without any use gets an empty one.
        assertThatThrownBy(() -> statements.of(botsorhel, 2015, neighbour)).isInstanceOf(NotFoundException.class);
        long other = territories.collectivities(territory.id()).stream()
                .filter(c -> c.id() != botsorhel && c.id() != plougonven)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(statements.of(other, 2015, admin).statement().total()).isEqualByComparingTo("0");

        // Its documents read back with the same total.
        byte[] ods = org.mutualis.servicefinance.documents.StatementOds.write(
                mine.statement(), mine.heading(), org.mutualis.servicefinance.documents.StatementWords.french());
        assertThat(ods).isNotEmpty();
        String pdf = new org.apache.pdfbox.text.PDFTextStripper()
                .getText(org.apache.pdfbox.Loader.loadPDF(org.mutualis.servicefinance.documents.StatementPdf.write(
                        mine.statement(),
                        mine.heading(),
                        org.mutualis.servicefinance.documents.StatementWords.french())));
        assertThat(pdf).contains("10,00 €").contains("Botsorhel");
    }

    private TicketView open(long collectivity, long category, String title, CurrentUser by) {
        return tickets.open(
                new NewTicket(collectivity, category, title, "Signalé par la mairie.", 2, 2, null, null, null),
                List.of(),
                by);
    }

    @Test
    void workstationsComeFromTheLatestCensusAndANotCommunicatedCountIsNotZero() {
        var study = CensusFixture.study2012(territories, campaigns, files, false);
        long territoryId = study.territory().id();
        long botsorhel = study.collectivity(StudyCodes.BOTSORHEL).id();
        long plougonven = study.collectivity(StudyCodes.PLOUGONVEN).id();
        CatalogueServiceView servers = service(territoryId, "serveurs-bureautiques");
        subscribe(territoryId, botsorhel, servers);
        subscribe(territoryId, plougonven, servers);
        CampaignSummary campaign = study.campaign();
        ResponseView current = campaigns.response(campaign.id(), botsorhel, CensusFixture.STAFF);
        ResponseView reopened = campaigns.returnForCorrection(
                campaign.id(), botsorhel, current.version(), "Recompter les postes", CensusFixture.STAFF);
        Map<String, String> values = new HashMap<>();
        reopened.answers().forEach((code, value) -> values.put(code, value.display()));
        values.put("desktops_excl_schools", "NC");
        campaigns.submit(
                campaign.id(), botsorhel, new AnswerSubmission(values, null, reopened.version()), CensusFixture.STAFF);

        UnitRecordsView plougonvenUnits = records.recorded(plougonven, 2015);
        assertThat(plougonvenUnits.gaps()).extracting(g -> g.reason().french()).isEmpty();
        assertThat(plougonvenUnits.lines()).singleElement().satisfies(l -> {
            assertThat(l.source()).isEqualTo(UnitSource.CENSUS);
            assertThat(l.units()).isEqualByComparingTo("20");
            assertThat(l.campaignId()).isEqualTo(campaign.id());
            assertThat(l.label().french()).contains("17 postes fixes + 3 portables", "01/03/2012");
        });
        assertThat(plougonvenUnits.gaps()).isEmpty();

        UnitRecordsView botsorhelUnits = records.recorded(botsorhel, 2015);
        assertThat(botsorhelUnits.lines()).isEmpty();
        assertThat(botsorhelUnits.gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.reason().french()).contains("non communiqué", "n’est pas compté comme 0"));
        assertThat(records.usesOfTerritory(territoryId, 2015)).containsOnlyKeys(plougonven);
        // Before the census, there is none to read: Taulé's 2010 convention has no workstations in 2011.
        long taule = study.collectivity(StudyCodes.TAULE).id();
        conventions.create(
                territoryId, FinanceFixture.convention(taule, LocalDate.of(2010, 1, 1), 3, servers.id(), "16"), admin);
        assertThat(records.recorded(taule, 2011).lines()).isEmpty();
        assertThat(records.recorded(taule, 2011).gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.reason().code()).isEqualTo("servicefinance.units.gap.noCensus"));
    }

    @Test
    void aManualEntryNeedsAJustificationAndOnlyItsReadersSeeIt() {
        TerritorySummary territory = TrainingFixture.territory(territories);
        long botsorhel = TrainingFixture.collectivity(territories, territory, StudyCodes.BOTSORHEL);
        long plougonven = TrainingFixture.collectivity(territories, territory, StudyCodes.PLOUGONVEN);
        CatalogueServiceView backup = service(territory.id(), "sauvegarde");

        Throwable refused = catchThrowable(() -> records.addManual(
                botsorhel,
                new ManualUnitForm(backup.id(), LocalDate.of(2015, 6, 30), new BigDecimal("0"), " "),
                admin));
        assertThat(refused).isInstanceOf(RejectedException.class);
        assertThat(((RejectedException) refused).problems())
                .extracting(Problem::field)
                .containsExactlyInAnyOrder("units", "justification");
        assertThat(records.recorded(botsorhel, 2015).lines()).isEmpty();

        UnitLine added = records.addManual(
                botsorhel,
                new ManualUnitForm(
                        backup.id(),
                        LocalDate.of(2015, 6, 30),
                        new BigDecimal("120,5".replace(',', '.')),
                        "Relevé du NAS au 30 juin"),
                admin);
        assertThat(added.source()).isEqualTo(UnitSource.MANUAL);
        assertThat(added.justification()).isEqualTo("Relevé du NAS au 30 juin");
        assertThat(records.of(botsorhel, 2015, TestUsers.correspondentOf(botsorhel))
                        .lines())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.units()).isEqualByComparingTo("120.5");
                    assertThat(l.label().french()).contains("Relevé du NAS au 30 juin");
                });
        assertThat(records.of(botsorhel, 2015, TestUsers.someone(Role.ELECTED)).lines())
                .hasSize(1);

        assertThatThrownBy(() -> records.of(botsorhel, 2015, TestUsers.correspondentOf(plougonven)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> records.of(botsorhel, 2015, TestUsers.someone(Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> records.addManual(
                        botsorhel,
                        new ManualUnitForm(backup.id(), LocalDate.of(2015, 6, 30), BigDecimal.ONE, "x"),
                        TestUsers.correspondentOf(botsorhel)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> records.removeManual(
                        java.util.Objects.requireNonNull(added.manualId()), TestUsers.someone(Role.ANALYST)))
                .isInstanceOf(ForbiddenException.class);

        records.removeManual(java.util.Objects.requireNonNull(added.manualId()), admin);
        assertThat(records.recorded(botsorhel, 2015).lines()).isEmpty();
        assertThatThrownBy(() -> records.removeManual(added.manualId(), admin)).isInstanceOf(NotFoundException.class);
    }
}
