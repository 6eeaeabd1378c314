package org.mutualis.servicedesk.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mutualis.shared.error.MutualisException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the centre's mailbox every {@code mutualis.servicedesk.mail.poll-interval} (one minute by
 * default), on one instance at a time (ShedLock), when {@code mutualis.servicedesk.mail.enabled}.
 * A mailbox that cannot be reached is logged and tried again next time.
 */
@Component
@ConditionalOnProperty(name = "mutualis.servicedesk.mail.enabled", havingValue = "true")
class MailboxSchedule {

    private static final Logger log = LoggerFactory.getLogger(MailboxSchedule.class);

    private final MailboxReader reader;

    MailboxSchedule(MailboxReader reader) {
        this.reader = reader;
    }

    @Scheduled(
            fixedDelayString = "${mutualis.servicedesk.mail.poll-interval:PT1M}",
            initialDelayString = "${mutualis.servicedesk.mail.initial-delay:PT30S}")
    @SchedulerLock(name = "servicedesk-mailbox", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
    public void poll() {
        try {
            reader.poll();
        } catch (MutualisException e) {
            log.warn("Service desk mailbox not read: {}", e.getMessage());
        } catch (RuntimeException e) {
            // The database went away mid-poll: the messages not yet flagged are read next time.
            log.error("Service desk mailbox poll stopped", e);
        }
    }
}
