package org.mutualis.servicefinance.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mutualis.servicefinance.RenewalReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the conventions' renewal reminders every six hours, on one instance at a time (ShedLock). */
@Component
class RenewalReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(RenewalReminderSchedule.class);

    private final RenewalReminders reminders;

    RenewalReminderSchedule(RenewalReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(
            fixedDelayString = "${mutualis.servicefinance.reminders.interval:PT6H}",
            initialDelayString = "${mutualis.servicefinance.reminders.initial-delay:PT2M}")
    @SchedulerLock(name = "servicefinance-reminders", lockAtLeastFor = "PT10S", lockAtMostFor = "PT30M")
    public void send() {
        try {
            int reminded = reminders.send();
            if (reminded > 0) {
                log.info("{} conventions reminded for renewal", reminded);
            }
        } catch (RuntimeException e) {
            log.error("Renewal reminders not sent", e);
        }
    }
}
