package org.mutualis.servicedesk;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.mutualis.census.Mails;
import org.mutualis.servicedesk.persistence.TicketStore;
import org.mutualis.servicedesk.persistence.TicketStore.WarningRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns by e-mail before a breach: once a running resolution clock has consumed the centre's
 * warning share of its target (75 % by default), its assignee is written to (when their account
 * name is an address), else the centre's mailbox; each ticket once, again only if a new priority
 * or a reopening moves its warning later. The queue shows the same tickets first (by due date).
 */
@Service
public class BreachWarnings {

    private static final Logger log = LoggerFactory.getLogger(BreachWarnings.class);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final TicketStore store;
    private final Mails mails;
    private final Clock clock;

    BreachWarnings(TicketStore store, Mails mails, Clock clock) {
        this.store = store;
        this.mails = mails;
        this.clock = clock;
    }

    /** @return how many tickets were warned about (marked, whether a mail could go or not) */
    @Transactional
    public int send() {
        Instant now = clock.instant();
        int warned = 0;
        for (WarningRow row : store.toWarn(now, 200)) {
            String to = row.assigneeUsername() != null && row.assigneeUsername().contains("@")
                    ? row.assigneeUsername()
                    : row.mailbox();
            if (to != null) {
                mails.send(
                        to,
                        "[#" + row.id() + "] Bientôt en retard : " + row.title(),
                        "La demande " + row.id() + " de " + row.collectivityName() + " (« " + row.title()
                                + " ») arrive à échéance"
                                + (row.resolveDue() == null
                                        ? ""
                                        : " le " + WHEN.format(row.resolveDue().toInstant()))
                                + ".\n\nElle est en tête de la file des demandes du centre de services.");
            } else {
                log.info("Ticket {} is close to its due date; nobody to warn by e-mail", row.id());
            }
            store.warned(row.id(), now);
            warned++;
        }
        return warned;
    }
}
