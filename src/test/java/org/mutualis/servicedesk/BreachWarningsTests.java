package org.mutualis.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutualis.MutualisDbTest;
import org.mutualis.StudyCodes;
import org.mutualis.census.AnswerFiles;
import org.mutualis.census.Campaigns;
import org.mutualis.identity.Accounts;
import org.mutualis.identity.Role;
import org.mutualis.identity.TestUsers;
import org.mutualis.procurement.ProcurementFixture;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.mutualis.territory.Territories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Warnings before breach: a ticket opened now is warned about when its clock has consumed the
 * centre's share (75 %) of the target, once; a later warning instant (a new priority) clears the
 * warning sent; a paused or solved ticket is not warned about.
 */
@MutualisDbTest
class BreachWarningsTests {

    @Autowired
    Tickets tickets;

    @Autowired
    BreachWarnings warnings;

    @Autowired
    TicketStore store;

    @Autowired
    Accounts accounts;

    @Autowired
    Territories territories;

    @Autowired
    Campaigns campaigns;

    @Autowired
    AnswerFiles files;

    @Autowired
    JdbcClient jdbc;

    long ticket;

    @BeforeEach
    void data() {
        var t = ProcurementFixture.territory(territories, campaigns, files);
        var admin = TestUsers.create(accounts, Role.ADMIN);
        ticket = tickets.open(
                        new NewTicket(
                                t.id(StudyCodes.BOTSORHEL),
                                null,
                                "Serveur arrêté",
                                "Plus rien",
                                5,
                                4,
                                "Mairie",
                                null,
                                null),
                        java.util.List.of(),
                        admin)
                .id();
    }

    private Instant warnAt() {
        return jdbc.sql("select resolve_warn_at from desk_ticket where id = :id")
                .param("id", ticket)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }

    private boolean warned() {
        return jdbc.sql("select warned_at from desk_ticket where id = :id")
                .param("id", ticket)
                .query(java.sql.Timestamp.class)
                .optional()
                .isPresent();
    }

    @Test
    void aRunningTicketIsWarnedAboutOnceWhenItsShareIsConsumed() {
        Instant warnAt = warnAt();
        assertThat(warnAt).isNotNull();
        // Moved into the past, as if the time had passed.
        store.warnAt(ticket, Instant.now().minus(1, ChronoUnit.MINUTES));
        int first = warnings.send();
        assertThat(first).isPositive();
        assertThat(warned()).isTrue();
        assertThat(store.toWarn(Instant.now(), 1000)).noneMatch(r -> r.id() == ticket);

        // A later warning instant (a new priority, a reopening) clears the warning sent.
        store.warnAt(ticket, Instant.now().plus(2, ChronoUnit.HOURS));
        assertThat(warned()).isFalse();
        assertThat(store.toWarn(Instant.now(), 1000)).noneMatch(r -> r.id() == ticket);
    }

    @Test
    void aPausedTicketIsNotWarnedAbout() {
        store.warnAt(ticket, Instant.now().minus(1, ChronoUnit.MINUTES));
        jdbc.sql("update desk_ticket set sla_paused = true where id = :id")
                .param("id", ticket)
                .update();
        assertThat(store.toWarn(Instant.now(), 1000)).noneMatch(r -> r.id() == ticket);
    }
}
