package org.mutualis.servicefinance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mutualis.census.MailNotSentException;
import org.mutualis.census.Mails;
import org.mutualis.servicedesk.ServiceCentres;
import org.mutualis.servicefinance.domain.ConventionTerm;
import org.mutualis.servicefinance.persistence.ConventionStore;
import org.mutualis.servicefinance.persistence.ConventionStore.ConventionRow;
import org.mutualis.servicefinance.persistence.ConventionStore.ReminderRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the EPCI by e-mail of the conventions to renew: once a convention's renewal date falls
 * within its territory's reminder days, one message to the service centre's address (its
 * « adresse des demandes ») lists it, once per renewal date. Without an address nothing is sent
 * (the territory's page lists the same conventions); when the mail server fails, the convention is
 * reminded at the next run.
 */
@Service
public class RenewalReminders {

    private static final Logger log = LoggerFactory.getLogger(RenewalReminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ConventionStore store;
    private final ServiceCentres centres;
    private final Mails mails;
    private final Clock clock;

    RenewalReminders(ConventionStore store, ServiceCentres centres, Mails mails, Clock clock) {
        this.store = store;
        this.centres = centres;
        this.mails = mails;
        this.clock = clock;
    }

    /** @return how many conventions were reminded (a message sent that named them) */
    @Transactional
    public int send() {
        LocalDate today = LocalDate.now(clock);
        int reminded = 0;
        for (ReminderRow territory : store.reminders()) {
            List<ConventionRow> due = store.ofTerritory(territory.territoryId()).stream()
                    .filter(c -> {
                        ConventionTerm term = new ConventionTerm(c.signedOn(), c.durationYears());
                        return term.dueWithin(today, territory.reminderDays())
                                && !term.renewalOn().equals(c.remindedFor());
                    })
                    .toList();
            if (due.isEmpty()) {
                continue;
            }
            @Nullable String to = centres.ofTerritory(territory.territoryId()).mailbox();
            if (to == null) {
                log.info(
                        "{} conventions of territory {} to renew; the service centre has no address to remind",
                        due.size(),
                        territory.territoryId());
                continue;
            }
            StringBuilder body = new StringBuilder("Conventions avec le centre de services à renouveler dans les ")
                    .append(territory.reminderDays())
                    .append(" jours :\n\n");
            for (ConventionRow c : due) {
                LocalDate renewal = new ConventionTerm(c.signedOn(), c.durationYears()).renewalOn();
                body.append("- ")
                        .append(c.collectivityName())
                        .append(" : convention signée le ")
                        .append(DAY.format(c.signedOn()))
                        .append(", à renouveler le ")
                        .append(DAY.format(renewal))
                        .append('\n');
            }
            body.append("\nLa liste est aussi sur la page « Forme du service et renouvellements » de Mutualis.");
            try {
                mails.send(to, "Conventions à renouveler (" + due.size() + ")", body.toString());
            } catch (MailNotSentException e) {
                log.warn("Renewal reminder of territory {} not sent: {}", territory.territoryId(), e.getMessage());
                continue;
            }
            for (ConventionRow c : due) {
                store.reminded(c.id(), new ConventionTerm(c.signedOn(), c.durationYears()).renewalOn());
                reminded++;
            }
        }
        return reminded;
    }
}
