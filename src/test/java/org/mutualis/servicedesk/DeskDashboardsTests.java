package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.CurrentUser;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.servicedesk.DeskDashboard.PriorityLine;
import org.mutualis.servicedesk.TicketArchive.PastStep;
import org.mutualis.servicedesk.TicketArchive.PastTicket;
import org.mutualis.servicedesk.documents.DashboardOds;
import org.mutualis.servicedesk.domain.Priority;
import org.mutualis.servicedesk.domain.TicketStatus;
import org.mutualis.shared.error.ForbiddenException;
import org.mutualis.shared.error.RejectedException;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The centre's report from tickets written with their own dates: a ticket solved within its
 * target counts on time, one solved after it does not, one waiting is paused and counts in no
 * rate; a rate with nothing to count is null, not 0 %; correspondents get no report; the ODS
 * carries the same sheets.
 */
@MutualisDbTest
class DeskDashboardsTests {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    DeskDashboards dashboards;

    @Autowired
    TicketArchive archive;

    @Autowired
    ServiceCentres centres;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    ProcurementFixture.Loaded t;
    CurrentUser admin;
    long centre;
    long botsorhel;

    @BeforeEach
    void data() {
        t = ProcurementFixture.territory(territories, campaigns, files);
        admin = TestUsers.create(accounts, Role.ADMIN);
        centre = centres.ofTerritory(t.territory().id()).id();
        botsorhel = t.id(StudyCodes.BOTSORHEL);
    }

    private static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2015, month, day, hour, 0).atZone(PARIS).toInstant();
    }

    /** Impact 4 × urgency 4: HIGH, resolved within 2 business days by default. */
    private long ticket(Instant opened, List<PastStep> steps, Integer satisfaction) {
        return archive.record(
                centre,
                new PastTicket(
                        botsorhel,
                        null,
                        "Secrétariat",
                        null,
                        TicketChannel.PHONE,
                        "Imprimante",
                        "En panne",
                        4,
                        4,
                        opened,
                        steps,
                        satisfaction),
                admin);
    }

    private static PastStep status(Instant at, TicketStatus status) {
        return new PastStep(at, null, null, null, false, 0, status);
    }

    @Test
    void onTimeLateAndWaitingTicketsMakeTheComplianceOfTheirPriority() {
        // Tuesday 10 March 2015 09:00: taken at 10:00, solved Wednesday 11:00 — within 2 business days.
        ticket(
                at(3, 10, 9),
                List.of(
                        new PastStep(at(3, 10, 10), null, null, "Diagnostic", false, 45, TicketStatus.IN_PROGRESS),
                        status(at(3, 11, 11), TicketStatus.SOLVED)),
                5);
        // Tuesday 10 March 09:00, solved Friday 13 March 16:00: more than 2 business days, late.
        ticket(
                at(3, 10, 9),
                List.of(status(at(3, 10, 15), TicketStatus.IN_PROGRESS), status(at(3, 13, 16), TicketStatus.SOLVED)),
                2);
        // Waiting for the requester since April: paused, in no rate.
        ticket(
                at(4, 7, 9),
                List.of(
                        status(at(4, 7, 10), TicketStatus.IN_PROGRESS),
                        status(at(4, 7, 11), TicketStatus.WAITING_REQUESTER)),
                null);

        DeskDashboard d = dashboards.of(t.territory().id(), 2015, admin);

        PriorityLine high = d.compliance().stream()
                .filter(p -> p.priority() == Priority.HIGH)
                .findFirst()
                .orElseThrow();
        assertThat(high.solved()).isEqualTo(2);
        assertThat(high.resolveCounted()).isEqualTo(2);
        assertThat(high.resolvedOnTime()).isEqualTo(1);
        assertThat(high.resolveRate()).isEqualByComparingTo("50.0");
        assertThat(d.compliance().stream()
                        .filter(p -> p.priority() == Priority.LOW)
                        .findFirst()
                        .orElseThrow()
                        .resolveRate())
                .isNull();
        assertThat(d.months().get(2).opened()).isEqualTo(2);
        assertThat(d.months().get(3).opened()).isEqualTo(1);
        assertThat(d.satisfaction().answers()).isEqualTo(2);
        assertThat(d.satisfaction().average()).isEqualByComparingTo("3.50");
        assertThat(d.communes()).singleElement().satisfies(c -> {
            assertThat(c.opened()).isEqualTo(3);
            assertThat(c.solved()).isEqualTo(2);
            assertThat(c.hoursSpent()).isEqualByComparingTo(new BigDecimal("0.75"));
        });
        assertThat(d.open()).isNotNull();
        assertThat(d.open().paused()).isEqualTo(1);
    }

    @Test
    void correspondentsGetNoReportAndAnalystsNoOpenTickets() {
        assertThatThrownBy(() -> dashboards.of(null, 2015, TestUsers.correspondentOf(botsorhel)))
                .isInstanceOf(ForbiddenException.class);
        DeskDashboard analyst = dashboards.of(t.territory().id(), 2015, TestUsers.create(accounts, Role.ANALYST));
        assertThat(analyst.open()).isNull();
        assertThat(analyst.compliance())
                .allSatisfy(p -> assertThat(p.resolveRate()).isNull());
    }

    @Test
    void stepsBackInTimeOrImpossibleMovesAreRefused() {
        assertThatThrownBy(() -> ticket(at(3, 10, 9), List.of(status(at(3, 9, 9), TicketStatus.IN_PROGRESS)), null))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> ticket(at(3, 10, 9), List.of(status(at(3, 10, 10), TicketStatus.CLOSED)), null))
                .isInstanceOf(RejectedException.class);
        assertThatThrownBy(() -> archive.record(
                        centre,
                        new PastTicket(
                                botsorhel,
                                null,
                                "x",
                                null,
                                TicketChannel.WEB,
                                "x",
                                "x",
                                3,
                                3,
                                at(3, 10, 9),
                                List.of(),
                                null),
                        TestUsers.create(accounts, Role.TECHNICIAN)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theWorkbookHasTheReportsSheets() throws Exception {
        ticket(at(3, 10, 9), List.of(status(at(3, 10, 10), TicketStatus.SOLVED)), 4);
        byte[] ods = DashboardOds.write(dashboards.of(t.territory().id(), 2015, admin), Map.of("HIGH", "Haute"));
        String content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(content)
                .contains(
                        "table:name=\"Communes\"",
                        "table:name=\"Délais\"",
                        "table:name=\"Mois\"",
                        "table:name=\"Formations\"",
                        "Haute",
                        "Botsorhel");
    }
}
