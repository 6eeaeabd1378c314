package org.mutualis.servicedesk.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.mutualis.servicedesk.BreachWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the warnings before breach every five minutes, on one instance at a time (ShedLock). */
@Component
class BreachWarningSchedule {

    private static final Logger log = LoggerFactory.getLogger(BreachWarningSchedule.class);

    private final BreachWarnings warnings;

    BreachWarningSchedule(BreachWarnings warnings) {
        this.warnings = warnings;
    }

    @Scheduled(
            fixedDelayString = "${mutualis.servicedesk.warnings.interval:PT5M}",
            initialDelayString = "${mutualis.servicedesk.warnings.initial-delay:PT1M}")
    @SchedulerLock(name = "servicedesk-warnings", lockAtLeastFor = "PT10S", lockAtMostFor = "PT10M")
    public void send() {
        try {
            int warned = warnings.send();
            if (warned > 0) {
                log.info("{} breach warnings sent", warned);
            }
        } catch (RuntimeException e) {
            log.error("Breach warnings not sent", e);
        }
    }
}
